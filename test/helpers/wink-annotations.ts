import type winkNLP from 'wink-nlp';
import { corpusStatements, crowdstrikeExamples } from './corpus.js';

type Nlp = ReturnType<typeof winkNLP>;

/** Every annotation the checks read from a wink reading: token values, tags, lemmas, negation flags, sentences. */
export function winkAnnotations(nlp: Nlp, text: string) {
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  return {
    values: tokens.out(),
    pos: tokens.out(its.pos),
    lemmas: tokens.out(its.lemma as typeof its.pos),
    negations: tokens.out(its.negationFlag as unknown as typeof its.pos),
    sentences: doc.sentences().out(its.span),
  };
}

/** The bundled English statements: the corpus and the CrowdStrike examples. */
export function englishStatements() {
  return [...corpusStatements(), ...crowdstrikeExamples()].filter((s) => s.lang === 'en');
}

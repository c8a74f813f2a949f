import winkNLP, { type ItemSentence, type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc, Pos, Sentence, Token } from './doc.js';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/** wink loads its model once per process; the first read pays for it. */
function reader(): Nlp {
  nlp ??= winkNLP(model);
  return nlp;
}

const APOSTROPHES = /[\u2018\u2019\u02bc]/g;

/** wink keeps "I'm" as one PROPN token; checks need the pronoun and the verb apart. */
const FUSED_CONTRACTIONS: Record<string, [string, string]> = {
  "i'm": ['i', 'be'],
};

/**
 * Reads an English statement into a doc, in one wink-nlp pass.
 * Offsets come from the token values and their preceding spaces, checked against the
 * input so that a character wink drops (U+2028, trailing spaces) can't shift later spans.
 */
export function analyzeEnglish(text: string): Doc {
  const wink = reader();
  const its = wink.its;
  const wdoc = wink.readDoc(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;

  wdoc.sentences().each((sentence: ItemSentence) => {
    const tokenStart = tokens.length;
    const s = sentences.length;
    sentence.tokens().each((tk: ItemToken) => {
      const value = tk.out();
      const type = tk.out(its.type);
      const spaces = tk.out(its.precedingSpaces);
      let start = cursor + spaces.length;
      if (text.startsWith(value, start) === false) {
        const found = text.indexOf(value, cursor);
        start = found === -1 ? cursor : found;
      }
      const end = text.startsWith(value, start) ? start + value.length : start;
      cursor = end;
      if (type === 'tabCRLF' || value.trim() === '') return;
      const lower = value.toLowerCase().replace(APOSTROPHES, "'");
      const pos = tk.out(its.pos) as Pos;
      const lemma = String(tk.out(its.lemma as typeof its.pos)).toLowerCase().replace(APOSTROPHES, "'");
      const negated = Boolean(tk.out(its.negationFlag));
      const fused = FUSED_CONTRACTIONS[lower];
      if (fused && end - start === lower.length) {
        const cut = start + 1;
        tokens.push({ i: tokens.length, start, end: cut, text: text.slice(start, cut), lower: fused[0], lemma: fused[0], pos: 'PRON', negated, sentence: s });
        tokens.push({ i: tokens.length, start: cut, end, text: text.slice(cut, end), lower: lower.slice(1), lemma: fused[1], pos: 'AUX', negated, sentence: s });
        return;
      }
      tokens.push({ i: tokens.length, start, end, text: text.slice(start, end), lower, lemma, pos, negated, sentence: s });
    });
    if (tokens.length > tokenStart) {
      sentences.push({
        i: s,
        start: tokens[tokenStart]!.start,
        end: tokens[tokens.length - 1]!.end,
        tokenStart,
        tokenEnd: tokens.length,
      });
    }
  });
  return { text, lang: 'en', tokens, sentences };
}

import type { Doc, Token } from '../analysis/doc.js';
import { isClauseBreak } from './clause.js';
import outsiders from '../../rubrics/lexicons/outsiders.json';

/** How a clause names who acted. */
export type SubjectKind = 'pronoun' | 'possessive' | 'org';

export interface Subject {
  kind: SubjectKind;
  /** Token range of the subject phrase. */
  tokenStart: number;
  tokenEnd: number;
}

const FIRST_PERSON = new Set(['we', 'i']);
const POSSESSIVE = new Set(['our', 'my']);
/** Between a subject and its predicate: "we have also", "I want to", "we would like to". */
const SKIPPABLE_POS = new Set(['ADV', 'AUX', 'PART']);
const SKIPPABLE_WORDS = new Set(['want', 'wanted', 'wants', 'wish', 'like', 'need', 'needs', 'to', 'all', 'both', 'also', 'truly', 'really']);
const NOUN_PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);
/** "our vendor", "our partners": ours, but not us. */
const OUTSIDERS = new Set(outsiders.words);
/** Furthest a subject may stand from its predicate, in tokens. */
const WINDOW = 12;

/**
 * The subject of the predicate that starts at token `at`, when it is the speaker:
 * "we"/"I" (pronoun), "our change" / "my team" (possessive), or an organization by name
 * (org). Walks left within the clause; after "and" it skips the previous verb phrase
 * ("We quickly identified the issue and deployed a fix": "deployed" has subject "We").
 * Linear in WINDOW, whatever the sentence length.
 */
export function speakerSubject(doc: Doc, at: number): Subject | null {
  const subject = findSubject(doc, at);
  // "If we made a mistake, ...": a condition is no admission.
  const before = subject && subject.tokenStart > 0 ? doc.tokens[subject.tokenStart - 1] : undefined;
  if (before && before.sentence === doc.tokens[at]!.sentence && CONDITIONS.has(before.lower)) return null;
  return subject;
}

const CONDITIONS = new Set(['if', 'whether', 'unless']);

function findSubject(doc: Doc, at: number): Subject | null {
  const { tokens } = doc;
  const sentenceStart = doc.sentences[tokens[at]!.sentence]!.tokenStart;
  const floor = Math.max(sentenceStart, at - WINDOW);
  let t = at - 1;
  while (t >= floor && (SKIPPABLE_POS.has(tokens[t]!.pos) || SKIPPABLE_WORDS.has(tokens[t]!.lower))) t--;
  if (t < floor) return null;
  const token = tokens[t]!;
  if (FIRST_PERSON.has(token.lower)) return { kind: 'pronoun', tokenStart: t, tokenEnd: t + 1 };
  // "all of us at GitHub", "each of us"
  if (token.lower === 'us' && t - 1 >= floor && tokens[t - 1]!.lower === 'of') return { kind: 'pronoun', tokenStart: t - 2 >= floor ? t - 2 : t, tokenEnd: t + 1 };
  // "and deployed a fix", and a list of actions: "We identified the cause, isolated the servers and restored service".
  if (token.pos === 'CCONJ' || (token.lower === ',' && tokens[at]!.pos === 'VERB')) return coordinatedSubject(doc, t - 1, floor);
  if (NOUN_PHRASE_POS.has(token.pos) && token.pos !== 'DET' && token.pos !== 'ADJ') return nounPhraseSubject(tokens, t, floor);
  return null;
}

/** After "and": the nearest first-person pronoun of the same clause. */
function coordinatedSubject(doc: Doc, from: number, floor: number): Subject | null {
  for (let t = from; t >= floor; t--) {
    const token = doc.tokens[t]!;
    if (isClauseBreak(token) && token.lower !== ',') return null;
    if (FIRST_PERSON.has(token.lower)) return { kind: 'pronoun', tokenStart: t, tokenEnd: t + 1 };
  }
  return null;
}

/** "our latest change", "CrowdStrike", "the CrowdStrike team": a head noun and its modifiers. */
function nounPhraseSubject(tokens: Token[], head: number, floor: number): Subject | null {
  let t = head;
  while (t - 1 >= floor && (NOUN_PHRASE_POS.has(tokens[t - 1]!.pos) || POSSESSIVE.has(tokens[t - 1]!.lower) || tokens[t - 1]!.lower === "'s")) t--;
  const phrase = tokens.slice(t, head + 1);
  const span = { tokenStart: t, tokenEnd: head + 1 };
  if (OUTSIDERS.has(tokens[head]!.lower)) return null;
  if (phrase.some((p) => POSSESSIVE.has(p.lower))) return { kind: 'possessive', ...span };
  // A sentence-initial capital is no evidence of a name ("Mistakes were made" is tagged PROPN).
  const named = phrase.some((p) => p.pos === 'PROPN' && !(p.i === t && isSentenceInitial(tokens, p)));
  return named ? { kind: 'org', ...span } : null;
}

function isSentenceInitial(tokens: Token[], token: Token): boolean {
  return token.i === 0 || tokens[token.i - 1]!.sentence !== token.sentence;
}

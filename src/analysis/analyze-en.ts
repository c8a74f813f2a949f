import winkNLP, { type ItemSentence, type ItemToken } from 'wink-nlp';
import type { Doc, Pos, Sentence, Token } from './doc.js';
import { winkModel } from './wink-model.js';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/**
 * wink's pipeline steps that the checks read: sentences, negation scope, and part-of-speech
 * tags (lemmas come with them). Its default pipeline also finds named entities and sentiment,
 * which nothing here reads; leaving them out makes each read about a quarter faster, and the
 * tokens, tags, lemmas, negation flags and sentences are the same.
 */
export const WINK_PIPELINE = ['sbd', 'negation', 'pos'];

/** wink loads its model once per process; the first read pays for it. */
function reader(): Nlp {
  nlp ??= winkNLP(winkModel(), WINK_PIPELINE);
  return nlp;
}

const APOSTROPHES = /[\u2018\u2019\u02bc]/g;

/**
 * wink keeps "I'm" as one PROPN token; checks need the pronoun and the verb apart.
 * A Map, since looking a fresh string up as an object key costs more than the rest of the token loop.
 */
const FUSED_CONTRACTIONS = new Map<string, [string, string]>([["i'm", ['i', 'be']]]);

/**
 * wink ends a paragraph only at a token that is exactly "\n\n": three line breaks, "\r\n\r\n" or
 * a blank line holding spaces run on into one sentence. Such runs are rewritten, at the same
 * length, as "\n\n" and spaces, so every offset into the copy is an offset into the text.
 */
const BLANK_LINES = /\r?\n(?:[ \t]*\r?\n)+/g;

function paragraphsForWink(text: string): string {
  if (!text.includes('\n')) return text;
  return text.replace(BLANK_LINES, (run) => (run === '\n\n' ? run : `\n\n${' '.repeat(run.length - 2)}`));
}

/**
 * Characters that are neither printed nor spaces: control characters (but tab, line feed and
 * carriage return), zero-width spaces, word joiners, byte-order marks and bidi marks. wink
 * keeps them inside a token, so "We\u200bapologize" would hide both words from every check.
 * They are given to wink as spaces, at the same length. Zero-width joiners and non-joiners are
 * kept: they build emoji sequences and words in some scripts.
 */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

function invisiblesAsSpaces(text: string): string {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(text) ? text.replace(INVISIBLE, ' ') : text;
}

/**
 * wink's tokenizer and its abbreviation test take time quadratic in the length of a run
 * without spaces (200,000 dashes: minutes). No word is that long, so wink is given the run
 * cut into pieces of at most LONGEST_RUN characters by a space in place of one character,
 * again at the same length; the replaced characters belong to no token.
 */
export const LONGEST_RUN = 100;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000;
}

function hasLongRun(text: string): boolean {
  if (text.length <= LONGEST_RUN) return false;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) run = 0;
    else if (++run > LONGEST_RUN) return true;
  }
  return false;
}

function boundedRuns(text: string): string {
  if (!hasLongRun(text)) return text;
  const parts: string[] = [];
  let from = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      run = 0;
      continue;
    }
    // Never cut between the two halves of a surrogate pair.
    if (++run > LONGEST_RUN && !(c >= 0xdc00 && c <= 0xdfff)) {
      parts.push(text.slice(from, i), ' ');
      from = i + 1;
      run = 0;
    }
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * Reads an English statement into a doc, in one wink-nlp pass. Token values, tags and lemmas
 * are read in bulk (one array each), not token by token.
 * Offsets come from the token values and the whitespace between them, checked against the
 * input so that a character wink drops (U+2028, trailing spaces) can't shift later spans.
 */
export function analyzeEnglish(text: string): Doc {
  const wink = reader();
  const its = wink.its;
  const read = boundedRuns(paragraphsForWink(invisiblesAsSpaces(text)));
  const same = read === text;
  const wdoc = wink.readDoc(read);
  const all = wdoc.tokens();
  const values = all.out() as string[];
  const tags = all.out(its.pos) as Pos[];
  const lemmas = all.out(its.lemma as typeof its.pos) as string[];
  const negations = all.out(its.negationFlag as unknown as typeof its.pos) as unknown as boolean[];
  const spans = wdoc.sentences().out(its.span) as unknown as Array<[number, number]>;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  let w = 0;

  for (const [first, last] of spans) {
    const tokenStart = tokens.length;
    const s = sentences.length;
    for (; w <= last; w++) {
      if (w < first) continue;
      const value = values[w]!;
      let start = skipSpaces(read, cursor);
      let end = start + value.length;
      if (!read.startsWith(value, start)) {
        const found = read.indexOf(value, cursor);
        start = found === -1 ? cursor : found;
        end = found === -1 ? cursor : found + value.length;
      }
      cursor = end;
      if (end === start || isBlank(value)) continue;
      const lower = foldApostrophes(value.toLowerCase());
      const pos = tags[w]!;
      // Most tokens are their own lemma: share the lower-case string instead of making another.
      const lemma = lemmas[w] === value ? lower : foldApostrophes(String(lemmas[w]).toLowerCase());
      const negated = Boolean(negations[w]);
      const fused = FUSED_CONTRACTIONS.get(lower);
      if (fused && end - start === lower.length) {
        const cut = start + 1;
        tokens.push({ i: tokens.length, start, end: cut, text: text.slice(start, cut), lower: fused[0], lemma: fused[0], pos: 'PRON', negated, sentence: s });
        tokens.push({ i: tokens.length, start: cut, end, text: text.slice(cut, end), lower: lower.slice(1), lemma: fused[1], pos: 'AUX', negated, sentence: s });
        continue;
      }
      // When wink read the text itself, the value is the text of the token: no copy is needed.
      tokens.push({ i: tokens.length, start, end, text: same ? value : text.slice(start, end), lower, lemma, pos, negated, sentence: s });
    }
    if (tokens.length > tokenStart) {
      sentences.push({
        i: s,
        start: tokens[tokenStart]!.start,
        end: tokens[tokens.length - 1]!.end,
        tokenStart,
        tokenEnd: tokens.length,
      });
    }
  }
  return { text, lang: 'en', tokens, sentences };
}

function foldApostrophes(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2019 || c === 0x2018 || c === 0x02bc) return s.replace(APOSTROPHES, "'");
  }
  return s;
}

/** True for a token of spaces only (wink keeps line breaks as tokens); checked by its first character first. */
function isBlank(value: string): boolean {
  return isSpace(value.charCodeAt(0)) && value.trim() === '';
}

/** Index of the first character at or after `from` that is not whitespace wink skips between tokens. */
function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xa0) i++;
    else break;
  }
  return i;
}

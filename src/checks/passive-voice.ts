import type { Doc, Token } from '../analysis/doc.js';
import { analyzeEnglish } from '../analysis/analyze-en.js';
import { checkStatement } from '../scoring/statement-input.js';
import irregularParticiples from '../../rubrics/lexicons/irregular-participles.json';
import stativeParticiples from '../../rubrics/lexicons/stative-participles.json';

/**
 * Passive constructions: a form of be or get, then (after adverbs, "not", "been"/"being") a past
 * participle: "Mistakes were made", "it's been fixed", "we got hacked", "was quickly fixed by a
 * partner", and in questions with the subject between ("Was my data affected?").
 * Not passives: be + a participle that names a state ("we are upset", "we are committed to"),
 * "has/'s" + participle + object ("it's caused their lives"), a participle used as an adjective
 * before a noun ("these were isolated incidents"), and reduced relatives without any auxiliary
 * ("a defect found in an update").
 *
 * Every look-around is a bounded window inside the sentence, and the scan never goes back, so the
 * whole pass is linear in the number of tokens, however long a sentence is.
 */

export interface PassiveConstruction {
  /** Character offsets: auxiliary .. participle, extended through "by <agent>" when there is one. */
  start: number;
  end: number;
  /** First auxiliary of the passive chain ("was", "is" of "is being", "been" of "has been"). */
  auxIndex: number;
  participleIndex: number;
  /** Head of the subject noun phrase on the left ("Mistakes", "inputs" in "one of the inputs"), if found. */
  subjectIndex: number | null;
  /** Head of the agent noun phrase after "by", if any. */
  agentIndex: number | null;
  agent: 'none' | 'explicit';
}

export interface PassiveHit {
  start: number;
  end: number;
  text: string;
  agent: 'none' | 'explicit';
}

const BE = new Set(['be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", "'m"]);
const GET = new Set(['get', 'gets', 'got', 'gotten', 'getting']);
/** Floating quantifiers that may stand between auxiliary and participle: "they're all fixed". */
const FLOATING = new Set(['all', 'both', 'each']);
const NOUN_PHRASE_POS = new Set<string>(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
const POSSESSIVE = new Set(['my', 'our', 'your', 'his', 'her', 'its', 'their']);
const RELATIVE = new Set(['that', 'which', 'who']);
const PERSONAL = new Set(['i', 'we', 'you', 'he', 'she', 'they']);
const QUESTION_WORDS = new Set(['how', 'why', 'when', 'where', 'what', 'which', 'who']);
/** Heads of "of" phrases whose real subject is inside: "one of the inputs", "many of you". */
const QUANTIFIER = new Set([
  'many', 'some', 'all', 'none', 'each', 'most', 'several', 'few', 'any', 'both', 'either', 'neither', 'part',
  'much', 'majority', 'half', 'lot', 'lots', 'number', 'dozens', 'hundreds', 'thousands', 'millions',
]);
/**
 * By-phrases that give a time, a manner or an amount, not a doer ("finished by 5:00 PM", "by
 * mistake", "cut by 50%"). Compared with lemmas. Small and closed, so kept here rather than as a lexicon.
 */
const NOT_AN_AGENT = new Set([
  'default', 'mistake', 'accident', 'chance', 'design', 'hand', 'email', 'e-mail', 'mail', 'phone', 'telephone',
  'post', 'way', 'means', 'percent', 'half', 'time', 'end', 'start', 'beginning', 'now', 'today', 'tomorrow',
  'tonight', 'yesterday', 'midnight', 'noon', 'morning', 'afternoon', 'evening', 'night', 'hour', 'day', 'week',
  'weekend', 'month', 'quarter', 'year', 'am', 'pm', 'a.m.', 'p.m.', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september',
  'october', 'november', 'december',
]);
/** Invisible format characters (zero-width joiners, soft hyphen) that wink keeps as tokens. */
const INVISIBLE = /^\p{Cf}+$/u;

/** Most tokens skipped between auxiliary and participle ("was, unfortunately, not fixed"). */
const MAX_GAP = 5;
/** Furthest the subject head may stand left of the auxiliary. */
const SUBJECT_WINDOW = 12;
/** Longest agent noun phrase, in tokens. */
const NP_WINDOW = 8;

interface StativeRule {
  /** A state on its own ("upset"). */
  always: boolean;
  /** A state only when one of these words follows ("committed to"). */
  before: Set<string>;
  /** A state (an idiom) only after get ("get started"). */
  afterGet: boolean;
}

const IRREGULAR = new Set<string>(irregularParticiples.words);
const STATIVE = compileStatives(stativeParticiples.words);

function compileStatives(words: readonly string[]): Map<string, StativeRule> {
  const rules = new Map<string, StativeRule>();
  const rule = (w: string) => {
    let r = rules.get(w);
    if (!r) rules.set(w, (r = { always: false, before: new Set(), afterGet: false }));
    return r;
  };
  for (const entry of words) {
    const [first, second] = entry.split(' ') as [string, string | undefined];
    if (second === undefined) rule(first).always = true;
    else if (first === 'get') rule(second).afterGet = true;
    else rule(first).before.add(second);
  }
  return rules;
}

/** The one-pass detector. */
export function findPassives(doc: Doc): PassiveConstruction[] {
  const found: PassiveConstruction[] = [];
  const { tokens } = doc;
  let i = 0;
  while (i < tokens.length) {
    const last = matchAt(doc, i, found);
    i = last === -1 ? i + 1 : last + 1;
  }
  return found;
}

/**
 * Analyzes `text` (English) and returns every passive construction with its exact span. Refuses
 * bad input as score() does: a TypeError for a non-string, a RangeError for another language, and
 * StatementTooLargeError over `maxBytes` (default 1 MiB of UTF-8).
 */
export function passiveVoice(text: string, options: { lang?: 'en'; maxBytes?: number } = {}): PassiveHit[] {
  checkStatement('passiveVoice', text, options.lang ?? 'en', options.maxBytes);
  return findPassives(analyzeEnglish(text)).map(({ start, end, agent }) => ({ start, end, text: text.slice(start, end), agent }));
}

/**
 * Tries a passive whose auxiliary is token `i`; pushes it (and the participles coordinated with it)
 * onto `out`. Returns the last token index consumed, or -1.
 */
function matchAt(doc: Doc, i: number, out: PassiveConstruction[]): number {
  const { tokens } = doc;
  const aux = tokens[i]!;
  const get = isGet(aux);
  if (!get && !isBe(aux)) return -1;
  const sentenceEnd = doc.sentences[aux.sentence]!.tokenEnd;

  // Walk to the participle over adverbs, negation and the rest of a be-chain ("is being", "'s been").
  let chainStart = i;
  let k = i + 1;
  for (let gap = 0; k < sentenceEnd && gap < MAX_GAP; k++, gap++) {
    const t = tokens[k]!;
    if (!get && isBe(t) && (t.lower === 'been' || t.lower === 'being')) {
      // "has been", "'s been": the auxiliary before "been" is have, so the passive starts at "been".
      if (t.lower === 'been') chainStart = k;
      continue;
    }
    if (!isSkippable(tokens, k, sentenceEnd)) break;
  }
  // In a question the subject stands between: "Was any data stolen?", "Why were customers not told?"
  const question = k < sentenceEnd && isParticiple(tokens[k]!) ? null : invertedSubject(doc, i, sentenceEnd);
  if (question) k = question.participle;
  else if (k >= sentenceEnd || !isParticiple(tokens[k]!)) return -1;

  // "'s" is "is" or "has", get is "become" or "obtain": a following object means the active perfect
  // or possession ("it's caused their lives", "we got infected files").
  const ambiguous = get || tokens[chainStart]!.lower === "'s";
  const subjectIndex = question ? question.subject : findSubject(doc, chainStart);
  const person = subjectIndex !== null && PERSONAL.has(tokens[subjectIndex]!.lower);
  const first = participleClause(doc, k, sentenceEnd, { get, objectMeansActive: ambiguous, person });
  if (!first) return -1;

  out.push(construction(doc, tokens[chainStart]!.start, chainStart, k, subjectIndex, first.agent));
  let last = first.agent?.head ?? k;

  // Coordinated participles share the auxiliary: "has been identified, isolated and ...",
  // "was written by Bob and reviewed by Ann". Each counts; its span covers only itself (and its agent)
  // so that spans never overlap.
  for (;;) {
    let j = last + 1;
    if (j < sentenceEnd && tokens[j]!.lower === ',') j++;
    if (j < sentenceEnd && (tokens[j]!.lower === 'and' || tokens[j]!.lower === 'or')) j++;
    if (j === last + 1) break;
    if (j < sentenceEnd && tokens[j]!.pos === 'ADV') j++;
    if (j >= sentenceEnd || !isParticiple(tokens[j]!)) break;
    const next = participleClause(doc, j, sentenceEnd, { get, objectMeansActive: true, person });
    if (!next) break;
    out.push(construction(doc, tokens[j]!.start, chainStart, j, subjectIndex, next.agent));
    last = next.agent?.head ?? j;
  }
  return last;
}

/**
 * A be-form that opens a question ("Was ...?", "Why were ...?") followed by a short subject noun
 * phrase and a participle: returns the subject head and the participle index.
 */
function invertedSubject(doc: Doc, i: number, sentenceEnd: number): { subject: number; participle: number } | null {
  const { tokens } = doc;
  const sentenceStart = doc.sentences[tokens[i]!.sentence]!.tokenStart;
  if (!isBe(tokens[i]!) || tokens[i]!.lower === "'s" || tokens[sentenceEnd - 1]!.lower !== '?') return null;
  if (i !== sentenceStart && !(i - 1 === sentenceStart && QUESTION_WORDS.has(tokens[i - 1]!.lower))) return null;
  let j = i + 1;
  if (j >= sentenceEnd) return null;
  let subject = -1;
  if (isNounish(tokens[j]!) && tokens[j]!.pos === 'PRON') subject = j++;
  else {
    const limit = Math.min(sentenceEnd, j + 5);
    for (; j < limit && (NOUN_PHRASE_POS.has(tokens[j]!.pos) || POSSESSIVE.has(tokens[j]!.lower)); j++) {
      if (tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'PROPN' || tokens[j]!.pos === 'NUM') subject = j;
    }
  }
  if (subject === -1) return null;
  for (let gap = 0; j < sentenceEnd && gap < 2 && isSkippable(tokens, j, sentenceEnd); gap++) j++;
  return j < sentenceEnd && isParticiple(tokens[j]!) ? { subject, participle: j } : null;
}

/** `head`: the last noun of the agent noun phrase; the hit's span ends there. */
interface Agent { head: number }

interface ClauseContext {
  /** The auxiliary is a form of get. */
  get: boolean;
  /** A following object noun phrase makes it active ("'s caused their lives"). */
  objectMeansActive: boolean;
  /** The subject is a personal pronoun ("we", "I"). */
  person: boolean;
}

/** Decides whether the participle at `k` heads a passive clause, and finds its agent. */
function participleClause(doc: Doc, k: number, sentenceEnd: number, { get, objectMeansActive, person }: ClauseContext): { agent: Agent | null } | null {
  const { tokens } = doc;
  const p = tokens[k]!;
  const next = k + 1 < sentenceEnd ? tokens[k + 1]! : undefined;
  const agent = findAgent(doc, k, sentenceEnd);

  const rule = STATIVE.get(p.lower);
  if (rule) {
    if (get && rule.afterGet) return null;
    if (next && rule.before.has(next.lower)) return null;
    // "We're committed.": a person is committed/determined/prepared (to ...) even when "to" is left out.
    if (person && !agent && rule.before.has('to')) return null;
    // A feeling caused by a thing is a state ("disappointed by the delay"); by a named actor it is
    // something that actor did ("disappointed by them").
    if (rule.always && !(agent && isActor(tokens[agent.head]!))) return null;
  }
  if (next && objectMeansActive && startsObject(tokens, k + 1, sentenceEnd)) return null;
  // "These were isolated incidents": the participle modifies the noun after it.
  if (next && !agent && isAttributive(tokens, k + 1, sentenceEnd)) return null;
  return { agent };
}

function construction(doc: Doc, start: number, auxIndex: number, participleIndex: number, subjectIndex: number | null, agent: Agent | null): PassiveConstruction {
  const endToken = doc.tokens[agent?.head ?? participleIndex]!;
  return {
    start,
    end: endToken.end,
    auxIndex,
    participleIndex,
    subjectIndex,
    agentIndex: agent?.head ?? null,
    agent: agent ? 'explicit' : 'none',
  };
}

function isBe(t: Token): boolean {
  if (!BE.has(t.lower) || (t.pos !== 'AUX' && t.pos !== 'VERB')) return false;
  // "'s" is also "has" (wink says lemma be for both) and "us"/possessive (not AUX).
  return t.lower !== "'s" || t.lemma === 'be';
}

function isGet(t: Token): boolean {
  return GET.has(t.lower) && t.lemma === 'get' && (t.pos === 'VERB' || t.pos === 'AUX');
}

/** Tokens that may stand between auxiliary and participle. */
function isSkippable(tokens: Token[], k: number, sentenceEnd: number): boolean {
  const t = tokens[k]!;
  if (t.pos === 'ADV' || t.lemma === 'not' || FLOATING.has(t.lower) || INVISIBLE.test(t.text)) return true;
  // A comma only around an adverb: "was, unfortunately, deleted".
  if (t.lower === ',') {
    const before = tokens[k - 1]!;
    const after = k + 1 < sentenceEnd ? tokens[k + 1]! : undefined;
    return before.pos === 'ADV' || after?.pos === 'ADV';
  }
  return false;
}

/**
 * A past participle: a listed irregular form, or a verb/adjective in -ed. wink tags words it doesn't
 * know as VERB or NOUN with the lemma left as it is ("overbooked", "overwritten"), so the lemma can't
 * tell "agreed" (participle) from "proceed" (base); drop short words ("red") and -eed endings
 * ("need", "indeed") instead.
 */
/** A past participle: an irregular form, or an -ed form tagged VERB or ADJ. */
export function isParticiple(t: Token): boolean {
  if (IRREGULAR.has(t.lower)) return t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'NOUN';
  if (t.pos !== 'VERB' && t.pos !== 'ADJ') return false;
  if (!t.lower.endsWith('ed') || !/^[a-z-]+$/.test(t.lower)) return false;
  if (t.pos === 'VERB' && t.lemma !== t.lower) return true;
  return t.lower.length >= 5 && !t.lower.endsWith('eed');
}

/** An object noun phrase starts at `j`. */
function startsObject(tokens: Token[], j: number, sentenceEnd: number): boolean {
  const t = tokens[j]!;
  if (t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'NUM') return true;
  // "got hacked Friday": a time noun is an adjunct, not an object.
  if (t.pos === 'NOUN' || t.pos === 'PROPN') return !NOT_AN_AGENT.has(t.lemma);
  return t.pos === 'ADJ' && j + 1 < sentenceEnd && tokens[j + 1]!.pos === 'NOUN';
}

/** The participle before `j` modifies the noun at `j` ("isolated incidents", "infected Windows hosts"). */
function isAttributive(tokens: Token[], j: number, sentenceEnd: number): boolean {
  const t = tokens[j]!;
  if (t.pos === 'NOUN') return !NOT_AN_AGENT.has(t.lemma);
  return t.pos === 'PROPN' && j + 1 < sentenceEnd && tokens[j + 1]!.pos === 'NOUN';
}

function isActor(t: Token): boolean {
  return t.pos === 'PROPN' || (t.pos === 'PRON' && !POSSESSIVE.has(t.lower));
}

/**
 * "by" + a noun phrase right after the participle (adverbs allowed between). A by-phrase of time,
 * manner or amount ("by 50%") is skipped once to find a real agent after it ("cut by 50% by a vendor").
 */
function findAgent(doc: Doc, k: number, sentenceEnd: number): Agent | null {
  const { tokens } = doc;
  let j = k + 1;
  for (let phrases = 0; phrases < 2; phrases++) {
    for (let gap = 0; j < sentenceEnd && gap < 2 && (tokens[j]!.pos === 'ADV' || INVISIBLE.test(tokens[j]!.text)); gap++) j++;
    if (j >= sentenceEnd || tokens[j]!.lower !== 'by') return null;
    const head = nounPhraseHead(tokens, j + 1, sentenceEnd);
    if (head === -1) return null;
    const h = tokens[head]!;
    if (h.pos !== 'NUM' && h.pos !== 'SYM' && !NOT_AN_AGENT.has(h.lemma)) return { head };
    j = head + 1;
  }
  return null;
}

/**
 * Head (last noun) of the noun phrase starting at `j`, without its post-modifiers: "a defect" in
 * "a defect found in ...", "the apparatus" in "the apparatus to 300°C". -1 when none starts there.
 */
function nounPhraseHead(tokens: Token[], j: number, sentenceEnd: number): number {
  if (j >= sentenceEnd) return -1;
  const first = tokens[j]!;
  if (first.pos === 'PRON' && !POSSESSIVE.has(first.lower)) return j;
  let head = -1;
  const limit = Math.min(sentenceEnd, j + NP_WINDOW);
  for (; j < limit; j++) {
    const t = tokens[j]!;
    const next = j + 1 < sentenceEnd ? tokens[j + 1] : undefined;
    // "by Sally tonight": a time noun after the head is an adjunct, not part of the agent.
    if (head !== -1 && t.pos === 'NOUN' && NOT_AN_AGENT.has(t.lemma) && !NOT_AN_AGENT.has(tokens[head]!.lemma)) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || (t.pos === 'SYM' && head !== -1)) head = j;
    else if (t.pos === 'DET' || t.pos === 'ADJ' || (t.pos === 'PRON' && POSSESSIVE.has(t.lower))) continue;
    else if (t.lower === "'s" && t.pos === 'PART' && head !== -1) continue;
    else if (t.pos === 'ADV' && next?.pos === 'ADJ') continue;
    // "third-party": a hyphen glued to words on both sides.
    else if (t.lower === '-' && next && tokens[j - 1]!.end === t.start && t.end === next.start) continue;
    else break;
  }
  return head;
}

function isNounish(t: Token): boolean {
  return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || (t.pos === 'PRON' && !POSSESSIVE.has(t.lower) && !RELATIVE.has(t.lower));
}

/**
 * Head of the subject noun phrase left of the passive chain starting at `aux`, within the sentence
 * and SUBJECT_WINDOW tokens. Steps over auxiliaries and adverbs ("will soon be", "has been"), a
 * relative pronoun ("the update that was"), and prepositional phrases that modify the subject
 * ("the cause of the outage was"); keeps the noun inside a quantifier's "of" phrase ("one of the inputs").
 */
function findSubject(doc: Doc, aux: number): number | null {
  const { tokens } = doc;
  const floor = Math.max(doc.sentences[tokens[aux]!.sentence]!.tokenStart, aux - SUBJECT_WINDOW);
  let j = aux - 1;
  const skippable = (t: Token) =>
    t.pos === 'AUX' || t.pos === 'ADV' || t.lemma === 'not' || t.lower === 'to' || t.lower === 'going' || t.lower === 'used' || FLOATING.has(t.lower);
  while (j >= floor && skippable(tokens[j]!)) j--;
  if (j < floor) return null;
  if (RELATIVE.has(tokens[j]!.lower)) {
    let before = j - 1;
    if (before >= floor && tokens[before]!.lower === ',') before--;
    if (before >= floor && isNounish(tokens[before]!)) j = before;
  }
  if (!isNounish(tokens[j]!)) return null;

  let head = j;
  for (;;) {
    // Start of the noun phrase that ends at the current position.
    let s = j;
    while (s - 1 >= floor && NOUN_PHRASE_POS.has(tokens[s - 1]!.pos)) s--;
    const adp = s - 1;
    const prev = s - 2;
    if (prev < floor || tokens[adp]!.pos !== 'ADP' || !isNounish(tokens[prev]!)) return head;
    const inQuantifier = tokens[adp]!.lower === 'of' && (tokens[prev]!.pos === 'NUM' || QUANTIFIER.has(tokens[prev]!.lower));
    if (inQuantifier) return head;
    head = prev;
    j = prev;
  }
}

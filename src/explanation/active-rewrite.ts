import type { Doc, Token } from '../analysis/doc.js';
import type { PassiveConstruction } from '../checks/passive-voice.js';
import { clauseStart } from '../checks/clause.js';
import participlePast from '../../rubrics/lexicons/participle-past.json';
import selfInflicted from '../../rubrics/lexicons/self-inflicted-faults.json';

const PAST: Record<string, string> = participlePast.forms;
/** Only a fault the speaker can have committed is turned around: "we stole the data" would be false. */
const SELF_INFLICTED = new Set(selfInflicted.words);

/**
 * An active-voice rewrite of a passive fault sentence, with "we" as the subject:
 * "one of the inputs to the command was entered incorrectly" → "We entered one of the inputs
 * to the command incorrectly." An inanimate agent becomes the instrument: "The outage was
 * caused by a defect" → "We caused the outage with a defect." Returns undefined when the
 * subject can't be found.
 */
export function activeRewrite(doc: Doc, passive: PassiveConstruction): string | undefined {
  const { tokens } = doc;
  const subject = subjectPhrase(doc, passive);
  if (!subject) return undefined;
  const participle = tokens[passive.participleIndex]!;
  if (!SELF_INFLICTED.has(participle.lemma)) return undefined;
  const verb = PAST[participle.lower] ?? participle.lower;
  const between = tokens.slice(passive.auxIndex + 1, passive.participleIndex).filter((t) => t.pos === 'ADV' && t.lower !== 'not' && t.lower !== "n't");
  const manner = tokens[passive.participleIndex + 1];
  const trailing = manner && manner.pos === 'ADV' && manner.lower.endsWith('ly') && manner.sentence === participle.sentence ? ` ${manner.lower}` : '';
  const instrument = passive.agent === 'explicit' && passive.agentIndex !== null ? ` with ${agentPhrase(doc, passive)}` : '';
  const adverbs = between.map((t) => `${t.lower} `).join('');
  return `We ${adverbs}${verb} ${subject}${trailing}${instrument}.`;
}

/** The subject noun phrase: from the clause start to the auxiliary; for a relative clause, the noun it modifies. */
function subjectPhrase(doc: Doc, passive: PassiveConstruction): string | undefined {
  const { tokens } = doc;
  let end = passive.auxIndex;
  let start = clauseStart(doc, end);
  if (start === end && start > 0 && ['that', 'which', 'who'].includes(tokens[start - 1]!.lower)) {
    // "The servers that were removed": the phrase before the relative pronoun.
    end = start - 1;
    start = clauseStart(doc, end);
  }
  // Auxiliaries before the passive's first one ("has" of "has been") are not part of the subject.
  while (end > start && (tokens[end - 1]!.pos === 'AUX' || tokens[end - 1]!.pos === 'PART')) end--;
  const words = tokens.slice(start, end).filter((t) => t.pos !== 'ADV' || !t.lower.endsWith('ly'));
  if (words.length === 0 || words.some((t) => t.pos === 'PRON' && ['we', 'i', 'you', 'they', 'he', 'she'].includes(t.lower))) return undefined;
  return asObject(words);
}

function agentPhrase(doc: Doc, passive: PassiveConstruction): string {
  const { tokens } = doc;
  // The agent phrase starts after the last "by" before its head ("cut by 50% by a vendor").
  let by = passive.agentIndex!;
  while (by > passive.participleIndex && tokens[by]!.lower !== 'by') by--;
  return asObject(tokens.slice(by + 1, passive.agentIndex! + 1));
}

/** Rejoins tokens with their original spacing; a sentence-initial capital goes lower case. */
function asObject(words: Token[]): string {
  let out = '';
  words.forEach((w, n) => {
    const text = n === 0 && w.pos !== 'PROPN' ? w.text.charAt(0).toLowerCase() + w.text.slice(1) : w.text;
    const gap = n === 0 ? '' : w.start > words[n - 1]!.end ? ' ' : '';
    out += gap + text;
  });
  // "Mistakes" is tagged PROPN at a sentence start; a plural capital is still a common noun.
  if (words.length === 1 && words[0]!.pos === 'PROPN' && /^[A-Z][a-z]+s$/.test(words[0]!.text)) return out.toLowerCase();
  return out;
}

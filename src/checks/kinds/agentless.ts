import * as z from 'zod';
import { lazySchema } from '../../rubric/lazy-schema.js';
import type { Doc } from '../../analysis/doc.js';
import { hitFromTokens, type Hit } from '../hit.js';
import { isNegated } from '../negation.js';
import { clauseStart } from '../clause.js';
import { isParticiple } from '../passive-voice.js';
import type { CheckFn } from '../context.js';
import type { CheckCompiler } from '../compiler.js';

export const agentlessSchema = lazySchema(() =>
  z.strictObject({
    kind: z.literal('agentless'),
    id: z.string().optional(),
    faults: z.string().min(1).describe('Lexicon of fault words: nouns ("defect", "mistake") and verbs ("cause", "steal") whose agent is hidden.'),
    forms: z
      .array(z.enum(['passive', 'caused-by', 'reduced-relative', 'event']))
      .min(1)
      .optional()
      .describe(
        'passive: "mistakes were made"; caused-by: a thing as the agent ("was caused by a defect"); reduced-relative: "a defect found in"; event: "this happened". Default: all.',
      ),
  }),
);
export type AgentlessParams = z.infer<ReturnType<typeof agentlessSchema>>;

const EVENT_VERBS = new Set(['happen', 'occur', 'transpire', 'arise']);
const EVENT_SUBJECTS = new Set(['this', 'it', 'that', 'what']);
/** How far back from "happened" the subject of an agentless event may stand ("this never should have happened"). */
const EVENT_REACH = 5;

/**
 * Agentless wording of the fault (Fausey & Boroditsky 2010: it lowers the blame readers
 * assign): a passive with no agent, a thing named as the agent, a reduced relative
 * ("a defect found in ..."), or an event that simply "happened".
 */
export function compileAgentless(params: AgentlessParams, compiler: CheckCompiler, id: string): CheckFn {
  const faults = compiler.wordSet(params.faults, 'faults');
  const forms = new Set(params.forms ?? ['passive', 'caused-by', 'reduced-relative', 'event']);
  // Read once here, not at every token of every statement.
  const reducedRelatives = forms.has('reduced-relative');
  const events = forms.has('event');
  const isFault = (doc: Doc, t: number | null) => t !== null && (faults.has(doc.tokens[t]!.lemma) || faults.has(doc.tokens[t]!.lower));

  return (ctx) => {
    const { doc } = ctx;
    const hits: Hit[] = [];
    for (const p of ctx.passives()) {
      if (isNegated(doc, p.participleIndex)) continue;
      // Quote the whole subject phrase: "one of the inputs to the command was entered incorrectly".
      const from = Math.min(clauseStart(doc, p.auxIndex), p.subjectIndex ?? p.auxIndex);
      const faultWording = isFault(doc, p.subjectIndex) || isFault(doc, p.participleIndex) || isFault(doc, p.participleIndex + 1) || isFault(doc, p.participleIndex - 1);
      if (p.agent === 'none' && forms.has('passive') && faultWording) {
        hits.push(hitFromTokens(doc, Math.min(from, p.auxIndex), p.participleIndex + adverbAfter(doc, p.participleIndex) + 1, id));
      } else if (p.agent === 'explicit' && p.agentIndex !== null && forms.has('caused-by') && isFault(doc, p.agentIndex)) {
        hits.push(hitFromTokens(doc, Math.min(from, p.auxIndex), p.agentIndex + 1, id));
      }
    }
    const { tokens } = doc;
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t]!;
      if (reducedRelatives && (token.pos === 'NOUN' || token.pos === 'PROPN') && isFault(doc, t)) {
        const next = tokens[t + 1];
        const after = tokens[t + 2];
        if (next && after && next.sentence === token.sentence && next.pos === 'VERB' && !EVENT_VERBS.has(next.lemma) && isParticiple(next) && after.pos === 'ADP' && after.lower !== 'by') {
          hits.push(hitFromTokens(doc, t, t + 2, id));
        }
      }
      if (events && EVENT_VERBS.has(token.lemma)) {
        const floor = Math.max(doc.sentences[token.sentence]!.tokenStart, t - EVENT_REACH);
        for (let s = t - 1; s >= floor; s--) {
          const candidate = tokens[s]!;
          // Negation does not matter here: "this never should have happened" still has no agent.
          if (EVENT_SUBJECTS.has(candidate.lower) || isFault(doc, s)) {
            hits.push(hitFromTokens(doc, s, t + 1, id));
            break;
          }
          if (candidate.pos !== 'AUX' && candidate.pos !== 'ADV' && candidate.pos !== 'PART') break;
        }
      }
    }
    return hits;
  };
}

/** "entered incorrectly": the manner adverb belongs to the quote. */
function adverbAfter(doc: Doc, participle: number): number {
  const next = doc.tokens[participle + 1];
  return next && next.pos === 'ADV' && next.sentence === doc.tokens[participle]!.sentence && next.lower.endsWith('ly') ? 1 : 0;
}


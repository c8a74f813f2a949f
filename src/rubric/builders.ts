import type { CheckSpec } from './check-schema.js';
import type { AgentParams } from '../checks/kinds/agent.js';
import type { AgentlessParams } from '../checks/kinds/agentless.js';
import type { CommitmentParams } from '../checks/kinds/commitment.js';
import type { ConcreteParams } from '../checks/kinds/concreteness.js';
import type { PhraseParams } from '../checks/kinds/phrase.js';
import type { RubricInput } from './schema.js';

/**
 * TypeScript builders for rubric data. Each returns the plain object a JSON rubric holds,
 * so a rubric built in code and one read from a file are the same thing.
 *
 *   sameSentence(agent({ lexicon: 'apology-predicates' }), not(phrase({ lexicon: 'apology-diluters' })))
 */

type Options<T> = Omit<T, 'kind' | 'lexicon' | 'patterns'>;
/** A check written out (not the name of a named check). */
export type CheckObject = Exclude<CheckSpec, string>;

/** A string names a lexicon; an array holds token patterns written in place. */
function source(patternsOrLexicon: string | string[]): { lexicon: string } | { patterns: string[] } {
  return Array.isArray(patternsOrLexicon) ? { patterns: patternsOrLexicon } : { lexicon: patternsOrLexicon };
}

/** The lexicon matcher: `phrase('apology-mentions')` (a lexicon) or `phrase(['sorry for', '[regret]'])` (patterns). */
export function phrase(patternsOrLexicon: string | string[], options: Options<PhraseParams> = {}): PhraseParams {
  return { kind: 'phrase', ...source(patternsOrLexicon), ...options };
}

/** A predicate whose subject is the speaker: `agent('fault-acts')`. */
export function agent(patternsOrLexicon: string | string[], options: Options<AgentParams> = {}): AgentParams {
  return { kind: 'agent', ...source(patternsOrLexicon), ...options };
}

/** Agentless wording of the fault: `agentless('fault-words')`. */
export function agentless(faults: string, options: Omit<AgentlessParams, 'kind' | 'faults'> = {}): AgentlessParams {
  return { kind: 'agentless', faults, ...options };
}

/** A commitment by the speaker ("we will ...", "from now on"); frames and markers default to the built-in lexicons. */
export function commitment(options: Omit<CommitmentParams, 'kind'> = {}): CommitmentParams {
  return { kind: 'commitment', ...options };
}

/** Specifics: numbers, clock times, and the entries of an optional lexicon. */
export function concrete(options: Omit<ConcreteParams, 'kind'> = {}): ConcreteParams {
  return { kind: 'concrete', ...options };
}

type ListCheck<K extends 'any' | 'all' | 'sameSentence'> = { kind: K; id?: string; checks: CheckSpec[] };

export function any(...checks: CheckSpec[]): ListCheck<'any'> {
  return { kind: 'any', checks };
}

export function all(...checks: CheckSpec[]): ListCheck<'all'> {
  return { kind: 'all', checks };
}

export function sameSentence(...checks: CheckSpec[]): ListCheck<'sameSentence'> {
  return { kind: 'sameSentence', checks };
}

export function not(check: CheckSpec): { kind: 'not'; id?: string; check: CheckSpec } {
  return { kind: 'not', check };
}

/** Hits of `check` before the first hit of `reference`. */
export function before(check: CheckSpec, reference: CheckSpec): { kind: 'before'; id?: string; check: CheckSpec; reference: CheckSpec } {
  return { kind: 'before', check, reference };
}

/** Names a check: its hits carry this id as their evidence's `check`. */
export function named<T extends CheckObject>(id: string, check: T): T {
  return { ...check, id };
}

/** Types a rubric written in TypeScript; validate it with `parseRubric` or pass it to `score`. */
export function defineRubric(rubric: RubricInput): RubricInput {
  return rubric;
}

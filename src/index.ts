/**
 * apology-score: scores a crisis statement against the five-step apology rubric
 * (own up, acknowledge the effect, apologize, state the solution, prevent it) and explains
 * its verdict with quoted evidence.
 */
export { score, type ScoreOptions, type IgnoreRange } from './scoring/score.js';
export { StatementTooLargeError, DEFAULT_MAX_BYTES } from './scoring/size-limit.js';
export { passiveVoice, type PassiveHit } from './checks/passive-voice.js';
export type { Verdict, StepResult, Finding, Evidence, Strength, StepStatus, Severity, Lang } from './verdict.js';
export { analyzeEnglish } from './analysis/analyze-en.js';
export type { Doc, Token, Sentence, Pos } from './analysis/doc.js';
export { parseRubric, resolveRubric, builtinRubricIds } from './rubric/load.js';
export { RubricSchema, type Rubric, type RubricInput, type Step, type AntiPattern } from './rubric/schema.js';
export type { CheckSpec } from './rubric/check-schema.js';
export { RubricError, type RubricProblem } from './rubric/rubric-error.js';
export { BUILTIN_RUBRICS } from './rubric/builtin-rubrics.js';
export { BUILTIN_LEXICONS } from './rubric/builtin-lexicons.js';
export type { Lexicon, LexiconEntry } from './rubric/lexicon.js';
export { PatternSyntaxError } from './checks/token-pattern.js';
export * from './rubric/builders.js';

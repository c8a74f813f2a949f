import { describe, expect, it } from 'vitest';
import { analyzeEnglish } from '../src/analysis/analyze-en.js';
import type { Pos, Token } from '../src/analysis/doc.js';
import {
  inflections,
  MAX_REPEAT,
  parsePattern,
  patternAnchor,
  PatternSyntaxError,
  type CompiledPattern,
  type PatternElement,
} from '../src/checks/token-pattern.js';
import { PatternProgram } from '../src/checks/pattern-program.js';
import { runCheck } from './helpers/run-check.js';

/**
 * Synthetic tokens, one sentence: "word/POS/lemma" (POS defaults to X, lemma to the word).
 * Lets matchAt be tested without depending on how wink tags a sentence.
 */
function tokens(spec: string): Token[] {
  return spec.split(' ').map((item, i) => {
    const [word, pos = 'X', lemma = word.toLowerCase()] = item.split('/') as [string, string?, string?];
    return { i, start: 0, end: 0, text: word, lower: word.toLowerCase(), lemma, pos: pos as Pos, negated: false, sentence: 0 };
  });
}

/** The pattern compiled alone (as the matcher compiles it) and matched from `from`, with `limit` as the sentence's end. */
function matchAt(pattern: CompiledPattern, toks: Token[], from: number, limit: number): number {
  const program = new PatternProgram();
  const at = program.add(pattern);
  program.finish();
  return program.matchAt(at, program.codes(toks), from, limit);
}

/** matchAt from `from` with the whole token list as the sentence. */
function end(pattern: string, spec: string, from = 0): number {
  const toks = tokens(spec);
  return matchAt(parsePattern(pattern), toks, from, toks.length);
}

/** A lemma test carries the lemma's inflections (matched by behaviour below). */
const lemma = (value: string) => ({ type: 'lemma' as const, value, forms: inflections(value) });

const one = (tests: PatternElement['tests'], more: Partial<PatternElement> = {}): PatternElement => ({ tests, negate: false, min: 1, max: 1, ...more });

describe('parsePattern: syntax', () => {
  it.each<{ source: string; elements: PatternElement[] }>([
    { source: 'sorry', elements: [one([{ type: 'word', value: 'sorry' }])] },
    // Words are lower-cased and typographic apostrophes folded, as token.lower is.
    { source: 'Sorry', elements: [one([{ type: 'word', value: 'sorry' }])] },
    { source: 'n’t', elements: [one([{ type: 'word', value: "n't" }])] },
    { source: '[apologize]', elements: [one([lemma('apologize')])] },
    { source: '[Push|SEND]', elements: [one([lemma('push'), lemma('send')])] },
    { source: '<ADV>', elements: [one([{ type: 'pos', values: ['ADV'] }])] },
    { source: '<noun|Propn>', elements: [one([{ type: 'pos', values: ['NOUN', 'PROPN'] }])] },
    { source: '_', elements: [one([{ type: 'any' }])] },
    { source: '!than', elements: [one([{ type: 'word', value: 'than' }], { negate: true })] },
    { source: 'a|[b]|<ADJ>', elements: [one([{ type: 'word', value: 'a' }, lemma('b'), { type: 'pos', values: ['ADJ'] }])] },
    { source: 'a|[b|c]|<NOUN|VERB>', elements: [one([{ type: 'word', value: 'a' }, lemma('b'), lemma('c'), { type: 'pos', values: ['NOUN', 'VERB'] }])] },
    {
      source: 'sorry for?',
      elements: [one([{ type: 'word', value: 'sorry' }]), one([{ type: 'word', value: 'for' }], { min: 0 })],
    },
    {
      source: 'very <ADJ>*',
      elements: [one([{ type: 'word', value: 'very' }]), one([{ type: 'pos', values: ['ADJ'] }], { min: 0, max: MAX_REPEAT })],
    },
    {
      source: 'we !not? [make]',
      elements: [
        one([{ type: 'word', value: 'we' }]),
        one([{ type: 'word', value: 'not' }], { negate: true, min: 0 }),
        one([lemma('make')]),
      ],
    },
    {
      source: '  we   [make]  _? mistake ',
      elements: [
        one([{ type: 'word', value: 'we' }]),
        one([lemma('make')]),
        one([{ type: 'any' }], { min: 0 }),
        one([{ type: 'word', value: 'mistake' }]),
      ],
    },
    // A lone modifier character is a literal token (punctuation), not a modifier.
    { source: '?', elements: [one([{ type: 'word', value: '?' }])] },
    { source: '!', elements: [one([{ type: 'word', value: '!' }])] },
  ])('parses "$source"', ({ source, elements }) => {
    const pattern = parsePattern(source);
    expect(pattern.elements).toStrictEqual(elements);
    expect(pattern.source).toBe(source);
  });

  it('bounds `*` at four repetitions', () => {
    expect(MAX_REPEAT).toBe(4);
    expect(parsePattern('a _*').elements[1]).toMatchObject({ min: 0, max: 4 });
  });
});

describe('parsePattern: syntax errors', () => {
  it.each<{ source: string; message: string }>([
    { source: '', message: 'empty pattern' },
    { source: '   ', message: 'empty pattern' },
    { source: '[', message: 'bad lemma "["' },
    { source: '[]', message: 'bad lemma "[]"' },
    { source: '[apologize', message: 'bad lemma "[apologize"' },
    { source: 'apologize]', message: 'bad lemma "apologize]"' },
    { source: '[a||b]', message: 'bad lemma "[a||b]"' },
    { source: '[<ADV>]', message: 'bad lemma "[<ADV>]"' },
    { source: '<>', message: 'bad part of speech "<>"' },
    { source: '<ADV', message: 'bad part of speech "<ADV"' },
    { source: 'ADV>', message: 'bad part of speech "ADV>"' },
    { source: 'a<b', message: 'stray bracket in "a<b"' },
    { source: 'a||b', message: 'empty alternative in "a||b"' },
    { source: '|sorry', message: 'empty alternative in "|sorry"' },
    { source: 'sorry|', message: 'empty alternative in "sorry|"' },
    { source: 'x? y?', message: 'every element is optional' },
    { source: '<ADJ>* _?', message: 'every element is optional' },
    { source: '!than?', message: 'every element is optional' },
    // The error names the whole pattern even when one element of several is bad.
    { source: 'we [make mistake', message: 'bad lemma "[make"' },
  ])('rejects "$source": $message', ({ source, message }) => {
    let error: unknown;
    try {
      parsePattern(source);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PatternSyntaxError);
    expect(error).toBeInstanceOf(Error);
    const e = error as PatternSyntaxError;
    expect(e.name).toBe('PatternSyntaxError');
    expect(e.pattern).toBe(source);
    expect(e.message).toBe(`Invalid token pattern "${source}": ${message}`);
  });
});

describe('matchAt', () => {
  it('matches words, lemmas, parts of speech and "any", returning the exclusive end', () => {
    expect(end('we made a mistake', 'we made a mistake .')).toBe(4);
    expect(end('we [make] _ mistake', 'we made/VERB/make a mistake')).toBe(4);
    expect(end('<PRON> [make] <DET> <NOUN>', 'we/PRON made/VERB/make a/DET mistake/NOUN')).toBe(4);
  });

  it('returns -1 when the pattern does not match at `from`', () => {
    expect(end('we made', 'they made a mistake')).toBe(-1);
    expect(end('made a mistake', 'we made a mistake')).toBe(-1);
    expect(end('made a mistake', 'we made a mistake', 1)).toBe(4);
  });

  it('keeps word and lemma apart: a word matches only its own form, a lemma every form', () => {
    expect(end('apologize', 'apologized/VERB/apologize')).toBe(-1);
    expect(end('[apologize]', 'apologized/VERB/apologize')).toBe(1);
    // A lemma also matches the word itself when wink gives it another lemma.
    expect(end('[sorry]', 'sorry/ADJ/sorri')).toBe(1);
  });

  it('takes an inflected form a tagger left unlemmatized, only when the token is its own lemma', () => {
    expect(end('[offend]', 'offended/ADJ')).toBe(1);
    expect(end('[mistake]', 'Mistakes/PROPN')).toBe(1);
    expect(end('[apologize]', 'apologies/NOUN')).toBe(-1);
    // Given another lemma, the token is judged by that lemma, known to the patterns or not.
    expect(end('[offend]', 'offended/VERB/offence')).toBe(-1);
    expect(end('[offend]', 'offended/VERB/zzz')).toBe(-1);
    expect(end('offended', 'offended/VERB/zzz')).toBe(1);
  });

  it('matches an alternative of any type', () => {
    for (const spec of ['regret', 'apologized/VERB/apologize', 'deeply/ADV']) expect(end('regret|[apologize]|<ADV>', spec)).toBe(1);
    expect(end('regret|[apologize]|<ADV>', 'thanks/NOUN')).toBe(-1);
  });

  it('negates an element: !x matches any one token but x', () => {
    expect(end('!than sorry', 'truly sorry')).toBe(2);
    expect(end('!than sorry', 'than sorry')).toBe(-1);
    expect(end('!<ADV> sorry', 'deeply/ADV sorry')).toBe(-1);
  });

  it('takes the longest match: optional and repeated elements are greedy', () => {
    expect(end('sorry for?', 'sorry for the delay')).toBe(2);
    expect(end('sorry for?', 'sorry about the delay')).toBe(1);
    expect(end('we <ADV>* [make] <DET>? <ADJ>* mistake', 'we/PRON really/ADV truly/ADV made/VERB/make a/DET big/ADJ costly/ADJ mistake/NOUN')).toBe(8);
    expect(end('we <ADV>* [make] <DET>? <ADJ>* mistake', 'we/PRON made/VERB/make mistake/NOUN')).toBe(3);
  });

  it('backs off a greedy element when what follows needs its tokens', () => {
    // <ADJ>* first takes both adjectives, then gives "red" back to <ADJ|NOUN>.
    expect(end('<ADJ>* <ADJ|NOUN>', 'big/ADJ red/ADJ')).toBe(2);
    expect(end('<ADJ>* <ADJ|NOUN>', 'big/ADJ red/ADJ car/NOUN')).toBe(3);
    expect(end('_* down', 'let you down')).toBe(3);
    expect(end('[let] _? _? down', 'let/VERB/let our riders down')).toBe(4);
    expect(end('[let] _? _? down', 'let/VERB/let down')).toBe(2);
  });

  it(`repeats \`*\` at most MAX_REPEAT (${MAX_REPEAT}) times`, () => {
    const fillers = (n: number) => Array.from({ length: n }, () => 'x').join(' ');
    expect(end('a x* b', `a ${fillers(MAX_REPEAT)} b`)).toBe(MAX_REPEAT + 2);
    expect(end('a x* b', `a ${fillers(MAX_REPEAT + 1)} b`)).toBe(-1);
    expect(end('a _* b', `a ${fillers(MAX_REPEAT + 1)} b`)).toBe(-1);
    // With nothing required after it, `*` stops at the bound: the rest is left unmatched.
    expect(end('a x*', `a ${fillers(10)}`)).toBe(1 + MAX_REPEAT);
    expect(end('a x*', 'a')).toBe(1);
  });

  it('never reads at or past `limit`', () => {
    const toks = tokens('we made a mistake');
    const pattern = parsePattern('we made a mistake');
    expect(matchAt(pattern, toks, 0, 4)).toBe(4);
    expect(matchAt(pattern, toks, 0, 3)).toBe(-1);
    // Repetition stops at the limit too.
    expect(matchAt(parsePattern('we _*'), toks, 0, 2)).toBe(2);
    expect(matchAt(parsePattern('we _* mistake'), toks, 0, 3)).toBe(-1);
  });

  it('does not cross a sentence boundary in a real doc', () => {
    const doc = analyzeEnglish('We failed. Sorry about that.');
    const first = doc.sentences[0]!;
    const pattern = parsePattern('[fail] _? sorry');
    const failed = doc.tokens.findIndex((t) => t.lower === 'failed');
    // Across the whole doc the pattern would match "failed . Sorry" ...
    expect(matchAt(pattern, doc.tokens, failed, doc.tokens.length)).toBe(failed + 3);
    // ... but a sentence is the limit.
    expect(matchAt(pattern, doc.tokens, failed, first.tokenEnd)).toBe(-1);
  });
});

describe('lexicon patterns in checks', () => {
  it('never match across sentences', () => {
    expect(runCheck({ kind: 'phrase', patterns: ['[fail] _? sorry'] }, 'We failed. Sorry about that.')).toEqual([]);
    expect(runCheck({ kind: 'phrase', patterns: ['[fail] _? sorry'] }, 'We failed, sorry about that.')).toEqual(['failed, sorry']);
    expect(runCheck({ kind: 'phrase', patterns: ['[let] _* down'] }, 'We let you. Down the road we will do better.')).toEqual([]);
  });

  it('report the longest match per start, and nested matches from later starts', () => {
    expect(runCheck({ kind: 'phrase', patterns: ['sorry', 'sorry for', 'sorry for the delay'] }, 'We are sorry for the delay.')).toEqual(['sorry for the delay']);
    expect(runCheck({ kind: 'phrase', patterns: ['deeply sorry', 'sorry'] }, 'We are deeply sorry.')).toEqual(['deeply sorry', 'sorry']);
  });
});

describe('patternAnchor', () => {
  const at = (keys: string[], minOffset: number, maxOffset = minOffset) => ({ keys, minOffset, maxOffset });
  const push = ['l:push', 'w:push', 'w:pushs', 'w:pushes', 'w:pushed', 'w:pushd', 'w:pushing'];
  it.each<{ source: string; anchor: ReturnType<typeof at> | null }>([
    { source: 'sorry for', anchor: at(['w:sorry'], 0) },
    // A lemma is filed under its regular inflections too: the lemma test accepts an unlemmatized "pushed".
    { source: '[push]', anchor: at(push, 0) },
    { source: 'sorry|apologies to', anchor: at(['w:sorry', 'w:apologies'], 0) },
    { source: 'x|y c', anchor: at(['w:x', 'w:y'], 0) },
    // A literal element that is not a common function word is the better anchor, wherever it is.
    { source: 'a|the c', anchor: at(['w:c'], 1) },
    { source: '<PRON> [push]', anchor: at(push, 1) },
    { source: '[be] committed to', anchor: at(['w:committed'], 1) },
    { source: '!than sorry', anchor: at(['w:sorry'], 1) },
    { source: 'a|<ADV> sorry', anchor: at(['w:sorry'], 1) },
    { source: '<ADV>* sorry', anchor: at(['w:sorry'], 0, 4) },
    { source: 'deeply? sorry', anchor: at(['w:sorry'], 0, 1) },
    { source: '<NOUN> <NOUN|CCONJ>* [be] not|n\'t', anchor: at(['w:not', "w:n't"], 2, 6) },
    // Without a rarer element: a common word, then a part of speech.
    { source: 'the <NOUN>', anchor: at(['w:the'], 0) },
    { source: '<NOUN> <VERB>', anchor: at(['p:NOUN'], 0) },
    { source: '_? <ADJ>', anchor: at(['p:ADJ'], 0, 1) },
    // Tried at every token: no required element has keys.
    { source: '_ _', anchor: null },
    { source: '!than !sorry', anchor: null },
    { source: 'deeply? _', anchor: null },
  ])('"$source"', ({ source, anchor }) => {
    expect(patternAnchor(parsePattern(source))).toStrictEqual(anchor);
  });
});

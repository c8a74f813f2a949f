/**
 * Bad input: every case gets a clear error or a valid verdict, with nothing lost and exact spans.
 * No timing is asserted here (that is `npm run bench`); the big inputs only have to finish.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, score, StatementTooLargeError, type Verdict } from 'apology-score';
import { expectValidVerdict as expectValid } from './helpers/verdict.js';

const APOLOGY = 'We made a mistake and we are sorry.';

/** The apology of `APOLOGY` is found, and its evidence quotes it where it stands in `text`. */
function expectApologyFound(text: string, verdict: Verdict): void {
  const apologize = verdict.steps[2]!;
  expect(apologize.status).toBe('met');
  const at = text.indexOf(APOLOGY);
  expect(at).toBeGreaterThanOrEqual(0);
  const start = at + APOLOGY.indexOf('we are sorry');
  expect(apologize.evidence).toContainEqual(expect.objectContaining({ start, end: start + 'we are sorry'.length, text: 'we are sorry' }));
  expect(verdict.steps[0]!.status).toBe('met'); // "We made a mistake"
}

/** Every C0 control but tab, line feed and carriage return, DEL and every C1 control. */
const CONTROLS =
  Array.from({ length: 32 }, (_, i) => String.fromCharCode(i))
    .filter((c) => !'\t\n\r'.includes(c))
    .join('') +
  '\u007f' +
  Array.from({ length: 32 }, (_, i) => String.fromCharCode(0x80 + i)).join('');

describe('empty and blank statements', () => {
  it.each([
    ['empty', ''],
    ['blank', '   \n\t'],
    ['only line breaks and odd spaces', '\r\n\r\n\u00a0\u2028\u3000\f\v'],
  ])('%s: a valid verdict, score 0, grade F, a summary that says it is empty', (_, text) => {
    const verdict = score(text);
    expectValid(text, verdict);
    expect(verdict.score).toBe(0);
    expect(verdict.grade).toBe('F');
    expect(verdict.steps.every((s) => s.status === 'missing' && s.evidence.length === 0)).toBe(true);
    expect(verdict.findings).toEqual([]);
    expect(verdict.summary).toMatch(/empty/);
  });
});

describe('a statement that is not a string', () => {
  it.each([
    ['undefined', undefined, /got undefined\b/],
    ['null', null, /got null\b/],
    ['a number', 42, /got (a )?number\b/],
    ['an object', {}, /got an object\b/],
    ['an array', [], /got an array\b/],
    ['a Buffer', Buffer.from(APOLOGY), /got a Buffer\b/],
  ])('%s: a TypeError naming what was passed', (_, value, named) => {
    let error: unknown;
    try {
      score(value as unknown as string);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toMatch(/^score\(\) expects the statement as a string/);
    expect((error as TypeError).message).toMatch(named);
  });
});

/** What score() throws for `text`, or undefined. */
function thrown(text: string, maxBytes?: number): unknown {
  try {
    score(text, maxBytes === undefined ? {} : { maxBytes });
  } catch (e) {
    return e;
  }
  return undefined;
}

/** A StatementTooLargeError with this size and limit, both numbers in its message. */
function expectTooLarge(error: unknown, size: number, limit: number): void {
  expect(error).toBeInstanceOf(StatementTooLargeError);
  expect(error).toBeInstanceOf(RangeError);
  const e = error as StatementTooLargeError;
  expect(e.name).toBe('StatementTooLargeError');
  expect(e.size).toBe(size);
  expect(e.limit).toBe(limit);
  // The number as digits or with thousands separators, not part of another number (nor of "UTF-8").
  const written = (n: number) => new RegExp(`(?<![\\d,.-])(${n}|${n.toLocaleString('en-US')})(?![\\d,]\\d)`);
  expect(e.message).toMatch(written(size));
  expect(e.message).toMatch(written(limit));
}

describe('the size limit', () => {
  it('is 1 MiB by default', () => {
    expect(DEFAULT_MAX_BYTES).toBe(1_048_576);
  });

  it('refuses a statement one byte over the default limit with a typed error naming the size and the limit', () => {
    expectTooLarge(thrown('a'.repeat(DEFAULT_MAX_BYTES + 1)), DEFAULT_MAX_BYTES + 1, DEFAULT_MAX_BYTES);
  });

  it('counts UTF-8 bytes, not characters: 349,526 × "€" is 1,048,578 bytes', () => {
    expectTooLarge(thrown('€'.repeat(349_526)), 1_048_578, DEFAULT_MAX_BYTES);
  });

  it('scores a statement of exactly the default limit', () => {
    const text = 'a '.repeat(DEFAULT_MAX_BYTES / 2);
    expect(Buffer.byteLength(text)).toBe(DEFAULT_MAX_BYTES);
    expectValid(text, score(text));
  });

  // [text, its UTF-8 size]: "é" is 2 bytes, "€" 3, an emoji 4 (two UTF-16 units), a lone surrogate 3 (as U+FFFD).
  it.each([
    ['ascii', 'sorry', 5],
    ['é', 'désolé', 8],
    ['€', '€5 €5', 9],
    ['emoji', 'sorry 😔', 10],
    ['lone high surrogate', 'sorry \ud800', 9],
    ['lone low surrogate', '\udc00 sorry', 9],
    ['reversed pair: two lone surrogates', '\udc00\ud800', 6],
    ['a mix', 'a é € 😀 \ud800', 17],
  ])('a custom maxBytes, %s: just under passes, just over throws', (_, text, size) => {
    expect(Buffer.byteLength(text)).toBe(size); // the test's own arithmetic
    expectValid(text, score(text, { maxBytes: size }));
    expectValid(text, score(text, { maxBytes: size + 1 }));
    expectTooLarge(thrown(text, size - 1), size, size - 1);
  });

  it('a custom maxBytes of 0 still takes the empty statement', () => {
    expect(score('', { maxBytes: 0 }).score).toBe(0);
    expectTooLarge(thrown(' ', 0), 1, 0);
  });

  it('a custom maxBytes above the default scores a longer statement', () => {
    const text = 'We are sorry. '.repeat(80_000); // 1,120,000 bytes
    expectTooLarge(thrown(text), 1_120_000, DEFAULT_MAX_BYTES);
    const verdict = score(text, { maxBytes: 2_000_000 });
    expectValid(text, verdict);
    expect(verdict.steps[2]!.status).toBe('met');
  });

  it('refuses a maxBytes that is not a number >= 0', () => {
    expect(() => score('sorry', { maxBytes: -1 })).toThrow(RangeError);
    expect(() => score('sorry', { maxBytes: Number.NaN })).toThrow(RangeError);
  });
});

describe('odd characters: valid verdicts with exact spans', () => {
  it('control characters, around and inside the text', () => {
    const around = `${CONTROLS} ${APOLOGY} ${CONTROLS}`;
    const verdict = score(around);
    expectValid(around, verdict);
    expectApologyFound(around, verdict);
    for (const text of [CONTROLS, 'We made\u0000 a mistake\u0007 and we\u001b are sorry.\u0085', CONTROLS.split('').join('sorry ')]) {
      expectValid(text, score(text));
    }
  });

  it('words joined by invisible characters (controls, zero-width spaces, bidi marks) are still read', () => {
    for (const joiner of ['\u0000', '\u001b', '\u0085', '\u200b', '\u200f', '\u2060', '\ufeff', '\u202e']) {
      const text = APOLOGY.replaceAll(' ', joiner);
      const verdict = score(text);
      expectValid(text, verdict);
      const start = text.indexOf(`we${joiner}are`);
      // The quote is the text as given, invisible characters included.
      expect(verdict.steps[2]!.evidence, JSON.stringify(joiner)).toContainEqual(expect.objectContaining({ start, text: `we${joiner}are${joiner}sorry` }));
      expect(verdict.steps[0]!.status).toBe('met');
    }
  });

  it('lone surrogates, around and inside words', () => {
    const around = `\ud800${APOLOGY}\udc00 \udbff`;
    const verdict = score(around);
    expectValid(around, verdict);
    expectApologyFound(around, verdict);
    for (const text of ['\ud800', '\udc00\ud800\udc00\ud800', 'We made a mis\udc00take and we are sor\ud800ry.', '\ud83d We \ude00 are sorry.']) {
      expectValid(text, score(text));
    }
  });

  it('CRLF and lone CR line breaks', () => {
    for (const text of [
      `Our update crashed your computers.\r\n${APOLOGY}\r\n\r\nWe have fixed the bug.\r\n`,
      `Our update crashed your computers.\r${APOLOGY}\r\rWe have fixed the bug.\r`,
      `\r\n\r\n${APOLOGY}`,
    ]) {
      const verdict = score(text);
      expectValid(text, verdict);
      expectApologyFound(text, verdict);
    }
  });

  it('emoji: astral characters, ZWJ sequences, flags, skin tones and variation selectors', () => {
    for (const text of [
      `😀🙏 ${APOLOGY} 💔`,
      `👨‍👩‍👧‍👦 🇫🇷 👍🏽 ❤️ ${APOLOGY} 🙇‍♂️`,
      `🙏🙏🙏${APOLOGY}🙏🙏🙏`,
    ]) {
      const verdict = score(text);
      expectValid(text, verdict);
      expectApologyFound(text, verdict);
    }
    const inside = 'We made a mistake 😔 and we are sorry 🙏.';
    expectValid(inside, score(inside));
  });

  it('right-to-left text: Arabic and Hebrew mixed with English, and bidi control marks', () => {
    for (const text of [
      `نحن آسفون جدا. ${APOLOGY} אנחנו מצטערים.`,
      `\u202eשלום\u202c \u200f${APOLOGY}\u200e مرحبا بالعالم`,
      `\u2067مرحبا\u2069 ${APOLOGY} \u2066hello\u2069`,
    ]) {
      const verdict = score(text);
      expectValid(text, verdict);
      expectApologyFound(text, verdict);
    }
    const inside = 'We made a mistake (خطأ) and we are sorry (סליחה).';
    expectValid(inside, score(inside));
  });
});

describe('big inputs: valid verdicts (times are measured by npm run bench, not here)', () => {
  it('200,000 characters without a space, between two sentences of an apology', () => {
    const text = `We are sorry. ${'x'.repeat(200_000)} ${APOLOGY}`;
    const verdict = score(text);
    expectValid(text, verdict);
    expectApologyFound(text, verdict);
  });

  it('one sentence of 300,000 words', () => {
    const words = ['we', 'are', 'sorry', 'and', 'I', 'a', 'to', 'it', 'be', 'so'];
    const text = Array.from({ length: 300_000 }, (_, i) => words[i % words.length]).join(' ') + '.';
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(DEFAULT_MAX_BYTES);
    const verdict = score(text);
    expectValid(text, verdict);
    expect(verdict.steps[2]!.status).not.toBe('missing');
  });
});

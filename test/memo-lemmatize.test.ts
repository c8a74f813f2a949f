import { describe, expect, it } from 'vitest';
import { memoizedLemmatize, type Lemmatize } from '../src/analysis/memo-lemmatize.js';

/** A lemmatizer that records its calls: cuts a final "s" from nouns and "ed" from verbs. */
function recording() {
  const calls: string[] = [];
  const lemmatize: Lemmatize = (value, pos) => {
    calls.push(`${pos} ${value}`);
    if (pos === 'NOUN') return value.replace(/s$/, '');
    if (pos === 'VERB') return value.replace(/ed$/, '');
    return value;
  };
  return { calls, lemmatize };
}

describe('memoizedLemmatize', () => {
  it('asks the lemmatizer once per word and tag, and answers as it did', () => {
    const { calls, lemmatize } = recording();
    const memo = memoizedLemmatize(lemmatize);
    expect([memo('outages', 'NOUN', null), memo('outages', 'NOUN', null), memo('failed', 'VERB', null), memo('failed', 'VERB', null)]).toEqual(['outage', 'outage', 'fail', 'fail']);
    expect(calls).toEqual(['NOUN outages', 'VERB failed']);
  });

  it('keeps the same word under different tags apart', () => {
    const { calls, lemmatize } = recording();
    const memo = memoizedLemmatize(lemmatize);
    expect([memo('updates', 'NOUN', null), memo('updates', 'VERB', null), memo('updates', 'ADJ', null)]).toEqual(['update', 'updates', 'updates']);
    expect(calls).toEqual(['NOUN updates', 'VERB updates', 'ADJ updates']);
  });

  it('starts again when it holds `limit` words, and still answers right', () => {
    const { calls, lemmatize } = recording();
    const memo = memoizedLemmatize(lemmatize, 2);
    memo('systems', 'NOUN', null);
    memo('crashed', 'VERB', null);
    // Full: the third word empties the memo, then is remembered alone.
    expect(memo('hosts', 'NOUN', null)).toBe('host');
    expect(memo('hosts', 'NOUN', null)).toBe('host');
    expect(memo('systems', 'NOUN', null)).toBe('system');
    expect(calls).toEqual(['NOUN systems', 'VERB crashed', 'NOUN hosts', 'NOUN systems']);
  });
});

/** The model's lemmatizer as wink calls it: a word, its tag and wink's lexicon cache. */
export type Lemmatize = (value: string, pos: string, cache: unknown) => string;

/** Most words a memo keeps before it starts again; a statement has a few dozen that reach the lemmatizer. */
export const MEMO_LIMIT = 10_000;

/**
 * The model's lemmatizer with a memo per tag. wink lemmatizes every verb, noun and adjective
 * that its lexicon has no single lemma for, with regular expressions and lexicon lookups, at
 * each read; the same words come back statement after statement. The answer depends only on
 * the word and its tag: the lemmatizer reads fixed exception lists and the model's own words
 * (never words a read added to the cache), so a remembered lemma is the one it would give again.
 */
export function memoizedLemmatize(lemmatize: Lemmatize, limit = MEMO_LIMIT): Lemmatize {
  const byPos = new Map<string, Map<string, string>>();
  let size = 0;
  return (value, pos, cache) => {
    let memo = byPos.get(pos);
    if (memo === undefined) byPos.set(pos, (memo = new Map()));
    let lemma = memo.get(value);
    if (lemma === undefined) {
      lemma = lemmatize(value, pos, cache);
      if (size >= limit) {
        for (const m of byPos.values()) m.clear();
        size = 0;
      }
      memo.set(value, lemma);
      size++;
    }
    return lemma;
  };
}

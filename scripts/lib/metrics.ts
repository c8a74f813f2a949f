/**
 * Agreement and accuracy figures for `scripts/eval.ts`: how close the scorer's step labels,
 * anti-pattern findings and scores come to the gold labels of the corpus. Pure functions without
 * dependencies, so that each figure can be checked by hand against textbook values
 * (`test/metrics.test.ts`).
 *
 * Conventions shared by all functions:
 * - Paired inputs must have the same length, or a RangeError is thrown.
 * - A figure that is undefined for the input (no items, zero variance, 0/0) is NaN, never a
 *   made-up 0 or 1. `JSON.stringify` writes NaN as null.
 */

function assertPaired(a: readonly unknown[], b: readonly unknown[], what: string): void {
  if (a.length !== b.length) {
    throw new RangeError(`${what}: the two lists differ in length (${a.length} and ${b.length})`);
  }
}

/** Share of items on which the two raters give the same value, 0..1. NaN for no items. */
export function exactAgreement(a: readonly number[], b: readonly number[]): number {
  assertPaired(a, b, 'exactAgreement');
  if (a.length === 0) return NaN;
  let same = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] === b[i]) same += 1;
  return same / a.length;
}

/**
 * Cohen's kappa with quadratic weights (Cohen 1968; Fleiss & Cohen 1973) for ordinal ratings.
 *
 * With k ordered categories, the disagreement weight of the pair (i, j) is
 * w(i,j) = (i − j)² / (k − 1)², O is the table of observed pair proportions and E the table the two
 * raters' marginals predict by chance (E(i,j) = row share i × column share j):
 *
 *     κ = 1 − Σ w·O / Σ w·E
 *
 * Degenerate case: Σ w·E = 0 happens only when both raters put every item in one and the same
 * category; kappa is then 0/0. We return 1 when the two raters agree on every item and 0 otherwise
 * (the second branch can't be reached with consistent inputs, but is defined rather than NaN).
 * A run of a scorer that gives the same label as the gold on every item, even a single-category
 * gold, thus scores 1. NaN for no items. A rating not among `categories` throws a RangeError.
 */
export function quadraticWeightedKappa(
  a: readonly number[],
  b: readonly number[],
  categories: readonly number[] = [0, 1, 2],
): number {
  assertPaired(a, b, 'quadraticWeightedKappa');
  if (categories.length < 2) throw new RangeError('quadraticWeightedKappa: needs at least two categories');
  if (a.length === 0) return NaN;
  const k = categories.length;
  const index = new Map(categories.map((c, i) => [c, i] as const));
  const indexOf = (v: number): number => {
    const i = index.get(v);
    if (i === undefined) throw new RangeError(`quadraticWeightedKappa: rating ${v} is not one of ${categories.join(', ')}`);
    return i;
  };
  const n = a.length;
  const observed = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const rowTotals = new Array<number>(k).fill(0);
  const colTotals = new Array<number>(k).fill(0);
  let agree = true;
  for (let t = 0; t < n; t += 1) {
    const i = indexOf(a[t] as number);
    const j = indexOf(b[t] as number);
    (observed[i] as number[])[j] = ((observed[i] as number[])[j] as number) + 1;
    rowTotals[i] = (rowTotals[i] as number) + 1;
    colTotals[j] = (colTotals[j] as number) + 1;
    if (i !== j) agree = false;
  }
  let observedDisagreement = 0;
  let expectedDisagreement = 0;
  for (let i = 0; i < k; i += 1) {
    for (let j = 0; j < k; j += 1) {
      const w = ((i - j) * (i - j)) / ((k - 1) * (k - 1));
      observedDisagreement += (w * ((observed[i] as number[])[j] as number)) / n;
      expectedDisagreement += (w * (rowTotals[i] as number) * (colTotals[j] as number)) / (n * n);
    }
  }
  if (expectedDisagreement === 0) return agree ? 1 : 0;
  return 1 - observedDisagreement / expectedDisagreement;
}

/** Ranks 1..n, ties sharing the mean of the ranks they span ("fractional ranking"). */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((p, q) => p.v - q.v);
  const ranks = new Array<number>(values.length).fill(0);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && (order[end + 1] as { v: number }).v === (order[start] as { v: number }).v) end += 1;
    const rank = (start + end) / 2 + 1;
    for (let p = start; p <= end; p += 1) ranks[(order[p] as { i: number }).i] = rank;
    start = end + 1;
  }
  return ranks;
}

/** Pearson's correlation coefficient. NaN for fewer than two items or a list without variance. */
export function pearson(x: readonly number[], y: readonly number[]): number {
  assertPaired(x, y, 'pearson');
  const n = x.length;
  if (n < 2) return NaN;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i += 1) {
    mx += x[i] as number;
    my += y[i] as number;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return NaN;
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * Spearman's rank correlation: Pearson's r on the ranks, ties given their average rank (so it
 * stays exact with ties, unlike the 1 − 6Σd²/(n(n²−1)) shortcut). NaN for fewer than two items or
 * when either list is constant.
 */
export function spearman(x: readonly number[], y: readonly number[]): number {
  assertPaired(x, y, 'spearman');
  return pearson(averageRanks(x), averageRanks(y));
}

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  /** tp / (tp + fp); NaN when nothing was predicted. */
  precision: number;
  /** tp / (tp + fn); NaN when there was nothing to find. */
  recall: number;
  /** 2tp / (2tp + fp + fn), the harmonic mean of precision and recall; NaN when all counts are 0. */
  f1: number;
}

export interface LabelPRF extends PRF {
  /** How many items have the label in the gold (tp + fn). */
  support: number;
}

export interface PRFReport extends PRF {
  /** Per label, in `options.labels` order, else sorted by label. */
  perLabel: Record<string, LabelPRF>;
}

function prf(tp: number, fp: number, fn: number): PRF {
  return {
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? NaN : tp / (tp + fp),
    recall: tp + fn === 0 ? NaN : tp / (tp + fn),
    f1: tp + fp + fn === 0 ? NaN : (2 * tp) / (2 * tp + fp + fn),
  };
}

/**
 * Multi-label precision, recall and F1: item t has the gold labels `gold[t]` and the predicted
 * labels `predicted[t]`. Counts are pooled over items and labels (micro average), and also given
 * per label. With `options.labels`, only those labels count (others are ignored) and every one of
 * them gets a per-label row, even with no occurrences.
 */
export function precisionRecallF1(
  gold: readonly ReadonlySet<string>[],
  predicted: readonly ReadonlySet<string>[],
  options: { labels?: readonly string[] } = {},
): PRFReport {
  assertPaired(gold, predicted, 'precisionRecallF1');
  const allowed = options.labels ? new Set(options.labels) : undefined;
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  for (const label of options.labels ?? []) counts.set(label, { tp: 0, fp: 0, fn: 0 });
  const countsOf = (label: string) => {
    let c = counts.get(label);
    if (!c) counts.set(label, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  for (let t = 0; t < gold.length; t += 1) {
    const g = gold[t] as ReadonlySet<string>;
    const p = predicted[t] as ReadonlySet<string>;
    for (const label of g) {
      if (allowed && !allowed.has(label)) continue;
      if (p.has(label)) countsOf(label).tp += 1;
      else countsOf(label).fn += 1;
    }
    for (const label of p) {
      if (allowed && !allowed.has(label)) continue;
      if (!g.has(label)) countsOf(label).fp += 1;
    }
  }
  const labels = options.labels ? [...new Set(options.labels)] : [...counts.keys()].sort();
  const perLabel: Record<string, LabelPRF> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const label of labels) {
    const c = counts.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    perLabel[label] = { ...prf(c.tp, c.fp, c.fn), support: c.tp + c.fn };
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { ...prf(tp, fp, fn), perLabel };
}

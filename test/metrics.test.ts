/**
 * The evaluation figures, checked against values computed by hand or published with a worked
 * example, so that `npm run eval` can be trusted before the scorer is.
 */
import { describe, expect, it } from 'vitest';
import {
  averageRanks,
  exactAgreement,
  pearson,
  precisionRecallF1,
  quadraticWeightedKappa,
  spearman,
} from '../scripts/lib/metrics.js';

describe('exactAgreement', () => {
  it('is the share of equal pairs', () => {
    expect(exactAgreement([0, 1, 2, 2], [0, 1, 1, 2])).toBe(0.75);
    expect(exactAgreement([2, 2], [2, 2])).toBe(1);
    expect(exactAgreement([0, 1], [1, 0])).toBe(0);
  });
  it('is NaN for no items and throws on unpaired lists', () => {
    expect(exactAgreement([], [])).toBeNaN();
    expect(() => exactAgreement([1], [1, 2])).toThrow(RangeError);
  });
});

describe('quadraticWeightedKappa', () => {
  it('matches a hand computation on the 0..2 scale', () => {
    // Pairs (0,0) (0,1) (1,1) (1,2) (2,2) (2,2); weights (i−j)²/4.
    // Observed: two pairs one step apart → Σw·O = (1/4 + 1/4)/6 = 1/12.
    // Marginals a = (1/3, 1/3, 1/3), b = (1/6, 2/6, 3/6); column sums of w = (5/4, 1/2, 5/4):
    // Σw·E = 1/3 · (1/6·5/4 + 2/6·1/2 + 3/6·5/4) = 1/3. κ = 1 − (1/12)/(1/3) = 3/4.
    expect(quadraticWeightedKappa([0, 0, 1, 1, 2, 2], [0, 1, 1, 2, 2, 2])).toBeCloseTo(0.75, 12);
  });

  it('matches the published examples of Maple EssayTools[QuadraticWeightedKappa] (scale 1..10)', () => {
    const scale = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const a = [9, 7, 8, 7, 6, 8, 3, 5, 10];
    // Documented outputs 0.758620689655172 (= 22/29) and 0.438095238095238 (= 46/105).
    expect(quadraticWeightedKappa(a, [8, 8, 6, 6, 7, 6, 1, 4, 8], scale)).toBeCloseTo(22 / 29, 12);
    expect(quadraticWeightedKappa(a, [3, 5, 6, 6, 7, 6, 1, 4, 8], scale)).toBeCloseTo(46 / 105, 12);
  });

  it('is 1 for identical ratings and −1 for a mirrored scale', () => {
    expect(quadraticWeightedKappa([0, 1, 2, 1, 0], [0, 1, 2, 1, 0])).toBe(1);
    expect(quadraticWeightedKappa([0, 1, 2], [2, 1, 0])).toBeCloseTo(-1, 12);
  });

  it('is symmetric in the two raters', () => {
    const a = [0, 2, 1, 1, 0, 2, 2];
    const b = [1, 2, 0, 1, 0, 1, 2];
    expect(quadraticWeightedKappa(a, b)).toBeCloseTo(quadraticWeightedKappa(b, a), 12);
  });

  it('defines the degenerate case: both raters on one category → 1', () => {
    // Expected disagreement is 0 only when both raters use one and the same category.
    expect(quadraticWeightedKappa([0, 0, 0], [0, 0, 0])).toBe(1);
    expect(quadraticWeightedKappa([2], [2])).toBe(1);
    // One rater constant, the other not: expected disagreement > 0, kappa is an ordinary 0.
    expect(quadraticWeightedKappa([0, 0, 0, 0], [0, 1, 2, 0])).toBeCloseTo(0, 12);
  });

  it('is NaN for no items and rejects ratings outside the categories', () => {
    expect(quadraticWeightedKappa([], [])).toBeNaN();
    expect(() => quadraticWeightedKappa([0, 3], [0, 1])).toThrow('rating 3 is not one of 0, 1, 2');
    expect(() => quadraticWeightedKappa([0], [0, 1])).toThrow(RangeError);
  });
});

describe('averageRanks', () => {
  it('gives ties the mean of the ranks they span', () => {
    expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(averageRanks([3, 1, 3, 3])).toEqual([3, 1, 3, 3]);
    expect(averageRanks([])).toEqual([]);
  });
});

describe('spearman', () => {
  it('is 1 for a monotone increasing relation and −1 for a decreasing one', () => {
    expect(spearman([1, 2, 3, 4, 5], [2, 4, 8, 16, 32])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4, 5], [50, 40, 3, 2, 1])).toBeCloseTo(-1, 12);
  });

  it('matches the textbook IQ / hours of TV example (−29/165)', () => {
    const iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110];
    const tv = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17];
    // Σd² = 194, n = 10: ρ = 1 − 6·194/990 = −29/165.
    expect(spearman(iq, tv)).toBeCloseTo(-29 / 165, 12);
  });

  it('uses average ranks for ties (Pearson on ranks)', () => {
    // Ranks x = (1, 2.5, 2.5, 4), y = (1, 2, 3, 4). Deviations from 2.5:
    // Σdx·dy = 4.5, Σdx² = 4.5, Σdy² = 5 → ρ = 4.5/√22.5 = √0.9.
    expect(spearman([1, 2, 2, 3], [1, 2, 3, 4])).toBeCloseTo(Math.sqrt(0.9), 12);
    // Ties on both sides, perfectly concordant: still exactly 1.
    expect(spearman([1, 1, 2, 3, 3], [5, 5, 6, 9, 9])).toBeCloseTo(1, 12);
  });

  it('is NaN when a list is constant or too short', () => {
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNaN();
    expect(spearman([1], [1])).toBeNaN();
    expect(pearson([], [])).toBeNaN();
  });
});

describe('precisionRecallF1', () => {
  const s = (...labels: string[]) => new Set(labels);

  it('pools counts over items (micro average) and breaks them down per label', () => {
    // Item 0: a tp, b fn. Item 1: a tp, b fp. Item 2: b fp. Item 3: c fn.
    const report = precisionRecallF1([s('a', 'b'), s('a'), s(), s('c')], [s('a'), s('a', 'b'), s('b'), s()]);
    expect(report).toEqual({
      tp: 2,
      fp: 2,
      fn: 2,
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
      perLabel: {
        a: { tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1, support: 2 },
        b: { tp: 0, fp: 2, fn: 1, precision: 0, recall: 0, f1: 0, support: 1 },
        c: { tp: 0, fp: 0, fn: 1, precision: NaN, recall: 0, f1: 0, support: 1 },
      },
    });
  });

  it('computes F1 as the harmonic mean of micro precision and recall', () => {
    // x: tp 1, fp 1, fn 2; y: fn 1 → P = 1/2, R = 1/4, F1 = 2·(1/8)/(3/4) = 1/3.
    const report = precisionRecallF1([s('x'), s('x'), s('x'), s('y')], [s('x'), s(), s(), s('x')]);
    expect([report.tp, report.fp, report.fn]).toEqual([1, 1, 3]);
    expect(report.precision).toBe(0.5);
    expect(report.recall).toBe(0.25);
    expect(report.f1).toBeCloseTo(1 / 3, 12);
  });

  it('counts only the given labels, in their order, each with a row', () => {
    const report = precisionRecallF1(
      [s('a', 'b'), s('a'), s(), s('c')],
      [s('a'), s('a', 'b'), s('b', 'zzz'), s()],
      { labels: ['c', 'b', 'd'] },
    );
    expect(Object.keys(report.perLabel)).toEqual(['c', 'b', 'd']);
    expect(report.perLabel.d).toEqual({ tp: 0, fp: 0, fn: 0, precision: NaN, recall: NaN, f1: NaN, support: 0 });
    expect([report.tp, report.fp, report.fn, report.precision, report.recall, report.f1]).toEqual([0, 2, 2, 0, 0, 0]);
  });

  it('is perfect for identical sets and undefined with nothing on either side', () => {
    const same = precisionRecallF1([s('a'), s('b', 'c')], [s('a'), s('c', 'b')]);
    expect([same.precision, same.recall, same.f1]).toEqual([1, 1, 1]);
    const empty = precisionRecallF1([s(), s()], [s(), s()]);
    expect(empty).toEqual({ tp: 0, fp: 0, fn: 0, precision: NaN, recall: NaN, f1: NaN, perLabel: {} });
    expect(() => precisionRecallF1([s()], [])).toThrow(RangeError);
  });
});

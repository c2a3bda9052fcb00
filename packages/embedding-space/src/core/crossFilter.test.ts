import { TensorscopeArgumentError } from '@tensorscope/common';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkColumnFilters,
  createCrossFilter,
  histogramEdges,
  readFilterShape,
  type CategoryChartCounts,
  type HistogramCounts,
} from './crossFilter.js';
import { createEmbeddingData, type CategoryColumn, type EmbeddingData } from './embeddingData.js';
import { thrown } from './thrown.testing.js';

/** 8 points: topic a/b/c, size 0–7 with one missing, shade x/y. */
function sample(): EmbeddingData {
  return createEmbeddingData({
    vectors: Array.from({ length: 8 }, (_, i) => [i, 1]),
    columns: [
      { name: 'topic', values: ['a', 'a', 'b', 'b', 'b', 'c', 'c', 'a'] },
      { name: 'size', values: [0, 1, 2, 3, 4, 5, null, 7] },
      { name: 'shade', values: ['x', 'y', 'x', 'y', 'x', 'y', 'x', 'y'] },
    ],
  });
}

const chart = (snapshot: { charts: unknown[] }, i: number) => snapshot.charts[i] as CategoryChartCounts;
const histogram = (snapshot: { charts: unknown[] }, i: number) => snapshot.charts[i] as HistogramCounts;
const sum = (a: ArrayLike<number>) => Array.from(a).reduce((s, v) => s + v, 0);

describe('histogramEdges', () => {
  it('gives nice edges with at most maxBins bins', () => {
    expect(Array.from(histogramEdges(0, 7, 30, true))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(Array.from(histogramEdges(0, 7, 10))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(histogramEdges(0, 7, 30).length).toBe(15); // steps of 0.5
    expect(Array.from(histogramEdges(0, 1, 10))).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    const wide = histogramEdges(1, 341_479, 30);
    expect(wide[0]).toBe(0);
    expect(wide.length - 1).toBeLessThanOrEqual(30);
    expect(wide[wide.length - 1]).toBeGreaterThanOrEqual(341_479);
  });

  it('gives one bin for a single value and [0, 1] without finite values', () => {
    expect(Array.from(histogramEdges(3, 3, 20, true))).toEqual([3, 4]);
    expect(Array.from(histogramEdges(3, 3, 30))).toEqual([3, 3.1]);
    expect(Array.from(histogramEdges(NaN, NaN))).toEqual([0, 1]);
  });

  it('always covers [min, max] in at most maxBins bins', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.integer({ min: 2, max: 60 }),
        (min, width, maxBins) => {
          const edges = histogramEdges(min, min + width, maxBins);
          expect(edges.length - 1).toBeLessThanOrEqual(maxBins);
          expect(edges[0]).toBeLessThanOrEqual(min);
          expect(edges[edges.length - 1]).toBeGreaterThanOrEqual(min + width);
        },
      ),
    );
  });

  it('refuses a bad maxBins with a typed error', () => {
    expect(() => histogramEdges(0, 1, 0)).toThrow(TensorscopeArgumentError);
  });
});

describe('createCrossFilter', () => {
  it('counts bars and a histogram with missing values apart', () => {
    const snap = createCrossFilter(sample()).snapshot();
    expect(snap.matched).toBe(8);
    expect(Array.from(chart(snap, 0).total)).toEqual([3, 3, 2]);
    expect(Array.from(chart(snap, 0).filtered)).toEqual([3, 3, 2]);
    const size = histogram(snap, 1);
    expect(Array.from(size.edges)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    // 7 lands in the closed last bin [6, 7].
    expect(Array.from(size.total)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(size.missing).toEqual({ total: 1, filtered: 1, selected: 0 });
  });

  it('masks points that fail any filter, and counts each chart with the other filters only', () => {
    const filter = createCrossFilter(sample());
    filter.setFilter('topic', { values: ['b'] });
    const snap = filter.setFilter('size', { range: [3, 6] });
    // topic b = rows 2, 3, 4; size in [3, 6) = rows 3, 4, 5.
    expect(Array.from(snap.mask)).toEqual([0, 0, 0, 1, 1, 0, 0, 0]);
    expect(snap.matched).toBe(2);
    // The topic chart ignores its own filter: rows 3, 4 (b) and 5 (c) pass the size filter.
    expect(Array.from(chart(snap, 0).filtered)).toEqual([0, 2, 1]);
    // The size chart ignores its own filter: rows 2, 3, 4 (sizes 2, 3, 4).
    expect(Array.from(histogram(snap, 1).filtered)).toEqual([0, 0, 1, 1, 1, 0, 0]);
    expect(histogram(snap, 1).missing.filtered).toBe(0);
    // The shade chart sees both filters: rows 3 (y) and 4 (x).
    expect(Array.from(chart(snap, 2).filtered)).toEqual([1, 1]);
    expect(snap.filters).toEqual({ topic: { values: ['b'] }, size: { range: [3, 6] } });
  });

  it('never lets NaN pass a range, and closes the range at the largest value', () => {
    const filter = createCrossFilter(sample());
    expect(Array.from(filter.setFilter('size', { range: [0, 7] }).mask)).toEqual([1, 1, 1, 1, 1, 1, 0, 1]);
    expect(Array.from(filter.setFilter('size', { range: [6, 7] }).mask)).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(Array.from(filter.setFilter('size', { range: [0, 5] }).mask)).toEqual([1, 1, 1, 1, 1, 0, 0, 0]);
  });

  it('gives an empty mask when nothing matches, and recovers when the filter is removed', () => {
    const filter = createCrossFilter(sample());
    filter.setFilter('topic', { values: ['c'] });
    const empty = filter.setFilter('shade', { values: [] });
    expect(empty.matched).toBe(0);
    expect(sum(empty.mask)).toBe(0);
    // The shade chart still shows what its values would give.
    expect(Array.from(chart(empty, 2).filtered)).toEqual([1, 1]);
    const back = filter.setFilter('shade', null);
    expect(back.matched).toBe(2);
    expect(filter.setFilters({}).matched).toBe(8);
  });

  it('overlays the selection on the filtered counts', () => {
    const filter = createCrossFilter(sample());
    filter.setFilter('shade', { values: ['x'] });
    const snap = filter.setSelection([0, 1, 2, 6, 6, 99, -1, 1.5]);
    expect(snap.selected).toBe(4);
    // Selected rows passing the shade filter (for the topic chart): 0 (a), 2 (b), 6 (c).
    expect(Array.from(chart(snap, 0).selected)).toEqual([1, 1, 1]);
    // For the shade chart its own filter is ignored: 0 x, 1 y, 2 x, 6 x.
    expect(Array.from(chart(snap, 2).selected)).toEqual([3, 1]);
    expect(histogram(snap, 1).missing.selected).toBe(1);
  });

  it('returns the same snapshot (and mask) when nothing changed', () => {
    const filter = createCrossFilter(sample());
    const first = filter.setFilter('topic', { values: ['a'] });
    expect(filter.setFilter('topic', { values: ['a'] })).toBe(first);
    expect(filter.setSelection([1]).mask).toBe(first.mask);
  });

  it('matches a brute-force count for random filters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.option(fc.integer({ min: 0, max: 9 }))), {
          minLength: 2,
          maxLength: 40,
        }),
        fc.subarray(['a', 'b', 'c']),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 0, max: 9 }),
        (rows, allowed, a, b) => {
          const data = createEmbeddingData({
            vectors: rows.map((_, i) => [i, 1]),
            columns: [
              { name: 't', values: rows.map((r) => r[0]) },
              { name: 'v', values: rows.map((r) => r[1]) },
            ],
          });
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const filter = createCrossFilter(data);
          const categories = (data.columns[0] as CategoryColumn).categories;
          allowed = allowed.filter((t) => categories.includes(t));
          filter.setFilter('t', { values: allowed });
          const snap = filter.setFilter('v', { range: [lo, hi] });
          const values = (data.columns[1] as { values: Float32Array }).values;
          let top = -Infinity;
          for (const v of values) if (v > top) top = v;
          const passV = (v: number) => v >= lo && (v < hi || (v === hi && hi >= top));
          const expected = rows.map((r, i) => (allowed.includes(r[0]) && passV(values[i]!) ? 1 : 0));
          expect(Array.from(snap.mask)).toEqual(expected);
          const tChart = chart(snap, 0);
          const byTopic = ['a', 'b', 'c'].map((t) => rows.filter((r, i) => r[0] === t && passV(values[i]!)).length);
          const present = tChart.categories.map((c) => byTopic[['a', 'b', 'c'].indexOf(c)]);
          expect(Array.from(tChart.filtered)).toEqual(present);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses unknown columns, wrong kinds and bad shapes with typed errors', () => {
    const filter = createCrossFilter(sample());
    expect(thrown(() => filter.setFilter('nope', { values: [] })).details).toMatchObject({ column: 'nope' });
    expect(thrown(() => filter.setFilter('size', { values: ['1'] })).code).toBe('INVALID_VALUE');
    expect(thrown(() => filter.setFilter('topic', { range: [0, 1] })).code).toBe('INVALID_VALUE');
    expect(thrown(() => filter.setFilter('topic', { values: ['zzz'] })).message).toContain('"zzz"');
    expect(() => filter.setFilter('size', { range: [2, 1] })).toThrow(TensorscopeArgumentError);
    expect(() => filter.setFilter('size', { range: [NaN, 1] } as never)).toThrow(TensorscopeArgumentError);
    expect(() => filter.setFilter('size', 'all' as never)).toThrow(TensorscopeArgumentError);
    expect(() => filter.setSelection('1' as never)).toThrow(TensorscopeArgumentError);
    expect(() => createCrossFilter(sample(), { maxBins: 1 })).toThrow(TensorscopeArgumentError);
    // Nothing changed after the refusals.
    expect(filter.snapshot().matched).toBe(8);
  });

  it('checks a filter record against the data and reads shapes as view-state fields', () => {
    expect(checkColumnFilters(sample(), { topic: { values: ['a'] } })).toEqual({ topic: { values: ['a'] } });
    expect(thrown(() => readFilterShape({ range: [1] }, 'filters.size')).details).toEqual({ field: 'filters.size' });
    expect(thrown(() => readFilterShape({ values: ['a', 'a'] }, 'filters.t')).code).toBe('INVALID_VALUE');
    expect(readFilterShape({ range: [-0, 1] }, 'f')).toEqual({ range: [0, 1] });
  });

  it('updates 341,479 points × 3 columns quickly', () => {
    const n = 341_479;
    const rank = new Float32Array(n).map((_, i) => i + 1);
    const length = new Float32Array(n).map((_, i) => (i * 7919) % 17);
    const codes = new Uint32Array(n).map((_, i) => (i * 31) % 5);
    const data = createEmbeddingData({
      vectors: new Float32Array(n * 2),
      dimensions: 2,
      columns: [
        { kind: 'number', name: 'rank', values: rank, min: 1, max: n },
        { kind: 'number', name: 'length', values: length, min: 0, max: 16 },
        { kind: 'category', name: 'kind', categories: ['a', 'b', 'c', 'd', 'e'], codes },
      ],
    });
    const filter = createCrossFilter(data);
    const started = performance.now();
    filter.setFilter('rank', { range: [0, 100_000] });
    filter.setFilter('kind', { values: ['a', 'c'] });
    const snap = filter.setFilter('length', { range: [3, 9] });
    const perUpdate = (performance.now() - started) / 3;
    expect(snap.matched).toBeGreaterThan(0);
    // Generous for a shared CI machine; bench/crossfilter.bench.mjs measures it properly.
    expect(perUpdate).toBeLessThan(500);
  });
});

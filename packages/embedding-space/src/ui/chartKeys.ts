import type { CategoryChartCounts, ColumnFilter, HistogramCounts } from '../core/crossFilter.js';

// Pure helpers of the metadata charts (React-free, tested in Node): bars shown, click and key
// semantics, and brush ↔ range conversions.

/**
 * A bar's length as a share of the longest, on a log scale (`log(1 + count)`): a value with 26
 * points stays visible next to one with 19,497. The counts themselves are printed and read out.
 */
export function logShare(count: number, max: number): number {
  return max > 0 && count > 0 ? Math.log1p(count) / Math.log1p(max) : 0;
}

/** The most bars a category chart shows (by total count); the rest are summed up as "more values". */
export const MAX_BARS = 8;

/** Category codes to draw: the `MAX_BARS` most frequent, plus any filtered value beyond them. */
export function barsOf(chart: CategoryChartCounts, filter: ColumnFilter | undefined): number[] {
  const codes = Array.from(chart.total.keys()).filter((code) => chart.total[code]! > 0);
  codes.sort((a, b) => chart.total[b]! - chart.total[a]! || a - b);
  const shown = codes.slice(0, MAX_BARS);
  if (filter && 'values' in filter) {
    for (const value of filter.values) {
      const code = chart.categories.indexOf(value);
      if (code >= 0 && !shown.includes(code)) shown.push(code);
    }
  }
  return shown;
}

/**
 * The category filter after a click on `value`: a plain click keeps only that value (or clears
 * the filter when it already was the only one); `additive` (Shift/Ctrl, or Enter/Space) toggles
 * it in the set. No value left → null (no filter).
 */
export function toggleValue(
  filter: ColumnFilter | undefined,
  value: string,
  additive: boolean,
): { values: string[] } | null {
  const current = filter && 'values' in filter ? filter.values : null;
  if (!additive) return current && current.length === 1 && current[0] === value ? null : { values: [value] };
  if (!current) return { values: [value] };
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return next.length > 0 ? { values: next } : null;
}

/** The bins `[first, last]` (inclusive) a range filter covers, or null. */
export function brushOf(chart: HistogramCounts, filter: ColumnFilter | undefined): [number, number] | null {
  if (!filter || !('range' in filter)) return null;
  const { edges } = chart;
  const bins = edges.length - 1;
  const [lo, hi] = filter.range;
  let first = 0;
  while (first < bins - 1 && edges[first + 1]! <= lo) first++;
  let last = bins - 1;
  while (last > first && edges[last]! >= hi) last--;
  return [first, last];
}

/** The range filter of bins `[first, last]`: from the first bin's lower edge to the last one's upper edge. */
export function rangeOf(chart: HistogramCounts, first: number, last: number): { range: [number, number] } {
  const [a, b] = first <= last ? [first, last] : [last, first];
  return { range: [chart.edges[a]!, chart.edges[b + 1]!] };
}

/**
 * The brush after a key on a focused histogram, or `undefined` when the key is not the chart's:
 * Left/Right move the brush one bin (starting one at the cursor), Shift+Left/Right move its end
 * (resizing it), Home/End move it to an end, Enter/Space toggles the bin at the cursor (in or
 * out of the brush), Escape clears (null).
 */
export function brushKey(
  key: string,
  shift: boolean,
  brush: [number, number] | null,
  cursor: number,
  bins: number,
): { brush: [number, number] | null; cursor: number } | undefined {
  const clamp = (i: number) => Math.max(0, Math.min(bins - 1, i));
  const step = key === 'ArrowLeft' || key === 'ArrowDown' ? -1 : key === 'ArrowRight' || key === 'ArrowUp' ? 1 : 0;
  if (step !== 0) {
    if (!brush) {
      const at = clamp(cursor);
      return { brush: [at, at], cursor: at };
    }
    const [a, b] = brush;
    if (shift) {
      const end = Math.max(a, clamp(b + step));
      return { brush: [a, end], cursor: end };
    }
    const shift1 = Math.max(-a, Math.min(bins - 1 - b, step));
    return { brush: [a + shift1, b + shift1], cursor: b + shift1 };
  }
  if (key === 'Home' || key === 'End') {
    const width = brush ? brush[1] - brush[0] : 0;
    const next: [number, number] = key === 'Home' ? [0, width] : [bins - 1 - width, bins - 1];
    return { brush: next, cursor: next[1] };
  }
  if (key === 'Enter' || key === ' ') {
    const at = clamp(cursor);
    if (!brush) return { brush: [at, at], cursor: at };
    const [a, b] = brush;
    if (at >= a && at <= b) {
      if (a === b) return { brush: null, cursor: at };
      // Toggling an end bin off shrinks the brush; an inner bin cannot leave a contiguous range.
      if (at === a) return { brush: [a + 1, b], cursor: at };
      if (at === b) return { brush: [a, b - 1], cursor: at };
      return { brush: [at, at], cursor: at };
    }
    return { brush: [Math.min(a, at), Math.max(b, at)], cursor: at };
  }
  if (key === 'Escape') return { brush: null, cursor };
  return undefined;
}

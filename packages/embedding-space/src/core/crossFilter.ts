import { checkObject, checkOptions, TensorscopeArgumentError } from '@tensorscope/common';
import { checkList } from './args.js';
import { checkEmbeddingData } from './checkEmbeddingData.js';
import type { CategoryColumn, EmbeddingData, MetadataColumn, NumberColumn } from './embeddingData.js';
import { EmbeddingError } from './errors.js';
import { viewStateError } from './viewStateError.js';

/**
 * A filter on one metadata column: the category values to keep, or the number range to keep.
 * A range keeps `min ≤ value < max`, and also `value = max` when `max` is at or above the column's
 * largest value (the last histogram bin is closed, as in the chart); missing values (NaN) never
 * pass a range.
 */
export type ColumnFilter = { values: string[] } | { range: [number, number] };

/** Filters by column name (a column without an entry is not filtered). */
export type ColumnFilters = Record<string, ColumnFilter>;

/** Bar counts of a category column (indexed by category code). */
export interface CategoryChartCounts {
  kind: 'category';
  column: string;
  categories: readonly string[];
  /** Points with each value, over all points. */
  total: Uint32Array;
  /** Points with each value that pass every OTHER column's filter (so a chart keeps its own unselected bars). */
  filtered: Uint32Array;
  /** Of `filtered`, the points in the current map selection. */
  selected: Uint32Array;
}

/** Histogram counts of a number column: `edges.length - 1` bins plus the missing (NaN) values. */
export interface HistogramCounts {
  kind: 'number';
  column: string;
  /** Bin edges (nice numbers, ascending); bin `b` holds `edges[b] ≤ v < edges[b + 1]`, the last bin also `v = edges[bins]`. */
  edges: Float64Array;
  total: Uint32Array;
  filtered: Uint32Array;
  selected: Uint32Array;
  /** Missing values (NaN): over all points, passing the other filters, and selected among those. */
  missing: { total: number; filtered: number; selected: number };
}

/** The counts of one chart. */
export type ChartCounts = CategoryChartCounts | HistogramCounts;

/** The cross-filter's result after a change. */
export interface CrossFilterSnapshot {
  /** The filters in force (normalised copies). */
  filters: ColumnFilters;
  /** 1 for every point that passes ALL filters, else 0 (a new array whenever it changes). */
  mask: Uint8Array;
  /** Points that pass all filters. */
  matched: number;
  /** Points in the current map selection. */
  selected: number;
  /** One entry per charted column, in data order. */
  charts: ChartCounts[];
}

/** Options of {@link createCrossFilter}. */
export interface CrossFilterOptions {
  /** Most histogram bins per number column (nice edges give 40–100% of this). Default 30, 2–200. */
  maxBins?: number;
}

/** A cross-filter over the metadata columns of one data set; see {@link createCrossFilter}. */
export interface CrossFilter {
  readonly data: EmbeddingData;
  /** Sets (or with `null` removes) one column's filter and returns the new snapshot. */
  setFilter(column: string, filter: ColumnFilter | null): CrossFilterSnapshot;
  /** Replaces every filter. */
  setFilters(filters: ColumnFilters): CrossFilterSnapshot;
  /** The map selection (row indices) whose counts are overlaid on the charts; out-of-range rows are skipped. */
  setSelection(selection: ArrayLike<number>): CrossFilterSnapshot;
  /** The current snapshot. */
  snapshot(): CrossFilterSnapshot;
}

const DEFAULT_MAX_BINS = 30;

/**
 * Nice histogram edges for `[min, max]`: a step of 1, 2 or 5 × 10^k, the smallest that gives at
 * most `maxBins` bins, with edges on multiples of the step (computed as integers over a power of
 * ten, so 0.1-steps read 0.3, not 0.30000000000000004); with `integers`, a step of at least 1. A
 * single value gets one bin one step wide; no finite value gives `[0, 1]`.
 */
export function histogramEdges(min: number, max: number, maxBins = DEFAULT_MAX_BINS, integers = false): Float64Array {
  if (typeof min !== 'number' || typeof max !== 'number') {
    throw new TensorscopeArgumentError('min, max', 'two numbers', [min, max]);
  }
  if (typeof maxBins !== 'number' || !Number.isInteger(maxBins) || maxBins < 1 || maxBins > 10_000) {
    throw new TensorscopeArgumentError('maxBins', 'a whole number from 1 to 10000', maxBins);
  }
  if (!Number.isFinite(min) || !Number.isFinite(max)) return Float64Array.of(0, 1);
  if (min > max) [min, max] = [max, min];
  const span = max - min || Math.abs(min) || 1;
  // Clamped so that subnormal or near-overflow spans still end (a step is at least 1e-300).
  const lowest = Math.floor(Math.log10(span / maxBins));
  for (
    let exponent = Math.max(integers ? 0 : -300, Math.min(300, Number.isFinite(lowest) ? lowest : -300));
    exponent <= 308;
    exponent++
  ) {
    for (const m of [1, 2, 5]) {
      const scale = 10 ** Math.abs(exponent);
      const edgeAt = (k: number) => (exponent >= 0 ? k * m * scale : (k * m) / scale);
      const step = edgeAt(1);
      if (!(step > 0) || !Number.isFinite(step)) continue;
      let first = Math.floor(min / step);
      let last = Math.ceil(max / step);
      // min / step can underflow to -0 (a tiny negative min): the edges must still cover it.
      if (edgeAt(first) > min) first--;
      if (edgeAt(last) < max) last++;
      if (last === first) last = first + 1;
      if (last - first <= maxBins) {
        const edges = new Float64Array(last - first + 1);
        for (let k = 0; k < edges.length; k++) edges[k] = edgeAt(first + k);
        if (edges.every(Number.isFinite) && edges[edges.length - 1]! > edges[0]!) return edges;
      }
    }
  }
  // Spans near the float64 limit: one bin, edge to edge.
  return Float64Array.of(min, max);
}

/** The bin of `value` in `edges` (`bins` for NaN, clamped to the ends otherwise). */
function binOf(value: number, edges: Float64Array, start: number, step: number, bins: number): number {
  if (Number.isNaN(value)) return bins;
  let b = Math.floor((value - start) / step);
  if (b < 0) b = 0;
  else if (b > bins - 1) b = bins - 1;
  // Rounding of (value - start) / step can land one bin off near an edge: the edges decide.
  while (b > 0 && value < edges[b]!) b--;
  while (b < bins - 1 && value >= edges[b + 1]!) b++;
  return b;
}

/** A column's filter checked against the data; returns a normalised copy. Unknown column → INVALID_VALUE. */
export function checkColumnFilter(data: EmbeddingData, column: string, filter: unknown): ColumnFilter {
  checkEmbeddingData(data);
  if (typeof column !== 'string') throw new TensorscopeArgumentError('column', 'a column name', column);
  const target = data.columns.find((c) => c.name === column);
  if (!target) {
    const names = data.columns.map((c) => JSON.stringify(c.name)).join(', ');
    throw new EmbeddingError(
      'INVALID_VALUE',
      `Cannot filter by ${JSON.stringify(column)}: there is no such metadata column. ` +
        (names ? `Expected one of ${names}.` : 'This data set has no metadata columns.'),
      { details: { field: `filters.${column}`, column } },
    );
  }
  const shape = readFilterShape(filter, `filters[${JSON.stringify(column)}]`, 'argument');
  if ('values' in shape) {
    if (target.kind !== 'category') {
      throw new EmbeddingError(
        'INVALID_VALUE',
        `Column ${JSON.stringify(column)} holds numbers; filter it with { range: [min, max] }, not with values.`,
        { details: { field: `filters.${column}`, column } },
      );
    }
    const known = new Set(target.categories);
    const unknown = shape.values.filter((value) => !known.has(value));
    if (unknown.length > 0) {
      throw new EmbeddingError(
        'INVALID_VALUE',
        `Column ${JSON.stringify(column)} has no value ${unknown
          .slice(0, 3)
          .map((v) => JSON.stringify(v))
          .join(', ')}${unknown.length > 3 ? ` (and ${unknown.length - 3} more)` : ''}.`,
        { details: { field: `filters.${column}`, column, unknown: unknown.slice(0, 10) } },
      );
    }
    return shape;
  }
  if (target.kind !== 'number') {
    throw new EmbeddingError(
      'INVALID_VALUE',
      `Column ${JSON.stringify(column)} holds categories; filter it with { values: [...] }, not with a range.`,
      { details: { field: `filters.${column}`, column } },
    );
  }
  return shape;
}

/** Every filter of `filters` checked against the data (see {@link checkColumnFilter}); returns a clean copy. */
export function checkColumnFilters(data: EmbeddingData, filters: unknown): ColumnFilters {
  const record = checkObject(filters, 'filters');
  // fromEntries defines own properties, so a column named "__proto__" stays a column.
  return Object.fromEntries(
    Object.entries(record).map(([column, filter]) => [column, checkColumnFilter(data, column, filter)]),
  );
}

/**
 * The shape of a filter without data: `{ values: string[] }` (distinct strings) or
 * `{ range: [min, max] }` (finite, min ≤ max). A bad shape is an `INVALID_ARGUMENT` when `as` is
 * 'argument' (a function's argument) and an `INVALID_VALUE` naming the field when 'view' (a view state).
 */
export function readFilterShape(value: unknown, field: string, as: 'argument' | 'view' = 'view'): ColumnFilter {
  const bad = (expected: string): never => {
    if (as === 'argument') throw new TensorscopeArgumentError(field, expected, value);
    throw viewStateError(field, expected, value);
  };
  const expected = '{ values: [strings] } or { range: [min, max] }';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return bad(expected);
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length !== 1 || (keys[0] !== 'values' && keys[0] !== 'range')) return bad(expected);
  if (keys[0] === 'values') {
    const values = record.values;
    if (!Array.isArray(values) || values.some((v) => typeof v !== 'string')) return bad('{ values: [strings] }');
    const list = values as string[];
    if (new Set(list).size !== list.length) return bad('{ values: [distinct strings] }');
    return { values: [...list] };
  }
  const range = record.range;
  if (
    !Array.isArray(range) ||
    range.length !== 2 ||
    typeof range[0] !== 'number' ||
    typeof range[1] !== 'number' ||
    !Number.isFinite(range[0]) ||
    !Number.isFinite(range[1]) ||
    range[0] > range[1]
  ) {
    return bad('{ range: [min, max] } with finite min ≤ max');
  }
  // -0 is written as 0 (a view state never holds -0).
  return { range: [range[0] + 0, range[1] + 0] };
}

/** Per-column state: codes or bins per point, and which points pass its filter. */
interface ColumnIndex {
  column: MetadataColumn;
  /** Category code or bin per point (NaN → `slots - 1` for numbers). */
  slotOf: Uint32Array | Uint16Array;
  /** Count slots: categories, or bins + 1 (missing last). */
  slots: number;
  edges: Float64Array | null;
  /** The largest value present (numbers): a range reaching it keeps it. */
  top: number;
  total: Uint32Array;
  /** 1 when the point passes this column's filter (all 1 without one). */
  pass: Uint8Array;
  filter: ColumnFilter | null;
}

/**
 * A cross-filter over `data`'s metadata columns (typed arrays, no React): a bar count per category
 * value and a histogram (nice edges, at most `maxBins` bins, missing values apart) per number
 * column; filters per column (category values to keep, or a number range); the mask of points
 * that pass ALL filters; and per chart the counts with all OTHER filters applied (standard
 * cross-filter semantics, so a chart still shows its own unselected bars), with the current map
 * selection's counts overlaid. A filter change updates each point's count of failed filters
 * (one pass) and recounts every chart (one pass per column): a few milliseconds for 341k points.
 */
export function createCrossFilter(data: EmbeddingData, options?: CrossFilterOptions): CrossFilter {
  checkEmbeddingData(data);
  const opts = checkOptions(options);
  const maxBins = opts.maxBins ?? DEFAULT_MAX_BINS;
  if (typeof maxBins !== 'number' || !Number.isInteger(maxBins) || maxBins < 2 || maxBins > 200) {
    throw new TensorscopeArgumentError('options.maxBins', 'a whole number from 2 to 200', maxBins);
  }
  const n = data.count;
  const indexes: ColumnIndex[] = data.columns.map((column) =>
    column.kind === 'category' ? indexCategory(column, n) : indexNumber(column, n, maxBins),
  );
  // How many filters each point fails; a point is shown when 0.
  const fails = indexes.length > 255 ? new Uint16Array(n) : new Uint8Array(n);
  const inSelection = new Uint8Array(n);
  let selectedCount = 0;
  let mask = new Uint8Array(n).fill(1);
  let matched = n;
  let current: CrossFilterSnapshot = build();

  function build(): CrossFilterSnapshot {
    const charts = indexes.map((index) => countChart(index));
    const filters: ColumnFilters = Object.fromEntries(
      indexes.flatMap((index) => (index.filter ? [[index.column.name, index.filter]] : [])),
    );
    return { filters, mask, matched, selected: selectedCount, charts };
  }

  function countChart(index: ColumnIndex): ChartCounts {
    const filtered = new Uint32Array(index.slots);
    const selected = new Uint32Array(index.slots);
    const { slotOf, pass } = index;
    for (let i = 0; i < n; i++) {
      const f = fails[i]!;
      // Passes every other filter: fails none, or only this column's.
      if (f === 0 || (f === 1 && pass[i] === 0)) {
        const slot = slotOf[i]!;
        filtered[slot]!++;
        if (inSelection[i]) selected[slot]!++;
      }
    }
    const { column } = index;
    if (column.kind === 'category') {
      return {
        kind: 'category',
        column: column.name,
        categories: column.categories,
        total: index.total,
        filtered,
        selected,
      };
    }
    const bins = index.slots - 1;
    return {
      kind: 'number',
      column: column.name,
      edges: index.edges!,
      total: index.total.subarray(0, bins),
      filtered: filtered.subarray(0, bins),
      selected: selected.subarray(0, bins),
      missing: { total: index.total[bins]!, filtered: filtered[bins]!, selected: selected[bins]! },
    };
  }

  /** Applies one column's new filter: updates its pass flags and every point's fail count. */
  function apply(index: ColumnIndex, filter: ColumnFilter | null): boolean {
    if (JSON.stringify(filter) === JSON.stringify(index.filter)) return false;
    const pass = new Uint8Array(n);
    const { column } = index;
    if (filter === null) pass.fill(1);
    else if ('values' in filter) {
      const cat = column as CategoryColumn;
      const allowed = new Uint8Array(cat.categories.length);
      const codeOf = new Map(cat.categories.map((c, code) => [c, code]));
      for (const value of filter.values) {
        const code = codeOf.get(value);
        if (code !== undefined) allowed[code] = 1;
      }
      const codes = cat.codes;
      for (let i = 0; i < n; i++) pass[i] = allowed[codes[i]!]!;
    } else {
      const values = (column as NumberColumn).values;
      const [lo, hi] = filter.range;
      const closed = hi >= index.top;
      for (let i = 0; i < n; i++) {
        const v = values[i]!;
        pass[i] = v >= lo && (v < hi || (closed && v === hi)) ? 1 : 0;
      }
    }
    const old = index.pass;
    for (let i = 0; i < n; i++) fails[i] = fails[i]! + old[i]! - pass[i]!;
    index.pass = pass;
    index.filter = filter;
    return true;
  }

  function refreshMask() {
    const next = new Uint8Array(n);
    let count = 0;
    for (let i = 0; i < n; i++) {
      if (fails[i] === 0) {
        next[i] = 1;
        count++;
      }
    }
    mask = next;
    matched = count;
  }

  const indexOf = (column: string): ColumnIndex => {
    const index = indexes.find((entry) => entry.column.name === column);
    if (!index) checkColumnFilter(data, column, { values: [] }); // throws the typed "no such column"
    return index!;
  };

  return {
    data,
    setFilter(column, filter) {
      if (typeof column !== 'string') throw new TensorscopeArgumentError('column', 'a column name', column);
      const index = indexOf(column);
      const checked = filter === null ? null : checkColumnFilter(data, column, filter);
      if (apply(index, checked)) {
        refreshMask();
        current = build();
      }
      return current;
    },
    setFilters(filters) {
      const checked = checkColumnFilters(data, filters);
      let changed = false;
      for (const index of indexes) changed = apply(index, checked[index.column.name] ?? null) || changed;
      if (changed) {
        refreshMask();
        current = build();
      }
      return current;
    },
    setSelection(selection) {
      const list = checkList(selection, 'selection');
      inSelection.fill(0);
      selectedCount = 0;
      for (let k = 0; k < list.length; k++) {
        const i = list[k];
        if (typeof i === 'number' && Number.isInteger(i) && i >= 0 && i < n && !inSelection[i]) {
          inSelection[i] = 1;
          selectedCount++;
        }
      }
      current = build();
      return current;
    },
    snapshot: () => current,
  };
}

function indexCategory(column: CategoryColumn, n: number): ColumnIndex {
  const slots = Math.max(1, column.categories.length);
  const total = new Uint32Array(slots);
  const codes = column.codes;
  for (let i = 0; i < n; i++) total[codes[i]!]!++;
  return {
    column,
    slotOf: codes,
    slots,
    edges: null,
    top: Infinity,
    total,
    pass: new Uint8Array(n).fill(1),
    filter: null,
  };
}

function indexNumber(column: NumberColumn, n: number, maxBins: number): ColumnIndex {
  // min/max from the values themselves: a column built by hand may carry stale ones.
  let min = Infinity;
  let max = -Infinity;
  let integers = true;
  const values = column.values;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
    if (integers && v !== Math.floor(v) && !Number.isNaN(v)) integers = false;
  }
  // Whole-number columns (ranks, counts, lengths) get whole-number bins.
  const edges = min === Infinity ? Float64Array.of(0, 1) : histogramEdges(min, max, maxBins, integers);
  const bins = edges.length - 1;
  const start = edges[0]!;
  const width = (edges[bins]! - start) / bins;
  const step = width > 0 && Number.isFinite(width) ? width : 1;
  const slotOf = new Uint16Array(n);
  const total = new Uint32Array(bins + 1);
  for (let i = 0; i < n; i++) {
    const slot = binOf(values[i]!, edges, start, step, bins);
    slotOf[i] = slot;
    total[slot]!++;
  }
  return { column, slotOf, slots: bins + 1, edges, top: max, total, pass: new Uint8Array(n).fill(1), filter: null };
}

import {
  checkFiniteNumbers,
  checkInteger,
  checkNumber,
  checkOneOf,
  checkOptions,
  createSeededRandom,
  TensorscopeArgumentError,
} from '@tensorscope/common';
import { EmbeddingError } from '../errors.js';

/** Options of {@link trustworthiness} and {@link knnPreservation}. */
export interface LayoutQualityOptions {
  /** Neighbours per point. Default 15; at most (2 · count − 2) / 3 (the trustworthiness normaliser stays positive). */
  k?: number;
  /** Points scored (a seeded sample without replacement; all points when `sample ≥ count`). Default 1 000. */
  sample?: number;
  /** Distance in the original space; the layout is always euclidean. Default `'cosine'`. */
  metric?: 'cosine' | 'euclidean';
  /** Seed of the sample. Default 42. */
  seed?: number;
}

/**
 * Trustworthiness (Venna & Kaski 2001) of a layout, from 0 to 1 (1: every layout neighbour is also
 * an original-space neighbour): `1 − 2 / (m·k·(2n − 3k − 1)) · Σᵢ Σ_{j ∈ Uᵢ} (r(i, j) − k)`, where
 * `Uᵢ` are point i's k nearest layout neighbours that are not among its k nearest original-space
 * neighbours and `r(i, j)` is j's exact rank among i's original-space neighbours (self excluded).
 * Computed for a seeded sample of `m` points (each scored exactly against all `n` points: O(m·n·d));
 * with `sample ≥ count` it equals scikit-learn's `trustworthiness`.
 *
 * `vectors` is row-major `count × dims`, `layout` row-major `count × layoutDims`.
 */
export function trustworthiness(
  vectors: Float32Array | Float64Array,
  count: number,
  dims: number,
  layout: Float32Array | Float64Array,
  layoutDims: number,
  options: LayoutQualityOptions = {},
): number {
  return scoreLayout(vectors, count, dims, layout, layoutDims, options).trustworthiness;
}

/**
 * kNN preservation of a layout, from 0 to 1: the mean, over a seeded sample of points, of the
 * fraction of each point's k nearest original-space neighbours that are also among its k nearest
 * layout neighbours (self excluded, exact neighbours in both spaces). Same arguments as
 * {@link trustworthiness}.
 */
export function knnPreservation(
  vectors: Float32Array | Float64Array,
  count: number,
  dims: number,
  layout: Float32Array | Float64Array,
  layoutDims: number,
  options: LayoutQualityOptions = {},
): number {
  return scoreLayout(vectors, count, dims, layout, layoutDims, options).preservation;
}

/** Sampled rows scored per pass over the data (each data row is read once per block). */
const BLOCK = 4;

function scoreLayout(
  vectors: unknown,
  count: unknown,
  dims: unknown,
  layout: unknown,
  layoutDims: unknown,
  options: LayoutQualityOptions | undefined,
): { trustworthiness: number; preservation: number } {
  const n = checkInteger(count, 'count', { min: 2 });
  const d = checkInteger(dims, 'dims', { min: 1 });
  const ld = checkInteger(layoutDims, 'layoutDims', { min: 1 });
  const x = floatArray(vectors, 'vectors');
  const y = floatArray(layout, 'layout');
  if (x.length !== n * d) {
    throw new EmbeddingError('LENGTH_MISMATCH', `vectors has ${x.length} values; count × dims is ${n * d}.`, {
      details: { length: x.length, count: n, dims: d },
    });
  }
  if (y.length !== n * ld) {
    throw new EmbeddingError('LENGTH_MISMATCH', `layout has ${y.length} values; count × layoutDims is ${n * ld}.`, {
      details: { length: y.length, count: n, layoutDims: ld },
    });
  }
  const checked = checkOptions(options);
  const maxK = Math.floor((2 * n - 2) / 3);
  const k = checked.k === undefined ? 15 : checkInteger(checked.k, 'options.k', { min: 1 });
  if (k > maxK) {
    throw new EmbeddingError(
      'INVALID_VALUE',
      `k ${k} is too large for ${n} points: trustworthiness needs k ≤ (2 · count − 2) / 3 = ${maxK}.`,
      { details: { k, count: n, max: maxK } },
    );
  }
  const sampleSize = Math.min(
    n,
    checked.sample === undefined ? 1000 : checkInteger(checked.sample, 'options.sample', { min: 1 }),
  );
  const metric =
    checked.metric === undefined ? 'cosine' : checkOneOf(checked.metric, 'options.metric', ['cosine', 'euclidean']);
  const seed = checked.seed === undefined ? 42 : checkNumber(checked.seed, 'options.seed');
  checkFiniteNumbers(x, 'vectors');
  checkFiniteNumbers(y, 'layout');

  const rows = metric === 'cosine' ? unitRows(x, n, d) : scaledRows(x, n * d);
  const sample = sampleIndices(n, sampleSize, seed);
  const sqNorms = metric === 'euclidean' ? rowSquaredNorms(rows, n, d) : null;
  const original = new Float64Array(BLOCK * n);
  const inLayout = new Float64Array(n);
  const heapDist = new Float64Array(k);
  const heapIndex = new Int32Array(k);
  const origNeighbours = new Int32Array(k);
  const layoutNeighbours = new Int32Array(k);
  const thresholds: { dist: number; index: number }[] = [];
  const below = new Int32Array(k + 1);
  let penalty = 0;
  let kept = 0;

  for (let start = 0; start < sampleSize; start += BLOCK) {
    const block = Math.min(BLOCK, sampleSize - start);
    originalDistances(rows, n, d, sample, start, block, sqNorms, original);
    for (let b = 0; b < block; b++) {
      const i = sample[start + b] as number;
      const dist = original.subarray(b * n, (b + 1) * n);
      nearest(dist, n, i, k, heapDist, heapIndex, origNeighbours);
      for (let m = 0; m < n; m++) {
        let s = 0;
        for (let a = 0; a < ld; a++) {
          const diff = (y[i * ld + a] as number) - (y[m * ld + a] as number);
          s += diff * diff;
        }
        inLayout[m] = s;
      }
      nearest(inLayout, n, i, k, heapDist, heapIndex, layoutNeighbours);
      // Layout neighbours missing from the original neighbourhood, and how many are kept.
      thresholds.length = 0;
      for (let q = 0; q < k; q++) {
        const j = layoutNeighbours[q] as number;
        let found = false;
        for (let p = 0; p < k; p++) {
          if (origNeighbours[p] === j) {
            found = true;
            break;
          }
        }
        if (found) kept++;
        else thresholds.push({ dist: dist[j] as number, index: j });
      }
      if (thresholds.length === 0) continue;
      // Exact original-space ranks of the missing ones: one pass counting the points before each.
      thresholds.sort((a, b) => a.dist - b.dist || a.index - b.index);
      const u = thresholds.length;
      const last = thresholds[u - 1]!;
      below.fill(0);
      for (let m = 0; m < n; m++) {
        if (m === i) continue;
        const dm = dist[m] as number;
        if (dm > last.dist || (dm === last.dist && m >= last.index)) continue;
        let p = 0;
        while (p < u) {
          const t = thresholds[p]!;
          if (dm < t.dist || (dm === t.dist && m < t.index)) break;
          p++;
        }
        below[p]!++;
      }
      let before = 0;
      for (let p = 0; p < u; p++) {
        before += below[p] as number;
        // rank = points strictly before + 1; every missing one ranks beyond k.
        penalty += before + 1 - k;
      }
    }
  }
  const trust = 1 - (2 / (sampleSize * k * (2 * n - 3 * k - 1))) * penalty;
  return { trustworthiness: trust, preservation: kept / (sampleSize * k) };
}

/** A Float32Array or Float64Array, else `INVALID_ARGUMENT`. */
function floatArray(value: unknown, argument: string): Float32Array | Float64Array {
  if (value instanceof Float32Array || value instanceof Float64Array) return value;
  throw new TensorscopeArgumentError(argument, 'a Float32Array or Float64Array', value);
}

/** Rows scaled to unit length (a zero row stays zero), as float64 (huge float32 values cannot overflow). */
function unitRows(x: Float32Array | Float64Array, n: number, d: number): Float64Array {
  const out = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    let largest = 0;
    for (let a = 0; a < d; a++) largest = Math.max(largest, Math.abs(x[i * d + a] as number));
    if (largest === 0) continue;
    let s = 0;
    for (let a = 0; a < d; a++) {
      const v = (x[i * d + a] as number) / largest;
      s += v * v;
    }
    const scale = 1 / (largest * Math.sqrt(s));
    for (let a = 0; a < d; a++) out[i * d + a] = (x[i * d + a] as number) * scale;
  }
  return out;
}

/** The values divided by their largest magnitude (ranks of euclidean distances are unchanged; squares cannot overflow). */
function scaledRows(x: Float32Array | Float64Array, length: number): Float64Array {
  let largest = 0;
  for (let i = 0; i < length; i++) largest = Math.max(largest, Math.abs(x[i] as number));
  const out = new Float64Array(length);
  const scale = largest > 0 ? 1 / largest : 1;
  for (let i = 0; i < length; i++) out[i] = (x[i] as number) * scale;
  return out;
}

function rowSquaredNorms(rows: Float64Array, n: number, d: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let a = 0; a < d; a++) s += (rows[i * d + a] as number) ** 2;
    out[i] = s;
  }
  return out;
}

/** `size` distinct indices of [0, n), ascending: a seeded partial Fisher–Yates shuffle (all of them when size = n). */
function sampleIndices(n: number, size: number, seed: number): Int32Array {
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  if (size < n) {
    const random = createSeededRandom(seed);
    for (let i = 0; i < size; i++) {
      const j = i + Math.floor(random() * (n - i));
      const t = all[i] as number;
      all[i] = all[j] as number;
      all[j] = t;
    }
  }
  return all.slice(0, size).sort();
}

/**
 * Original-space distances (any monotone form: `−cos` for unit rows, `‖x‖² − 2x·y` for euclidean,
 * the query's own norm dropped) from `block` sampled rows to all rows, into `out[b · n + m]`.
 */
function originalDistances(
  rows: Float64Array,
  n: number,
  d: number,
  sample: Int32Array,
  start: number,
  block: number,
  sqNorms: Float64Array | null,
  out: Float64Array,
): void {
  // Padding repeats the last row so the kernel always does four at once.
  const q0 = (sample[start] as number) * d;
  const q1 = (sample[start + Math.min(1, block - 1)] as number) * d;
  const q2 = (sample[start + Math.min(2, block - 1)] as number) * d;
  const q3 = (sample[start + Math.min(3, block - 1)] as number) * d;
  for (let m = 0; m < n; m++) {
    const r = m * d;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let a = 0; a < d; a++) {
      const v = rows[r + a] as number;
      s0 += v * (rows[q0 + a] as number);
      s1 += v * (rows[q1 + a] as number);
      s2 += v * (rows[q2 + a] as number);
      s3 += v * (rows[q3 + a] as number);
    }
    const base = sqNorms ? (sqNorms[m] as number) : 0;
    const sign = sqNorms ? 2 : 1;
    out[m] = base - sign * s0;
    if (block > 1) out[n + m] = base - sign * s1;
    if (block > 2) out[2 * n + m] = base - sign * s2;
    if (block > 3) out[3 * n + m] = base - sign * s3;
  }
}

/**
 * The indices of the k smallest of `dist` (self `i` excluded; ties by index), in no particular
 * order, into `out`: a max-heap of k entries over one pass.
 */
function nearest(
  dist: Float64Array,
  n: number,
  i: number,
  k: number,
  heapDist: Float64Array,
  heapIndex: Int32Array,
  out: Int32Array,
): void {
  let size = 0;
  for (let m = 0; m < n; m++) {
    if (m === i) continue;
    const v = dist[m] as number;
    if (size < k) {
      // Sift up.
      let c = size++;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (!after(v, m, heapDist[p] as number, heapIndex[p] as number)) break;
        heapDist[c] = heapDist[p] as number;
        heapIndex[c] = heapIndex[p] as number;
        c = p;
      }
      heapDist[c] = v;
      heapIndex[c] = m;
    } else if (after(heapDist[0] as number, heapIndex[0] as number, v, m)) {
      // Replace the root (the farthest kept) and sift down.
      let c = 0;
      for (;;) {
        const l = 2 * c + 1;
        if (l >= k) break;
        let child = l;
        if (
          l + 1 < k &&
          after(heapDist[l + 1] as number, heapIndex[l + 1] as number, heapDist[l] as number, heapIndex[l] as number)
        ) {
          child = l + 1;
        }
        if (!after(heapDist[child] as number, heapIndex[child] as number, v, m)) break;
        heapDist[c] = heapDist[child] as number;
        heapIndex[c] = heapIndex[child] as number;
        c = child;
      }
      heapDist[c] = v;
      heapIndex[c] = m;
    }
  }
  for (let q = 0; q < k; q++) out[q] = q < size ? (heapIndex[q] as number) : -1;
}

/** Whether (da, ia) ranks after (db, ib): farther, or as far with a larger index. */
function after(da: number, ia: number, db: number, ib: number): boolean {
  return da > db || (da === db && ia > ib);
}

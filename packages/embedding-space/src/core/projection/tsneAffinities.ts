import { calibrateRow } from './perplexity.js';

/** t-SNE's input affinities `P`: symmetric, summing to 1, in compressed sparse rows. */
export interface SparseAffinities {
  /** `n + 1` offsets: row `i` is `columns/values[rowStart[i] .. rowStart[i + 1])`. */
  rowStart: Int32Array;
  columns: Int32Array;
  values: Float64Array;
}

/** Nearest neighbours of every point, the point itself excluded: row-major `n × k`. */
export interface TsneNeighbours {
  k: number;
  indices: Int32Array;
  /** Squared distances (or any increasing function that is a fixed multiple of them, e.g. `1 − cosine`). */
  squaredDistances: Float32Array | Float64Array;
}

/** The perplexity t-SNE uses for `n` points: the requested one, at most `(n − 1) / 3`. */
export function effectivePerplexity(n: number, requested: number): number {
  return Math.min(requested, (n - 1) / 3);
}

/** Neighbours per point (the point itself not counted) for a perplexity: ⌊3 · perplexity⌋, from 1 to n − 1. */
export function tsneNeighbourCount(n: number, perplexity: number): number {
  return Math.min(n - 1, Math.max(1, Math.floor(3 * effectivePerplexity(n, perplexity))));
}

/**
 * Exact k nearest neighbours by squared euclidean distance, brute force in JavaScript (O(n² d)):
 * for small data, or when no neighbour graph was computed elsewhere.
 */
export function bruteForceNeighbours(
  x: Float32Array,
  n: number,
  d: number,
  k: number,
  onProgress?: (fraction: number) => void,
): TsneNeighbours {
  const indices = new Int32Array(n * k);
  const squaredDistances = new Float64Array(n * k);
  const heapIndex = new Int32Array(k);
  const heapDistance = new Float64Array(k);
  const squaredNorms = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let a = 0; a < d; a++) s += (x[i * d + a] as number) ** 2;
    squaredNorms[i] = s;
  }
  const every = Math.max(1, Math.floor(n / 100));
  for (let i = 0; i < n; i++) {
    // Bounded max-heap of the k nearest so far.
    let size = 0;
    const oi = i * d;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const oj = j * d;
      let dot = 0;
      for (let a = 0; a < d; a++) dot += (x[oi + a] as number) * (x[oj + a] as number);
      const dist = Math.max(0, (squaredNorms[i] as number) + (squaredNorms[j] as number) - 2 * dot);
      if (size < k) {
        let c = size++;
        while (c > 0) {
          const parent = (c - 1) >> 1;
          if ((heapDistance[parent] as number) >= dist) break;
          heapDistance[c] = heapDistance[parent] as number;
          heapIndex[c] = heapIndex[parent] as number;
          c = parent;
        }
        heapDistance[c] = dist;
        heapIndex[c] = j;
      } else if (dist < (heapDistance[0] as number)) {
        let c = 0;
        for (;;) {
          const l = 2 * c + 1;
          if (l >= k) break;
          const r = l + 1;
          const big = r < k && (heapDistance[r] as number) > (heapDistance[l] as number) ? r : l;
          if ((heapDistance[big] as number) <= dist) break;
          heapDistance[c] = heapDistance[big] as number;
          heapIndex[c] = heapIndex[big] as number;
          c = big;
        }
        heapDistance[c] = dist;
        heapIndex[c] = j;
      }
    }
    indices.set(heapIndex, i * k);
    squaredDistances.set(heapDistance, i * k);
    if (onProgress && (i + 1) % every === 0) onProgress((i + 1) / n);
  }
  return { k, indices, squaredDistances };
}

/**
 * Sparse t-SNE affinities from each point's nearest neighbours: per point, conditional
 * probabilities `p_j|i ∝ exp(−β_i d²_ij)` over its neighbours with β_i found by binary search so that
 * their perplexity is `perplexity` ({@link calibrateRow}); then `p_ij = (p_j|i + p_i|j) / 2n`,
 * symmetric and summing to 1, as CSR typed arrays (each row's columns in first-seen order).
 */
export function tsneAffinities(
  neighbours: TsneNeighbours,
  n: number,
  perplexity: number,
  onProgress?: (fraction: number) => void,
): SparseAffinities {
  const { k, indices } = neighbours;
  const conditional = new Float64Array(n * k);
  const rowDistances = new Float64Array(k);
  const rowP = new Float64Array(k);
  const every = Math.max(1, Math.floor(n / 100));
  for (let i = 0; i < n; i++) {
    for (let p = 0; p < k; p++) rowDistances[p] = neighbours.squaredDistances[i * k + p] as number;
    calibrateRow(rowDistances, perplexity, rowP);
    conditional.set(rowP, i * k);
    if (onProgress && (i + 1) % every === 0) onProgress((i + 1) / n);
  }

  // Each (i, j) goes into row i and row j; duplicates within a row are merged below.
  const rowStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    rowStart[i + 1]! += k;
    for (let p = 0; p < k; p++) rowStart[(indices[i * k + p] as number) + 1]! += 1;
  }
  for (let i = 0; i < n; i++) rowStart[i + 1]! += rowStart[i] as number;
  const fill = rowStart.slice(0, n);
  const columns = new Int32Array(2 * n * k);
  const values = new Float64Array(2 * n * k);
  const scale = 1 / (2 * n);
  for (let i = 0; i < n; i++) {
    for (let p = 0; p < k; p++) {
      const j = indices[i * k + p] as number;
      const v = (conditional[i * k + p] as number) * scale;
      let at = fill[i]!++;
      columns[at] = j;
      values[at] = v;
      at = fill[j]!++;
      columns[at] = i;
      values[at] = v;
    }
  }
  // Merge duplicates in place: a row's merged entries never run ahead of its raw ones.
  const slot = new Int32Array(n).fill(-1);
  let write = 0;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const end = rowStart[i + 1] as number;
    const rowFirst = write;
    for (let p = start; p < end; p++) {
      const j = columns[p] as number;
      const at = slot[j] as number;
      if (at >= 0) {
        values[at] = (values[at] as number) + (values[p] as number);
      } else {
        slot[j] = write;
        columns[write] = j;
        values[write] = values[p] as number;
        write++;
      }
    }
    for (let p = rowFirst; p < write; p++) slot[columns[p] as number] = -1;
    start = end;
    rowStart[i + 1] = write;
  }
  return { rowStart, columns: columns.slice(0, write), values: values.slice(0, write) };
}

import type { KnnGraph } from './umap.js';

/** A sparse matrix in compressed-sparse-row form: row i's entries are `[indptr[i], indptr[i + 1])`. */
export interface CsrGraph {
  n: number;
  indptr: Int32Array;
  indices: Int32Array;
  weights: Float32Array;
}

const SMOOTH_K_TOLERANCE = 1e-5;
const MIN_K_DIST_SCALE = 1e-3;
const BINARY_SEARCH_STEPS = 64;

/**
 * umap-learn's `smooth_knn_dist` (local connectivity 1, bandwidth 1): per point, ρ = the distance to
 * its nearest non-identical neighbour and σ (64 steps of binary search) such that
 * `Σ_{j ≥ 1} exp(−max(0, d_j − ρ) / σ) = log2(k)`, with σ kept ≥ 1e-3 × the mean neighbour distance.
 * Entry 0 of each row (the point itself) is skipped in the sum; `-1` entries (missing) count as absent.
 */
export function smoothKnnDistances(knn: KnnGraph, n: number): { sigmas: Float64Array; rhos: Float64Array } {
  const { k, indices, distances } = knn;
  const target = Math.log2(k);
  const sigmas = new Float64Array(n);
  const rhos = new Float64Array(n);
  let total = 0;
  let counted = 0;
  for (let e = 0; e < n * k; e++) {
    if ((indices[e] as number) >= 0) {
      total += distances[e] as number;
      counted++;
    }
  }
  const meanAll = counted > 0 ? total / counted : 0;
  for (let i = 0; i < n; i++) {
    const o = i * k;
    let rho = 0;
    let rowSum = 0;
    let rowCount = 0;
    for (let j = 0; j < k; j++) {
      if ((indices[o + j] as number) < 0) continue;
      const d = distances[o + j] as number;
      rowSum += d;
      rowCount++;
      // The smallest positive distance (rows are usually ascending, but given graphs may not be).
      if (d > 0 && (rho === 0 || d < rho)) rho = d;
    }
    let lo = 0;
    let hi = Infinity;
    let mid = 1;
    for (let step = 0; step < BINARY_SEARCH_STEPS; step++) {
      let psum = 0;
      for (let j = 1; j < k; j++) {
        if ((indices[o + j] as number) < 0) continue;
        const d = (distances[o + j] as number) - rho;
        psum += d > 0 ? Math.exp(-(d / mid)) : 1;
      }
      if (Math.abs(psum - target) < SMOOTH_K_TOLERANCE) break;
      if (psum > target) {
        hi = mid;
        mid = (lo + hi) / 2;
      } else {
        lo = mid;
        mid = hi === Infinity ? mid * 2 : (lo + hi) / 2;
      }
    }
    const meanRow = rowCount > 0 ? rowSum / rowCount : 0;
    const floor = MIN_K_DIST_SCALE * (rho > 0 ? meanRow : meanAll);
    sigmas[i] = mid < floor ? floor : mid;
    rhos[i] = rho;
  }
  return { sigmas, rhos };
}

/**
 * UMAP's fuzzy simplicial set of a kNN graph (umap-learn's `fuzzy_simplicial_set`, set-op mix ratio
 * 1): membership `a_ij = exp(−(d_ij − ρ_i) / σ_i)` (1 for the nearest, 0 for the point itself),
 * then the fuzzy union `w = a + aᵀ − a ∘ aᵀ`. The result is symmetric, without zeros or self-loops,
 * built with typed arrays only: the transpose entry of (i, j) is found by scanning row j's k
 * neighbours, so no map of keys is ever made. Row order: row i's own neighbours first (in kNN
 * order), then the points that have i as a neighbour but are not i's neighbours.
 */
export function fuzzySimplicialSet(knn: KnnGraph, n: number): CsrGraph {
  const { k, indices } = knn;
  const { sigmas, rhos } = smoothKnnDistances(knn, n);
  const membership = membershipStrengths(knn, n, sigmas, rhos);
  // transposed[e] = a_ji for entry e = (i, j), or -1 when i is not among j's neighbours.
  const transposed = new Float32Array(n * k).fill(-1);
  const counts = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    for (let q = 0; q < k; q++) {
      const e = i * k + q;
      const j = indices[e] as number;
      if (j < 0 || j === i) continue;
      let back = -1;
      for (let r = 0; r < k; r++) {
        if (indices[j * k + r] === i) {
          back = membership[j * k + r] as number;
          break;
        }
      }
      transposed[e] = back;
      const a = membership[e] as number;
      if (back < 0) {
        // Only i → j: row i gets a, and row j gets the mirror entry.
        if (a > 0) {
          counts[i + 1]!++;
          counts[j + 1]!++;
        }
      } else if (a + back - a * back > 0) counts[i + 1]!++;
    }
  }
  for (let i = 0; i < n; i++) counts[i + 1]! += counts[i] as number;
  const indptr = counts;
  const nnz = indptr[n] as number;
  const outIndices = new Int32Array(nnz);
  const weights = new Float32Array(nnz);
  const fill = indptr.slice(0, n);
  // Own neighbours first, for every row, then the one-way mirrors (so rows read in kNN order).
  for (let i = 0; i < n; i++) {
    for (let q = 0; q < k; q++) {
      const e = i * k + q;
      const j = indices[e] as number;
      if (j < 0 || j === i) continue;
      const a = membership[e] as number;
      const b = transposed[e] as number;
      const w = b < 0 ? a : a + b - a * b;
      if (w > 0) {
        const at = fill[i]!++;
        outIndices[at] = j;
        weights[at] = w;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    for (let q = 0; q < k; q++) {
      const e = i * k + q;
      const j = indices[e] as number;
      if (j < 0 || j === i || (transposed[e] as number) >= 0) continue;
      const a = membership[e] as number;
      if (a > 0) {
        const at = fill[j]!++;
        outIndices[at] = i;
        weights[at] = a;
      }
    }
  }
  return { n, indptr, indices: outIndices, weights };
}

/** umap-learn's `compute_membership_strengths`: `count × k` memberships, row-aligned with the kNN graph. */
export function membershipStrengths(knn: KnnGraph, n: number, sigmas: Float64Array, rhos: Float64Array): Float32Array {
  const { k, indices, distances } = knn;
  const out = new Float32Array(n * k);
  for (let i = 0; i < n; i++) {
    const rho = rhos[i] as number;
    const sigma = sigmas[i] as number;
    for (let q = 0; q < k; q++) {
      const e = i * k + q;
      const j = indices[e] as number;
      if (j < 0 || j === i) continue;
      const d = (distances[e] as number) - rho;
      out[e] = d <= 0 || sigma === 0 ? 1 : Math.exp(-(d / sigma));
    }
  }
  return out;
}

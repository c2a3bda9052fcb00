import { checkArray, checkInteger, checkObject, checkOneOf } from '@tensorscope/common';
import { EmbeddingError } from './errors.js';
import type { Neighbor } from './neighborSearch.js';
import type { NeighborMetric } from './viewState.js';

/** Neighbours {@link placeByNeighbors} uses at most: UMAP's default `n_neighbors`. */
export const PLACEMENT_NEIGHBORS = 15;

/**
 * Where a new vector goes in a layout that has no transform (UMAP, t-SNE, precomputed
 * coordinates): the membership-weighted mean of the scene positions of its nearest rows in the
 * original space. This is how UMAP starts placing new points (umap-learn's `transform`
 * initialisation): each neighbour weighs `exp(−(dᵢ − ρ) / σ)`, with `ρ` the distance to the
 * nearest and `σ` chosen so the weights sum to `log₂ k`. It is an estimate, not a projection: a
 * query whose neighbours lie in different regions lands between them.
 *
 * `neighbors` are the query's nearest rows, best first, scored by `metric` (cosine and dot:
 * higher is closer; euclidean: a distance). `positions` are the layout's `count × 3` scene
 * positions. Returns the `[x, y, z]` position, or null without neighbours. Neighbours outside
 * the layout or non-finite scores are an `INVALID_VALUE`; arguments of the wrong type an
 * `INVALID_ARGUMENT`.
 */
export function placeByNeighbors(
  positions: Float32Array,
  neighbors: readonly Neighbor[],
  metric: NeighborMetric,
): Float32Array | null {
  if (!(positions instanceof Float32Array)) {
    throw new EmbeddingError('INVALID_ARGUMENT', 'positions must be a Float32Array of count × 3 scene positions.');
  }
  checkArray(neighbors, 'neighbors');
  checkOneOf(metric, 'metric', ['cosine', 'euclidean', 'dot']);
  const count = Math.floor(positions.length / 3);
  const used = neighbors.slice(0, PLACEMENT_NEIGHBORS);
  if (used.length === 0) return null;
  const distances = used.map((neighbor, i) => {
    checkObject(neighbor, `neighbors[${i}]`);
    checkInteger(neighbor.index, `neighbors[${i}].index`);
    if (neighbor.index < 0 || neighbor.index >= count) {
      throw new EmbeddingError('INVALID_VALUE', `Neighbour ${neighbor.index} is outside the layout's ${count} points.`);
    }
    if (typeof neighbor.score !== 'number' || !Number.isFinite(neighbor.score)) {
      throw new EmbeddingError('INVALID_VALUE', `Neighbour ${neighbor.index} has no finite score.`);
    }
    return metric === 'euclidean' ? neighbor.score : -neighbor.score;
  });
  const weights = membershipWeights(distances);
  const out = new Float32Array(3);
  let total = 0;
  used.forEach((neighbor, i) => {
    const w = weights[i] as number;
    total += w;
    for (let a = 0; a < 3; a++) out[a] = (out[a] as number) + w * (positions[neighbor.index * 3 + a] as number);
  });
  for (let a = 0; a < 3; a++) out[a] = (out[a] as number) / total;
  return out;
}

/**
 * UMAP's smooth-kNN memberships of one point: `exp(−max(0, dᵢ − ρ) / σ)` with `σ` found by
 * bisection so that they sum to `log₂ k` (1 each when all distances are equal).
 */
export function membershipWeights(distances: readonly number[]): number[] {
  const rho = Math.min(...distances);
  const offsets = distances.map((d) => Math.max(0, d - rho));
  const target = Math.log2(Math.max(2, distances.length));
  const sum = (sigma: number) => offsets.reduce((s, o) => s + Math.exp(-o / sigma), 0);
  if (offsets.every((o) => o === 0) || sum(Number.MAX_VALUE) <= target) return offsets.map(() => 1);
  let lo = 0;
  let hi = Infinity;
  let sigma = 1;
  for (let iteration = 0; iteration < 64; iteration++) {
    const s = sum(sigma);
    if (Math.abs(s - target) < 1e-5) break;
    if (s > target) {
      hi = sigma;
      sigma = (lo + hi) / 2;
    } else {
      lo = sigma;
      sigma = hi === Infinity ? sigma * 2 : (lo + hi) / 2;
    }
  }
  return offsets.map((o) => Math.exp(-o / sigma));
}

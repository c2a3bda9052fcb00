import { checkArray, checkInteger, checkObject, checkOneOf } from '@tensorscope/common';
import { EmbeddingError } from './errors.js';
import type { Neighbor } from './neighborSearch.js';
import { smoothKnnDistances } from './projection/fuzzyGraph.js';
import type { NeighborMetric } from './viewState.js';

/** Neighbours {@link placeByNeighbors} uses at most: UMAP's default `n_neighbors`. */
export const PLACEMENT_NEIGHBORS = 15;

/**
 * Where a new vector goes in a layout that has no transform (UMAP, t-SNE, precomputed
 * coordinates): the membership-weighted mean of the scene positions of its nearest rows in the
 * original space. This is how UMAP starts placing new points (umap-learn's `transform`
 * initialisation): each neighbour weighs `exp(−(dᵢ − ρ) / σ)` with UMAP's own smooth-kNN `ρ` and
 * `σ` ({@link membershipWeights}); distances are `1 − cosine`, the euclidean distance, or the gap
 * to the best dot product. It is an estimate, not a projection: a
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
  const scores = used.map((neighbor, i) => {
    checkObject(neighbor, `neighbors[${i}]`);
    checkInteger(neighbor.index, `neighbors[${i}].index`);
    if (neighbor.index < 0 || neighbor.index >= count) {
      throw new EmbeddingError('INVALID_VALUE', `Neighbour ${neighbor.index} is outside the layout's ${count} points.`);
    }
    if (typeof neighbor.score !== 'number' || !Number.isFinite(neighbor.score)) {
      throw new EmbeddingError('INVALID_VALUE', `Neighbour ${neighbor.index} has no finite score.`);
    }
    return neighbor.score;
  });
  // Distances ≥ 0: euclidean scores are distances; cosine and dot scores are similarities.
  const best = Math.max(...scores);
  const distances = scores.map((s) => Math.max(0, metric === 'euclidean' ? s : metric === 'cosine' ? 1 - s : best - s));
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
 * UMAP's smooth-kNN memberships of one new point from its neighbours' distances (≥ 0), with the
 * same `smoothKnnDistances` the UMAP graph uses: `exp(−max(0, dᵢ − ρ) / σ)`, `ρ` the smallest
 * positive distance, `σ` such that the weights sum to `log₂(k + 1)` (the graph's rows count the
 * point itself).
 */
export function membershipWeights(distances: readonly number[]): number[] {
  const k = distances.length + 1;
  const graph = {
    k,
    indices: Int32Array.from({ length: k }, (_, j) => j),
    distances: Float32Array.from([0, ...distances]),
  };
  const { sigmas, rhos } = smoothKnnDistances(graph, 1);
  const sigma = sigmas[0] as number;
  const rho = rhos[0] as number;
  return distances.map((d) => (d - rho > 0 ? Math.exp(-(d - rho) / sigma) : 1));
}

import {
  checkFiniteNumbers,
  checkInteger,
  checkNumber,
  checkObject,
  checkOneOf,
  checkOptions,
  TensorscopeArgumentError,
} from '@tensorscope/common';
import { optionalFunction } from '../args.js';
import { EmbeddingError } from '../errors.js';
import { fuzzySimplicialSet } from './fuzzyGraph.js';
import { nnDescent, unitRows, xorshift } from './nnDescent.js';
import type { ProjectionDimensions, UmapOptions } from './types.js';
import { createLayoutOptimizer, findAbParams, initialLayout } from './umapLayout.js';

/** A k-nearest-neighbour graph: row-major `count × k` indices and distances, self first. */
export interface KnnGraph {
  k: number;
  indices: Int32Array;
  distances: Float32Array;
}

/** A step-wise UMAP run (one step = one optimisation epoch). */
export interface UmapRun {
  step(): void;
  /** The current layout, row-major `count × dimensions` (a new array). */
  coordinates(): Float32Array;
  readonly iteration: number;
  readonly iterations: number;
  readonly dimensions: ProjectionDimensions;
}

/** Options of {@link createUmap}: the serialisable part of {@link UmapOptions}, and a progress callback. */
export type CreateUmapOptions = Omit<UmapOptions, 'runtime' | 'knn'> & {
  /** Progress of the synchronous set-up (neighbours, graph, start), 0 to 1; about every 1 to 10 %. */
  onGraphProgress?: (fraction: number) => void;
};

/**
 * UMAP (McInnes, Healy & Melville 2018) on typed arrays, step-wise and seeded (the same seed, data
 * and neighbours give the same layout), following umap-learn:
 *
 * 1. **Neighbours**: `knn` when given (e.g. exact neighbours from tensor-core; the vectors are then
 *    optional, so `vectors` may be `null`), else approximate neighbours by NN-descent over a
 *    random-projection forest (`nnDescent.ts`; cosine: rows normalised once, then dot products).
 * 2. **Fuzzy simplicial set** (`fuzzyGraph.ts`): smooth-kNN ρ/σ by binary search to log2(k),
 *    memberships, fuzzy union `a + aᵀ − a·aᵀ`, in CSR typed arrays.
 * 3. **Initial layout** (`umapLayout.ts`): the first principal axes of the rows (the normalised rows
 *    for cosine) when the vectors are given — a cheap, deterministic global arrangement where
 *    umap-learn's default is a spectral embedding — else uniform noise (umap-learn's
 *    `init='random'`, umap-js's only choice); each axis scaled to [0, 10].
 * 4. **Layout**: umap-learn's SGD (`optimize_layout_euclidean`): edge sampling by weight, 5 negative
 *    samples, gradient clipping at 4, linear learning-rate decay; `a`, `b` fitted to `minDist`.
 *    One `step()` is one epoch; default epochs 500 up to 10 000 points, 200 above (umap-learn's).
 *
 * Steps 1–3 run synchronously here (seconds at 100 000 points): call it in a worker for large data.
 */
export function createUmap(
  vectors: Float32Array | null,
  count: number,
  dimensions: number,
  options: CreateUmapOptions = {},
  knn?: KnnGraph,
): UmapRun {
  checkInteger(count, 'count', { min: 0 });
  checkInteger(dimensions, 'dimensions', { min: 1 });
  options = checkUmapOptions(options);
  if (knn !== undefined) checkKnnGraph(knn);
  if (knn === undefined || vectors !== null) {
    if (!(vectors instanceof Float32Array)) {
      throw new TensorscopeArgumentError('vectors', 'a Float32Array (or null with a neighbour graph)', vectors);
    }
    checkFiniteNumbers(vectors, 'vectors');
  }
  const dims: ProjectionDimensions = options.dimensions ?? 2;
  const nNeighbors = knn?.k ?? options.nNeighbors ?? 15;
  if (count <= nNeighbors) {
    throw new EmbeddingError(
      'INVALID_VALUE',
      `UMAP needs more points (${count}) than neighbours per point (nNeighbors ${nNeighbors}); lower nNeighbors.`,
      { details: { count, nNeighbors } },
    );
  }
  if (vectors && vectors.length !== count * dimensions) {
    throw new EmbeddingError('LENGTH_MISMATCH', `UMAP needs ${count} × ${dimensions} vector values.`, {
      details: { length: vectors.length, count, dimensions },
    });
  }
  if (knn) {
    if (knn.indices.length !== count * knn.k || knn.distances.length !== count * knn.k) {
      throw new EmbeddingError('LENGTH_MISMATCH', `The neighbour graph does not have ${count} rows of ${knn.k}.`);
    }
    checkKnnValues(knn, count);
  }
  const seed = options.seed ?? 42;
  const metric = options.metric ?? 'cosine';
  const random = xorshift(seed);
  // Rows in the metric's geometry (unit rows for cosine), shared by NN-descent and the PCA start.
  const rows = vectors ? metricRows(vectors, count, dimensions, metric) : null;
  const progress = options.onGraphProgress;
  const graphKnn =
    knn ??
    nnDescent(rows as Float32Array, count, dimensions, nNeighbors, {
      metric,
      seed,
      unit: true,
      onProgress: progress && ((fraction) => progress(0.9 * fraction)),
    });
  const graph = fuzzySimplicialSet(graphKnn, count);
  progress?.(0.95);
  const { a, b } = findAbParams(1, options.minDist ?? 0.1);
  const iterations = options.epochs ? options.epochs : count <= 10000 ? 500 : 200;
  const embedding = initialLayout(rows, count, dimensions, dims, random);
  const optimizer = createLayoutOptimizer(graph, embedding, dims, { a, b, epochs: iterations, seed });
  progress?.(1);
  return {
    step() {
      optimizer.step();
    },
    coordinates() {
      return embedding.slice();
    },
    get iteration() {
      return optimizer.epoch;
    },
    iterations,
    dimensions: dims,
  };
}

/**
 * Cosine: unit rows. Euclidean: the rows themselves, or divided by their largest magnitude when
 * that is large enough for float32 squares to overflow (UMAP's graph does not change with a global
 * scale: ρ and σ scale with the distances).
 */
function metricRows(vectors: Float32Array, n: number, d: number, metric: 'cosine' | 'euclidean'): Float32Array {
  if (metric === 'cosine') return unitRows(vectors, n, d);
  let largest = 0;
  for (let i = 0; i < vectors.length; i++) largest = Math.max(largest, Math.abs(vectors[i] as number));
  if (largest < 1e15) return vectors;
  const out = new Float32Array(vectors.length);
  for (let i = 0; i < vectors.length; i++) out[i] = (vectors[i] as number) / largest;
  return out;
}

/** {@link CreateUmapOptions}, each field of its documented type. */
function checkUmapOptions(options: CreateUmapOptions | undefined): CreateUmapOptions {
  const checked = checkOptions(options);
  if (checked.dimensions !== undefined) checkOneOf(checked.dimensions, 'options.dimensions', [2, 3]);
  if (checked.nNeighbors !== undefined) checkInteger(checked.nNeighbors, 'options.nNeighbors', { min: 1 });
  // At most the spread (1), as umap-learn requires; the view state allows the same range.
  if (checked.minDist !== undefined) checkNumber(checked.minDist, 'options.minDist', { min: 0, max: 1 });
  if (checked.epochs !== undefined) checkInteger(checked.epochs, 'options.epochs', { min: 0 });
  if (checked.seed !== undefined) checkNumber(checked.seed, 'options.seed');
  if (checked.metric !== undefined) checkOneOf(checked.metric, 'options.metric', ['cosine', 'euclidean']);
  optionalFunction(checked.onGraphProgress, 'options.onGraphProgress');
  return checked;
}

/** A neighbour graph: `k` ≥ 1, Int32Array indices and Float32Array distances (lengths are checked against the count). */
function checkKnnGraph(knn: unknown): asserts knn is KnnGraph {
  const graph = checkObject(knn, 'knn');
  checkInteger(graph.k, 'knn.k', { min: 1 });
  if (!(graph.indices instanceof Int32Array))
    throw new TensorscopeArgumentError('knn.indices', 'an Int32Array', graph.indices);
  if (!(graph.distances instanceof Float32Array)) {
    throw new TensorscopeArgumentError('knn.distances', 'a Float32Array', graph.distances);
  }
}

/** Neighbour indices in [−1, count) (−1: missing) and, for present ones, finite distances ≥ 0. */
function checkKnnValues(knn: KnnGraph, count: number): void {
  for (let e = 0; e < knn.indices.length; e++) {
    const j = knn.indices[e] as number;
    if (j < -1 || j >= count) {
      throw new EmbeddingError(
        'INVALID_VALUE',
        `knn.indices[${e}] is ${j}; neighbours are row numbers below ${count} (or −1 for none).`,
        { details: { index: e, value: j, count } },
      );
    }
    const d = knn.distances[e] as number;
    if (j >= 0 && !(d >= 0 && d < Infinity)) {
      throw new EmbeddingError('INVALID_VALUE', `knn.distances[${e}] is ${d}; distances are finite and 0 or more.`, {
        details: { index: e, value: d },
      });
    }
  }
}

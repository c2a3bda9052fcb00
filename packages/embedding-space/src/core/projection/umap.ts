import { vectorNorm } from '../vectorNorm.js';
import {
  checkFiniteNumbers,
  checkInteger,
  checkNumber,
  checkObject,
  checkOneOf,
  checkOptions,
  createSeededRandom,
  TensorscopeArgumentError,
} from '@tensorscope/common';
import { UMAP } from 'umap-js';
import { EmbeddingError } from '../errors.js';
import type { ProjectionDimensions, UmapOptions } from './types.js';

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

/** Options of {@link createUmap}: the serialisable part of {@link UmapOptions}. */
export type CreateUmapOptions = Omit<UmapOptions, 'runtime' | 'knn'>;

/**
 * UMAP via umap-js, seeded (the same seed, data and neighbours give the same layout), with a
 * step-wise API. With `knn` (e.g. exact neighbours from tensor-core) umap-js's own approximate
 * neighbour descent is skipped and the vectors are not even read, so `vectors` may be `null`.
 * The graph construction runs synchronously here: call it in a worker for large data.
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
  else if (!(vectors instanceof Float32Array)) {
    throw new TensorscopeArgumentError('vectors', 'a Float32Array (or null with a neighbour graph)', vectors);
  } else checkFiniteNumbers(vectors, 'vectors');
  const dims: ProjectionDimensions = options.dimensions ?? 2;
  const nNeighbors = knn?.k ?? options.nNeighbors ?? 15;
  if (count <= nNeighbors) {
    throw new EmbeddingError(
      'INVALID_VALUE',
      `UMAP needs more points (${count}) than neighbours per point (nNeighbors ${nNeighbors}); lower nNeighbors.`,
      { details: { count, nNeighbors } },
    );
  }
  const umap = new UMAP({
    nComponents: dims,
    nNeighbors,
    minDist: options.minDist ?? 0.1,
    random: createSeededRandom(options.seed ?? 42),
    ...(options.epochs ? { nEpochs: options.epochs } : {}),
    ...(options.metric === 'euclidean' ? {} : { distanceFn: cosineDistance }),
  });
  // The search graph only serves umap.transform() (placing new points), which this never calls;
  // skipping it saves seconds and hundreds of MB of string-keyed maps at 100k points.
  (umap as unknown as { makeSearchGraph: () => null }).makeSearchGraph = () => null;

  let rows: number[][];
  if (knn) {
    if (knn.indices.length !== count * knn.k || knn.distances.length !== count * knn.k) {
      throw new EmbeddingError('LENGTH_MISMATCH', `The neighbour graph does not have ${count} rows of ${knn.k}.`);
    }
    const indices: number[][] = [];
    const distances: number[][] = [];
    for (let i = 0; i < count; i++) {
      indices.push(Array.from(knn.indices.subarray(i * knn.k, (i + 1) * knn.k)));
      distances.push(Array.from(knn.distances.subarray(i * knn.k, (i + 1) * knn.k)));
    }
    umap.setPrecomputedKNN(indices, distances);
    // Only the number of rows is read when the neighbours are given.
    rows = new Array<number[]>(count).fill([]);
  } else {
    if (!vectors || vectors.length !== count * dimensions) {
      throw new EmbeddingError('LENGTH_MISMATCH', `UMAP needs ${count} × ${dimensions} vector values.`);
    }
    rows = [];
    for (let i = 0; i < count; i++) rows.push(Array.from(vectors.subarray(i * dimensions, (i + 1) * dimensions)));
  }
  const iterations = umap.initializeFit(rows);
  let iteration = 0;
  return {
    step() {
      if (iteration >= iterations) return;
      iteration = umap.step();
    },
    coordinates() {
      const embedding = umap.getEmbedding();
      const out = new Float32Array(count * dims);
      for (let i = 0; i < count; i++) {
        const row = embedding[i] as number[];
        for (let a = 0; a < dims; a++) out[i * dims + a] = row[a] as number;
      }
      return out;
    },
    get iteration() {
      return iteration;
    },
    iterations,
    dimensions: dims,
  };
}

/** Cosine distance 1 − cos(x, y) (1 for a zero vector), for umap-js's neighbour descent. */
function cosineDistance(x: number[], y: number[]): number {
  const nx = vectorNorm(x);
  const ny = vectorNorm(y);
  if (nx === 0 || ny === 0) return 1;
  // Each factor scaled first: products of large values cannot overflow.
  let cosine = 0;
  for (let i = 0; i < x.length; i++) cosine += ((x[i] as number) / nx) * ((y[i] as number) / ny);
  return Math.max(0, 1 - cosine);
}

/** {@link CreateUmapOptions}, each field of its documented type. */
function checkUmapOptions(options: CreateUmapOptions | undefined): CreateUmapOptions {
  const checked = checkOptions(options);
  if (checked.dimensions !== undefined) checkOneOf(checked.dimensions, 'options.dimensions', [2, 3]);
  if (checked.nNeighbors !== undefined) checkInteger(checked.nNeighbors, 'options.nNeighbors', { min: 1 });
  if (checked.minDist !== undefined) checkNumber(checked.minDist, 'options.minDist', { min: 0 });
  if (checked.epochs !== undefined) checkInteger(checked.epochs, 'options.epochs', { min: 0 });
  if (checked.seed !== undefined) checkNumber(checked.seed, 'options.seed');
  if (checked.metric !== undefined) checkOneOf(checked.metric, 'options.metric', ['cosine', 'euclidean']);
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

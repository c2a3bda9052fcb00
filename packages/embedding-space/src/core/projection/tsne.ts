import { vectorNorm } from '../vectorNorm.js';
import {
  checkFiniteNumbers,
  checkInteger,
  checkNumber,
  checkObject,
  checkOneOf,
  checkOptions,
  createSeededRandom,
  gaussian,
  TensorscopeArgumentError,
} from '@tensorscope/common';
import { optionalFunction } from '../args.js';
import { EmbeddingError } from '../errors.js';
import { createBarnesHut, exactRepulsion } from './barnesHut.js';
import {
  bruteForceNeighbours,
  effectivePerplexity,
  tsneAffinities,
  tsneNeighbourCount,
  type SparseAffinities,
  type TsneNeighbours,
} from './tsneAffinities.js';
import type { ProjectionDimensions, TsneOptions } from './types.js';
import type { KnnGraph } from './umap.js';

/**
 * Most points {@link createTsne} accepts. Repulsion is Barnes–Hut (O(n log n) per iteration):
 * 20 000 GloVe rows take well under a minute on two CPU cores with exact neighbours from
 * tensor-core; 100 000 take several minutes (with progress).
 */
export const TSNE_MAX_POINTS = 100_000;

/**
 * Up to this many points the default θ computes the repulsion exactly (O(n²), every pair): there
 * it is about as fast as the tree, and exact. Above it, Barnes–Hut with θ = 0.5.
 */
export const TSNE_EXACT_MAX_POINTS = 1000;

/** Iterations with early exaggeration and the low momentum. */
const EXAGGERATION_ITERATIONS = 250;

/** Default Barnes–Hut opening angle. */
const DEFAULT_THETA = 0.5;

/** A step-wise t-SNE run. */
export interface Tsne {
  /** One gradient-descent iteration (no-op once `iteration === iterations`). */
  step(): void;
  /** The current layout, row-major `count × dimensions` (a new array). */
  coordinates(): Float32Array;
  /** Iterations done so far. */
  readonly iteration: number;
  /** Iterations planned. */
  readonly iterations: number;
  readonly dimensions: ProjectionDimensions;
}

/** Options of {@link createTsne} (the serialisable part of {@link TsneOptions}); `dims` may be given instead of `dimensions`. */
export type CreateTsneOptions = Omit<TsneOptions, 'runtime'> & {
  dims?: ProjectionDimensions;
  /** Distance in the input space (and of a given neighbour graph). Default `'cosine'` (rows normalised first). */
  metric?: 'cosine' | 'euclidean';
  /** Progress of the affinity computation (0–1). */
  onAffinityProgress?: (fraction: number) => void;
};

/**
 * t-SNE (van der Maaten & Hinton 2008) with a step-wise API for workers and live animation.
 *
 * Affinities: each point's ⌊3 · perplexity⌋ nearest neighbours — from `knn` when given (e.g.
 * {@link exactKnn} on tensor-core, the point itself first, at least that many more per row; `vectors`
 * may then be `null`), else exact by brute force here (O(n² d): fine for a few thousand points) —
 * calibrated to the perplexity by binary search and symmetrised into sparse rows.
 *
 * Optimisation (van der Maaten 2014): attraction over the sparse affinities; repulsion by a
 * Barnes–Hut quadtree (2-D) or octree (3-D) rebuilt each iteration (`theta`, default 0.5; exact
 * for 0 and, by default, for up to {@link TSNE_EXACT_MAX_POINTS} points); early exaggeration for the
 * first 250 iterations, momentum 0.5 then 0.8, per-parameter gains. No code generation (CSP-safe).
 * Deterministic: the same seed, data and neighbours give the same layout.
 *
 * Throws `EmbeddingError('TOO_LARGE')` above {@link TSNE_MAX_POINTS} points, `'INVALID_VALUE'` for
 * fewer than 3 points, bad options or a neighbour graph with too few neighbours, `'LENGTH_MISMATCH'`
 * when the values or the graph do not match the count.
 */
export function createTsne(
  vectors: Float32Array | null,
  n: number,
  d: number,
  options: CreateTsneOptions = {},
  knn?: KnnGraph,
): Tsne {
  if (knn === undefined || vectors !== null) {
    if (!(vectors instanceof Float32Array)) {
      throw new TensorscopeArgumentError('vectors', 'a Float32Array (or null with a neighbour graph)', vectors);
    }
    checkFiniteNumbers(vectors, 'vectors');
  }
  checkInteger(n, 'n', { min: 0 });
  checkInteger(d, 'd', { min: 1 });
  options = checkTsneOptions(options);
  if (knn !== undefined) checkGraphShape(knn);
  const dims: ProjectionDimensions = options.dims ?? options.dimensions ?? 2;
  if (n > TSNE_MAX_POINTS) {
    throw new EmbeddingError(
      'TOO_LARGE',
      `t-SNE takes at most ${TSNE_MAX_POINTS.toLocaleString('en')} points; the data has ${n.toLocaleString('en')}. Use UMAP, or a sample.`,
      { details: { count: n, max: TSNE_MAX_POINTS } },
    );
  }
  if (n < 3) throw new EmbeddingError('INVALID_VALUE', `t-SNE needs at least 3 points; the data has ${n}.`);
  if (vectors && vectors.length !== n * d) {
    throw new EmbeddingError('LENGTH_MISMATCH', `t-SNE: ${vectors.length} values do not make ${n} rows of ${d}.`);
  }
  if (dims !== 2 && dims !== 3) {
    throw new EmbeddingError('INVALID_VALUE', `t-SNE dimensions must be 2 or 3; received ${String(dims)}.`);
  }
  const requested = options.perplexity ?? 30;
  if (!(requested > 0))
    throw new EmbeddingError('INVALID_VALUE', `perplexity must be positive; received ${requested}.`);
  const theta = options.theta ?? DEFAULT_THETA;
  if (!(theta >= 0 && theta <= 1)) {
    throw new EmbeddingError('INVALID_VALUE', `theta must be from 0 (exact) to 1; received ${theta}.`);
  }
  const perplexity = effectivePerplexity(n, requested);
  const iterations = options.iterations ?? 1000;
  const exaggeration = options.earlyExaggeration ?? 12;
  const rate = options.learningRate ?? 'auto';
  const learningRate = rate === 'auto' ? Math.max(n / exaggeration / 4, 50) : rate;
  const k = tsneNeighbourCount(n, requested);

  const neighbours = knn
    ? fromGraph(knn, n, k, options.metric ?? 'cosine')
    : bruteForceNeighbours(
        options.metric === 'euclidean' ? (vectors as Float32Array) : normalised(vectors as Float32Array, n, d),
        n,
        d,
        k,
        options.onAffinityProgress && ((f) => options.onAffinityProgress?.(f / 2)),
      );
  const affinities = tsneAffinities(
    neighbours,
    n,
    perplexity,
    options.onAffinityProgress && ((f) => options.onAffinityProgress?.(knn ? f : 0.5 + f / 2)),
  );

  // Each pair once (j > i): the attraction is equal and opposite on the two ends.
  const { rowStart, columns, values } = upperTriangle(affinities, n);
  const exact = theta === 0 || (options.theta === undefined && n <= TSNE_EXACT_MAX_POINTS);
  const barnesHut = exact ? null : createBarnesHut(n, dims);
  const random = createSeededRandom(options.seed ?? 42);
  const y = new Float64Array(n * dims);
  for (let i = 0; i < y.length; i++) y[i] = gaussian(random) * 1e-4;
  const update = new Float64Array(n * dims);
  const gains = new Float64Array(n * dims).fill(1);
  const attraction = new Float64Array(n * dims);
  const repulsion = new Float64Array(n * dims);
  const mean = new Float64Array(dims);
  let iteration = 0;

  const step = () => {
    if (iteration >= iterations) return;
    const early = iteration < EXAGGERATION_ITERATIONS;
    const exag = early ? exaggeration : 1;
    const momentum = early ? 0.5 : 0.8;
    attract(y, n, dims, rowStart, columns, values, attraction);
    // Repulsion Σ_j w_ij² (y_i − y_j), normalised by Z = Σ_{k≠l} w_kl.
    const z = barnesHut ? barnesHut(y, theta, repulsion) : exactRepulsion(y, n, dims, repulsion);
    const inverseZ = z > 0 ? 1 / z : 0;
    mean.fill(0);
    for (let k = 0; k < n * dims; k++) {
      const gradient = 4 * (exag * (attraction[k] as number) - (repulsion[k] as number) * inverseZ);
      const u = update[k] as number;
      let gain = gains[k] as number;
      gain = Math.sign(gradient) !== Math.sign(u) ? gain + 0.2 : gain * 0.8;
      if (gain < 0.01) gain = 0.01;
      gains[k] = gain;
      const next = momentum * u - learningRate * gain * gradient;
      update[k] = next;
      y[k] = (y[k] as number) + next;
      mean[k % dims]! += y[k] as number;
    }
    for (let k = 0; k < n * dims; k++) y[k] = (y[k] as number) - (mean[k % dims] as number) / n;
    iteration++;
  };

  return {
    step,
    coordinates: () => Float32Array.from(y),
    get iteration() {
      return iteration;
    },
    iterations,
    dimensions: dims,
  };
}

/** The entries of a symmetric CSR matrix above the diagonal (`j > i`), as CSR. */
function upperTriangle(p: SparseAffinities, n: number): SparseAffinities {
  const rowStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    let kept = 0;
    for (let q = p.rowStart[i] as number; q < (p.rowStart[i + 1] as number); q++)
      if ((p.columns[q] as number) > i) kept++;
    rowStart[i + 1] = (rowStart[i] as number) + kept;
  }
  const columns = new Int32Array(rowStart[n] as number);
  const values = new Float64Array(rowStart[n] as number);
  for (let i = 0; i < n; i++) {
    let at = rowStart[i] as number;
    for (let q = p.rowStart[i] as number; q < (p.rowStart[i + 1] as number); q++) {
      if ((p.columns[q] as number) > i) {
        columns[at] = p.columns[q] as number;
        values[at++] = p.values[q] as number;
      }
    }
  }
  return { rowStart, columns, values };
}

/**
 * Attraction over the sparse affinities, each pair once (`upper` holds j > i):
 * `out[i] = Σ_j p_ij w_ij (y_i − y_j)`, w = 1 / (1 + |y_i − y_j|²).
 */
function attract(
  y: Float64Array,
  n: number,
  dims: number,
  rowStart: Int32Array,
  columns: Int32Array,
  values: Float64Array,
  out: Float64Array,
): void {
  out.fill(0);
  if (dims === 2) {
    for (let i = 0; i < n; i++) {
      const xi = y[2 * i] as number;
      const yi = y[2 * i + 1] as number;
      let fx = 0;
      let fy = 0;
      for (let p = rowStart[i] as number; p < (rowStart[i + 1] as number); p++) {
        const j = columns[p] as number;
        const dx = xi - (y[2 * j] as number);
        const dy = yi - (y[2 * j + 1] as number);
        const f = (values[p] as number) / (1 + dx * dx + dy * dy);
        fx += f * dx;
        fy += f * dy;
        out[2 * j]! -= f * dx;
        out[2 * j + 1]! -= f * dy;
      }
      out[2 * i]! += fx;
      out[2 * i + 1]! += fy;
    }
    return;
  }
  for (let i = 0; i < n; i++) {
    const xi = y[3 * i] as number;
    const yi = y[3 * i + 1] as number;
    const zi = y[3 * i + 2] as number;
    let fx = 0;
    let fy = 0;
    let fz = 0;
    for (let p = rowStart[i] as number; p < (rowStart[i + 1] as number); p++) {
      const j = columns[p] as number;
      const dx = xi - (y[3 * j] as number);
      const dy = yi - (y[3 * j + 1] as number);
      const dz = zi - (y[3 * j + 2] as number);
      const f = (values[p] as number) / (1 + dx * dx + dy * dy + dz * dz);
      fx += f * dx;
      fy += f * dy;
      fz += f * dz;
      out[3 * j]! -= f * dx;
      out[3 * j + 1]! -= f * dy;
      out[3 * j + 2]! -= f * dz;
    }
    out[3 * i]! += fx;
    out[3 * i + 1]! += fy;
    out[3 * i + 2]! += fz;
  }
}

/**
 * The first `k` neighbours of each row of a graph, the row itself skipped, with squared distances
 * (a cosine graph's `1 − cos` is half the squared distance of unit rows: the same calibration).
 */
function fromGraph(graph: KnnGraph, n: number, k: number, metric: 'cosine' | 'euclidean'): TsneNeighbours {
  const { k: width, indices: source, distances } = graph;
  if (source.length !== n * width || distances.length !== n * width) {
    throw new EmbeddingError('LENGTH_MISMATCH', `The neighbour graph does not have ${n} rows of ${width}.`, {
      details: { count: n, k: width },
    });
  }
  const indices = new Int32Array(n * k);
  const squaredDistances = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    let taken = 0;
    for (let p = 0; p < width && taken < k; p++) {
      const j = source[i * width + p] as number;
      if (j === i) continue;
      const distance = distances[i * width + p] as number;
      if (!(j >= 0 && j < n) || !(distance >= 0 && distance < Infinity)) {
        throw new EmbeddingError(
          'INVALID_VALUE',
          `The neighbour graph's row ${i} has an invalid entry (index ${j}, distance ${distance}).`,
          { details: { row: i } },
        );
      }
      indices[i * k + taken] = j;
      squaredDistances[i * k + taken] = metric === 'euclidean' ? distance * distance : distance;
      taken++;
    }
    if (taken < k) {
      throw new EmbeddingError(
        'INVALID_VALUE',
        `t-SNE needs ${k} neighbours per point (3 × perplexity); the neighbour graph's row ${i} has ${taken}.`,
        { details: { row: i, needed: k, available: taken } },
      );
    }
  }
  return { k, indices, squaredDistances };
}

/** Rows scaled to unit length (zero rows stay zero). */
function normalised(vectors: Float32Array, n: number, d: number): Float32Array {
  const out = new Float32Array(vectors.length);
  for (let i = 0; i < n; i++) {
    const norm = vectorNorm(vectors, i * d, (i + 1) * d);
    const inv = norm > 0 && Number.isFinite(norm) ? 1 / norm : 0;
    for (let j = 0; j < d; j++) out[i * d + j] = (vectors[i * d + j] as number) * inv;
  }
  return out;
}

/** A neighbour graph: `k` ≥ 1, Int32Array indices and Float32Array distances (lengths are checked against the count). */
function checkGraphShape(knn: unknown): asserts knn is KnnGraph {
  const graph = checkObject(knn, 'knn');
  checkInteger(graph.k, 'knn.k', { min: 1 });
  if (!(graph.indices instanceof Int32Array)) {
    throw new TensorscopeArgumentError('knn.indices', 'an Int32Array', graph.indices);
  }
  if (!(graph.distances instanceof Float32Array)) {
    throw new TensorscopeArgumentError('knn.distances', 'a Float32Array', graph.distances);
  }
}

/** {@link CreateTsneOptions}, each field of its documented type (ranges are checked where they are used). */
function checkTsneOptions(options: CreateTsneOptions | undefined): CreateTsneOptions {
  const checked = checkOptions(options);
  for (const key of ['perplexity', 'seed', 'earlyExaggeration', 'theta'] as const) {
    if (checked[key] !== undefined) checkNumber(checked[key], `options.${key}`);
  }
  if (checked.iterations !== undefined) checkInteger(checked.iterations, 'options.iterations', { min: 0 });
  if (checked.learningRate !== undefined && checked.learningRate !== 'auto') {
    checkNumber(checked.learningRate, 'options.learningRate');
  }
  if (checked.metric !== undefined) checkOneOf(checked.metric, 'options.metric', ['cosine', 'euclidean']);
  optionalFunction(checked.onAffinityProgress, 'options.onAffinityProgress');
  return checked;
}

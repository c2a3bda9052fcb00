import { vectorNorm } from '../vectorNorm.js';
import {
  checkFiniteNumbers,
  checkInteger,
  checkNumber,
  checkOneOf,
  checkOptions,
  createSeededRandom,
  gaussian,
  TensorscopeArgumentError,
} from '@tensorscope/common';
import { optionalFunction } from '../args.js';
import { EmbeddingError } from '../errors.js';
import { calibrateRow } from './perplexity.js';
import type { ProjectionDimensions, TsneOptions } from './types.js';

/**
 * Most points {@link createTsne} accepts. The repulsion is computed exactly, O(n²) per iteration:
 * 5 000 points take about half a minute for 1 000 iterations in a worker. Use UMAP above this.
 */
export const TSNE_MAX_POINTS = 5000;

/** Iterations with early exaggeration and the low momentum. */
const EXAGGERATION_ITERATIONS = 250;

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

/** Options of {@link createTsne}; `dims` may be given instead of `dimensions`. */
export type CreateTsneOptions = TsneOptions & {
  dims?: ProjectionDimensions;
  /** Distance in the input space. Default `'cosine'` (rows normalised first). */
  metric?: 'cosine' | 'euclidean';
  /** Progress of the affinity computation (0–1). */
  onAffinityProgress?: (fraction: number) => void;
};

/**
 * t-SNE (van der Maaten & Hinton 2008) with a step-wise API for workers and live animation.
 * Affinities: each point's `3 × perplexity` nearest neighbours (exact, brute force), calibrated
 * to the perplexity by binary search and symmetrised. Optimisation: exact gradient (O(n²) per
 * step, no code generation, CSP-safe), early exaggeration for the first 250 iterations, momentum
 * 0.5 then 0.8, per-parameter gains. Deterministic: the same seed gives the same layout.
 *
 * Throws `EmbeddingError('TOO_LARGE')` above {@link TSNE_MAX_POINTS} points and
 * `'INVALID_VALUE'` for fewer than 3 points or bad options.
 */
export function createTsne(vectors: Float32Array, n: number, d: number, options: CreateTsneOptions = {}): Tsne {
  if (!(vectors instanceof Float32Array)) throw new TensorscopeArgumentError('vectors', 'a Float32Array', vectors);
  checkFiniteNumbers(vectors, 'vectors');
  checkInteger(n, 'n', { min: 0 });
  checkInteger(d, 'd', { min: 1 });
  options = checkTsneOptions(options);
  const dims: ProjectionDimensions = options.dims ?? options.dimensions ?? 2;
  if (n > TSNE_MAX_POINTS) {
    throw new EmbeddingError(
      'TOO_LARGE',
      `t-SNE here is exact (O(n²) per iteration) and takes at most ${TSNE_MAX_POINTS} points; the data has ${n}. Use UMAP, or a sample.`,
      { details: { count: n, max: TSNE_MAX_POINTS } },
    );
  }
  if (n < 3) throw new EmbeddingError('INVALID_VALUE', `t-SNE needs at least 3 points; the data has ${n}.`);
  if (vectors.length !== n * d) {
    throw new EmbeddingError('LENGTH_MISMATCH', `t-SNE: ${vectors.length} values do not make ${n} rows of ${d}.`);
  }
  if (dims !== 2 && dims !== 3) {
    throw new EmbeddingError('INVALID_VALUE', `t-SNE dimensions must be 2 or 3; received ${String(dims)}.`);
  }
  const requested = options.perplexity ?? 30;
  if (!(requested > 0))
    throw new EmbeddingError('INVALID_VALUE', `perplexity must be positive; received ${requested}.`);
  const perplexity = Math.min(requested, (n - 1) / 3);
  const iterations = options.iterations ?? 1000;
  const exaggeration = options.earlyExaggeration ?? 12;
  const rate = options.learningRate ?? 'auto';
  const learningRate = rate === 'auto' ? Math.max(n / exaggeration / 4, 50) : rate;

  const { rowStart, columns, values } = affinities(
    options.metric === 'euclidean' ? vectors : normalised(vectors, n, d),
    n,
    d,
    perplexity,
    options.onAffinityProgress,
  );

  const random = createSeededRandom(options.seed ?? 42);
  const y = new Float64Array(n * dims);
  for (let i = 0; i < y.length; i++) y[i] = gaussian(random) * 1e-4;
  const update = new Float64Array(n * dims);
  const gains = new Float64Array(n * dims).fill(1);
  const attraction = new Float64Array(n * dims);
  const repulsion = new Float64Array(n * dims);
  let iteration = 0;

  const step = () => {
    if (iteration >= iterations) return;
    const early = iteration < EXAGGERATION_ITERATIONS;
    const exag = early ? exaggeration : 1;
    const momentum = early ? 0.5 : 0.8;
    attraction.fill(0);
    repulsion.fill(0);
    // Attraction over the sparse affinities: Σ_j p_ij w_ij (y_i − y_j), w = 1 / (1 + |y_i − y_j|²).
    for (let i = 0; i < n; i++) {
      const oi = i * dims;
      for (let p = rowStart[i] as number; p < (rowStart[i + 1] as number); p++) {
        const oj = (columns[p] as number) * dims;
        let dist = 0;
        for (let a = 0; a < dims; a++) dist += ((y[oi + a] as number) - (y[oj + a] as number)) ** 2;
        const f = ((values[p] as number) * exag) / (1 + dist);
        for (let a = 0; a < dims; a++) attraction[oi + a]! += f * ((y[oi + a] as number) - (y[oj + a] as number));
      }
    }
    // Exact repulsion: Σ_j w_ij² (y_i − y_j) / Z, Z = Σ_{k≠l} w_kl.
    let z = 0;
    if (dims === 2) {
      for (let i = 0; i < n; i++) {
        const xi = y[2 * i] as number;
        const yi = y[2 * i + 1] as number;
        let rx = 0;
        let ry = 0;
        for (let j = i + 1; j < n; j++) {
          const dx = xi - (y[2 * j] as number);
          const dy = yi - (y[2 * j + 1] as number);
          const w = 1 / (1 + dx * dx + dy * dy);
          z += w;
          const w2 = w * w;
          rx += w2 * dx;
          ry += w2 * dy;
          repulsion[2 * j]! -= w2 * dx;
          repulsion[2 * j + 1]! -= w2 * dy;
        }
        repulsion[2 * i]! += rx;
        repulsion[2 * i + 1]! += ry;
      }
    } else {
      for (let i = 0; i < n; i++) {
        const xi = y[3 * i] as number;
        const yi = y[3 * i + 1] as number;
        const zi = y[3 * i + 2] as number;
        let rx = 0;
        let ry = 0;
        let rz = 0;
        for (let j = i + 1; j < n; j++) {
          const dx = xi - (y[3 * j] as number);
          const dy = yi - (y[3 * j + 1] as number);
          const dz = zi - (y[3 * j + 2] as number);
          const w = 1 / (1 + dx * dx + dy * dy + dz * dz);
          z += w;
          const w2 = w * w;
          rx += w2 * dx;
          ry += w2 * dy;
          rz += w2 * dz;
          repulsion[3 * j]! -= w2 * dx;
          repulsion[3 * j + 1]! -= w2 * dy;
          repulsion[3 * j + 2]! -= w2 * dz;
        }
        repulsion[3 * i]! += rx;
        repulsion[3 * i + 1]! += ry;
        repulsion[3 * i + 2]! += rz;
      }
    }
    z *= 2;
    const mean = new Float64Array(dims);
    for (let k = 0; k < n * dims; k++) {
      const gradient = 4 * ((attraction[k] as number) - (repulsion[k] as number) / z);
      const u = update[k] as number;
      let gain = gains[k] as number;
      gain = Math.sign(gradient) !== Math.sign(u) ? gain + 0.2 : gain * 0.8;
      gains[k] = Math.max(gain, 0.01);
      const next = momentum * u - learningRate * (gains[k] as number) * gradient;
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

/**
 * Symmetric sparse affinities `P` (CSR, summing to 1) from each point's ⌊3 · perplexity⌋ nearest
 * neighbours by squared euclidean distance.
 */
function affinities(
  x: Float32Array,
  n: number,
  d: number,
  perplexity: number,
  onProgress?: (fraction: number) => void,
): { rowStart: Int32Array; columns: Int32Array; values: Float64Array } {
  const k = Math.min(n - 1, Math.max(1, Math.floor(3 * perplexity)));
  const neighbours = new Int32Array(n * k);
  const conditional = new Float64Array(n * k);
  const heapIndex = new Int32Array(k);
  const heapDistance = new Float64Array(k);
  const rowDistances = new Float64Array(k);
  const rowP = new Float64Array(k);
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
    for (let p = 0; p < k; p++) rowDistances[p] = heapDistance[p] as number;
    calibrateRow(rowDistances, perplexity, rowP);
    neighbours.set(heapIndex, i * k);
    conditional.set(rowP, i * k);
    if (onProgress && (i + 1) % every === 0) onProgress((i + 1) / n);
  }

  // Symmetrise: p_ij = (p_j|i + p_i|j) / 2n, as CSR.
  const counts = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    for (let p = 0; p < k; p++) {
      counts[i + 1]! += 1;
      counts[(neighbours[i * k + p] as number) + 1]! += 1;
    }
  }
  for (let i = 0; i < n; i++) counts[i + 1]! += counts[i] as number;
  const fill = counts.slice(0, n);
  const cols = new Int32Array(2 * n * k);
  const vals = new Float64Array(2 * n * k);
  for (let i = 0; i < n; i++) {
    for (let p = 0; p < k; p++) {
      const j = neighbours[i * k + p] as number;
      const v = (conditional[i * k + p] as number) / (2 * n);
      let at = fill[i]!++;
      cols[at] = j;
      vals[at] = v;
      at = fill[j]!++;
      cols[at] = i;
      vals[at] = v;
    }
  }
  // Merge duplicate (i, j) entries within each row.
  const rowStart = new Int32Array(n + 1);
  const columns: number[] = [];
  const values: number[] = [];
  const seen = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    seen.clear();
    for (let p = counts[i] as number; p < (counts[i + 1] as number); p++) {
      const j = cols[p] as number;
      const at = seen.get(j);
      if (at === undefined) {
        seen.set(j, columns.length);
        columns.push(j);
        values.push(vals[p] as number);
      } else {
        values[at] = (values[at] as number) + (vals[p] as number);
      }
    }
    rowStart[i + 1] = columns.length;
  }
  return { rowStart, columns: Int32Array.from(columns), values: Float64Array.from(values) };
}

/** {@link CreateTsneOptions}, each field of its documented type (ranges are checked where they are used). */
function checkTsneOptions(options: CreateTsneOptions | undefined): CreateTsneOptions {
  const checked = checkOptions(options);
  for (const key of ['perplexity', 'seed', 'earlyExaggeration'] as const) {
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

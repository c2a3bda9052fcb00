import type { Tensor2D } from '@tensorflow/tfjs-core';
import { checkOneOf, checkOptions } from '@tensorscope/common';
import { TensorCoreError } from '../errors.js';
import { rowChunks, type OpContext } from '../core/context.js';
import {
  checkFiniteResult,
  checkK,
  maxAbs,
  overflowSafeScale,
  toMatrix,
  toVector,
  type Matrix,
  type MatrixInput,
  type VectorInput,
} from '../core/matrix.js';
import { unitRows } from './similarity.js';

const METRICS: readonly Metric[] = ['cosine', 'euclidean', 'dot'];

/** How closeness is measured. Cosine and dot: higher is closer; euclidean: lower is closer. */
export type Metric = 'cosine' | 'euclidean' | 'dot';

/** The k nearest rows: indices into the indexed vectors and their scores, best first. */
export interface Neighbors {
  indices: Int32Array;
  /** Cosine similarity, dot product, or euclidean distance (ascending), per the metric. */
  scores: Float32Array;
}

export interface IndexOptions {
  /** Default `'cosine'`. */
  metric?: Metric;
}

/** Vectors kept resident on the backend for repeated neighbour queries. */
export interface NeighborIndex {
  readonly size: number;
  readonly dimensions: number;
  readonly metric: Metric;
  /** The k nearest indexed rows to `vector` (k from 1 to size). Ties go to the lower index. */
  query(vector: VectorInput, k: number): Promise<Neighbors>;
  /** `query` for every row of `vectors` at once. */
  queryBatch(vectors: MatrixInput, k: number): Promise<Neighbors[]>;
  /** Frees the resident tensors. Later queries reject with `DISPOSED`. */
  dispose(): void;
}

/** @internal */
/** Runs an operation on the runtime (with its device-loss and disposal handling). */
export type Exec = <T>(operation: (ctx: OpContext) => Promise<T>) => Promise<T>;

interface ResidentChunk {
  start: number;
  rows: number;
  /** `d × rows`: transposed so a query is a plain (m × d)·(d × rows) product. */
  transposed: Tensor2D;
  /** `1 × rows` squared norms (euclidean only). */
  squaredNorms: Tensor2D | null;
}

/** @internal */
export function createNeighborIndex(exec: Exec, input: MatrixInput, options?: IndexOptions): NeighborIndex {
  const metric = checkOneOf(checkOptions(options).metric ?? 'cosine', 'options.metric', METRICS);
  const x = toMatrix(input, 'vectors');
  const [size, dimensions] = x.shape;
  // What is kept resident, computed in float64 so nothing overflows float32: unit rows for
  // cosine; for euclidean the rows divided by a power of two that brings them into [-1, 1]
  // (distances scale back exactly), so |x|² cannot overflow.
  const euclideanScale = metric === 'euclidean' ? overflowSafeScale(maxAbs(x.data)) : 1;
  const stored =
    metric === 'cosine'
      ? unitRows(x, 'vectors')
      : metric === 'euclidean' && euclideanScale !== 1
        ? x.data.map((v) => v / euclideanScale)
        : x.data;
  /** A query batch in the same form as the stored rows. */
  const prepare = (queries: Matrix): Float32Array =>
    metric === 'cosine'
      ? unitRows(queries, 'query')
      : metric === 'euclidean' && euclideanScale !== 1
        ? queries.data.map((v) => v / euclideanScale)
        : queries.data;
  let resident: ResidentChunk[] | null = null;
  let generation = -1;
  let disposed = false;

  const free = () => {
    resident?.forEach((chunk) => {
      chunk.transposed.dispose();
      chunk.squaredNorms?.dispose();
    });
    resident = null;
  };

  const ensureResident = (ctx: OpContext): ResidentChunk[] => {
    if (disposed) throw new TensorCoreError('DISPOSED', 'This index was disposed; create a new one.');
    if (resident && generation === ctx.generation) return resident;
    // First use, or the device was lost and the old tensors are gone: upload again.
    if (resident && generation !== ctx.generation) resident = null;
    const { tf } = ctx;
    const chunks = rowChunks(size, dimensions, ctx.maxChunkBytes).map(([start, end]): ResidentChunk => {
      const [transposed, squaredNorms] = tf.tidy((): Tensor2D[] => {
        const rows: Tensor2D = tf.tensor2d(stored.subarray(start * dimensions, end * dimensions), [
          end - start,
          dimensions,
        ]);
        const t = tf.transpose(rows);
        return metric === 'euclidean' ? [t, tf.reshape(tf.sum(tf.square(rows), 1), [1, end - start])] : [t];
      });
      return { start, rows: end - start, transposed: transposed as Tensor2D, squaredNorms: squaredNorms ?? null };
    });
    resident = chunks;
    generation = ctx.generation;
    return chunks;
  };

  const search = async (ctx: OpContext, queries: Matrix, k: number): Promise<Neighbors[]> => {
    const chunks = ensureResident(ctx);
    const { tf } = ctx;
    const m = queries.shape[0];
    const prepared = prepare(queries);
    const squaredQuery = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      let s = 0;
      for (let j = 0; j < dimensions; j++) s += (prepared[i * dimensions + j] as number) ** 2;
      squaredQuery[i] = s;
    }
    // Candidates from every chunk, merged on the CPU.
    const candidates: { index: number; score: number }[][] = Array.from({ length: m }, () => []);
    for (const chunk of chunks) {
      const kk = Math.min(k, chunk.rows);
      const [values, indices] = tf.tidy(() => {
        const q: Tensor2D = tf.tensor2d(prepared, [m, dimensions]);
        let scores: Tensor2D = tf.matMul(q, chunk.transposed);
        // Euclidean: rank by 2·q·x − |x|² (= |q|² − distance², so higher is closer).
        if (chunk.squaredNorms) scores = tf.sub(tf.mul(scores, tf.scalar(2)), chunk.squaredNorms);
        const top = tf.topk(scores, kk, true);
        return [top.values, top.indices];
      });
      try {
        const [v, ix] = await Promise.all([values.data(), indices.data()]);
        checkFiniteResult(v, `The ${metric} scores`);
        for (let i = 0; i < m; i++) {
          for (let j = 0; j < kk; j++) {
            (candidates[i] as { index: number; score: number }[]).push({
              index: chunk.start + (ix[i * kk + j] as number),
              score: v[i * kk + j] as number,
            });
          }
        }
      } finally {
        values.dispose();
        indices.dispose();
      }
    }
    return candidates.map((list, i) => {
      list.sort((a, b) => b.score - a.score || a.index - b.index);
      const best = list.slice(0, k);
      const scores = Float32Array.from(best, (c) =>
        metric === 'euclidean'
          ? euclideanScale * Math.sqrt(Math.max(0, (squaredQuery[i] as number) - c.score))
          : metric === 'cosine'
            ? Math.min(1, Math.max(-1, c.score))
            : c.score,
      );
      checkFiniteResult(scores, `The ${metric} scores`);
      return { indices: Int32Array.from(best, (c) => c.index), scores };
    });
  };

  return {
    size,
    dimensions,
    metric,
    query(vector, k) {
      return exec(async (ctx) => {
        const v = toVector(vector, 'vector', dimensions);
        checkK(k, size, 'k', 'indexed vectors');
        const [result] = await search(ctx, { data: v, shape: [1, dimensions] }, k);
        return result as Neighbors;
      });
    },
    queryBatch(vectors, k) {
      return exec(async (ctx) => {
        const queries = toMatrix(vectors, 'vectors');
        if (queries.shape[1] !== dimensions) {
          throw new TensorCoreError(
            'INVALID_SHAPE',
            `queryBatch: vectors have shape [${queries.shape.join(', ')}]; expected [m, ${dimensions}] (the index dimension).`,
          );
        }
        checkK(k, size, 'k', 'indexed vectors');
        // Keep each score block (m × chunk rows) within the backend's buffer limit.
        const perBlock = Math.max(
          1,
          Math.floor(
            ctx.maxChunkBytes / (4 * Math.min(size, Math.max(1, Math.floor(ctx.maxChunkBytes / (dimensions * 4))))),
          ),
        );
        const results: Neighbors[] = [];
        for (let start = 0; start < queries.shape[0]; start += perBlock) {
          const end = Math.min(queries.shape[0], start + perBlock);
          results.push(
            ...(await search(
              ctx,
              { data: queries.data.subarray(start * dimensions, end * dimensions), shape: [end - start, dimensions] },
              k,
            )),
          );
        }
        return results;
      });
    },
    dispose() {
      disposed = true;
      free();
    },
  };
}

import { createSeededRandom, gaussian } from '@tensorscope/common';
import { TensorCoreError } from '../errors.js';
import { checkBoolean, checkFunction, checkInteger, checkObject, checkOptions, checkSize } from '@tensorscope/common';
import { checkElements, toMatrix, type Matrix, type MatrixInput } from '../core/matrix.js';
import type { TensorRuntime } from '../runtime.js';

export interface VectorAttentionOptions {
  /** Heads in all: head 1 is the vectors' own dot product, the rest are random projections. Default 5. */
  heads?: number;
  /** Columns per projected head. Default 16. */
  headDim?: number;
  /** Seed of the query projection; the key projection uses `seed + 101`. Default 101 (so 101 and 202). */
  seed?: number;
  /** Hide future words (query i sees words up to i). Default false. */
  causal?: boolean;
}

/** What one head of {@link attentionFromVectors} computes, so views can label it honestly. */
export interface VectorAttentionHead {
  kind: 'dot-product' | 'random-projection';
  /** One English line, e.g. `softmax(XXᵀ/√100) of the vectors themselves`. */
  description: string;
}

/** Attention weights in the AttentionData layout of `@tensorscope/attention-heatmap`. */
export interface VectorAttention {
  /** `[layers, heads, q, k]` row-major. */
  weights: Float32Array;
  shape: readonly [layers: 1, heads: number, q: number, k: number];
  /** One entry per head, in order. */
  heads: readonly VectorAttentionHead[];
}

/** Standard deviation of the projection entries: untrained, seeded Gaussian noise. */
const PROJECTION_SCALE = 0.2;
const KEY_SEED_OFFSET = 101;
/** 2^24 seeded Gaussians per projection (64 MiB) already take seconds to draw. */
const MAX_PROJECTION_ELEMENTS = 2 ** 24;

/** A seeded random `rows × columns` matrix with N(0, PROJECTION_SCALE²) entries. */
function randomProjection(rows: number, columns: number, seed: number): Matrix {
  const random = createSeededRandom(seed);
  return {
    data: Float32Array.from({ length: rows * columns }, () => gaussian(random) * PROJECTION_SCALE),
    shape: [rows, columns],
  };
}

/**
 * Attention of a sequence of word vectors (`n × d`) with no trained model — a teaching stand-in for a
 * transformer layer. Head 1 is softmax(XXᵀ/√d) of the vectors themselves (similar words attend to
 * each other); heads 2… are softmax(QKᵀ/√headDim) with Q = X·W_q, K = X·W_k and W_q, W_k untrained
 * seeded random `d × (heads − 1)·headDim` projections, which is what attention looks like before
 * training. One layer.
 */
export async function attentionFromVectors(
  runtime: Pick<TensorRuntime, 'attention' | 'matmul'>,
  vectors: MatrixInput,
  rawOptions?: VectorAttentionOptions,
): Promise<VectorAttention> {
  const model = checkObject(runtime, 'runtime');
  checkFunction(model.attention, 'runtime.attention');
  checkFunction(model.matmul, 'runtime.matmul');
  const options = checkOptions(rawOptions);
  const x = toMatrix(vectors, 'vectors');
  const [n, d] = x.shape;
  const heads = options.heads ?? 5;
  const headDim = options.headDim ?? 16;
  const seed = checkInteger(options.seed ?? 101, 'options.seed', { min: 0, max: 2 ** 31 - 1 });
  const causal = checkBoolean(options.causal ?? false, 'options.causal');
  if (!Number.isInteger(heads) || heads < 1) {
    throw new TensorCoreError('INVALID_VALUE', `heads must be a positive integer; received ${heads}.`);
  }
  if (!Number.isInteger(headDim) || headDim < 1) {
    throw new TensorCoreError('INVALID_VALUE', `headDim must be a positive integer; received ${headDim}.`);
  }
  // Sizes before allocating: the weights and each projection must fit.
  checkElements(heads * n * n, `The attention weights (${heads} heads × ${n} × ${n})`);
  checkSize(d * (heads - 1) * headDim, `The projections (${d} × ${heads - 1} heads × ${headDim})`, {
    max: MAX_PROJECTION_ELEMENTS,
  });
  const projectedHeads = heads - 1;
  const weights = new Float32Array(heads * n * n);
  const raw = await runtime.attention({ q: x, k: x, heads: 1, causal });
  weights.set(raw.weights, 0);
  if (projectedHeads > 0) {
    const columns = projectedHeads * headDim;
    const q = await runtime.matmul(x, randomProjection(d, columns, seed));
    const k = await runtime.matmul(x, randomProjection(d, columns, seed + KEY_SEED_OFFSET));
    const projected = await runtime.attention({ q, k, heads: projectedHeads, causal });
    weights.set(projected.weights, n * n);
  }
  const describe = (h: number): VectorAttentionHead =>
    h === 0
      ? { kind: 'dot-product', description: `softmax(XXᵀ/√${d}) of the vectors themselves` }
      : {
          kind: 'random-projection',
          description: `softmax(QKᵀ/√${headDim}) through untrained random projections (seeds ${seed}, ${seed + KEY_SEED_OFFSET}), columns ${(h - 1) * headDim}–${h * headDim - 1}`,
        };
  return { weights, shape: [1, heads, n, n], heads: Array.from({ length: heads }, (_, h) => describe(h)) };
}

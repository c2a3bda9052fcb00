import type { Tensor } from '@tensorflow/tfjs-core';
import { TensorCoreError } from '../errors.js';
import { checkFits, type OpContext } from '../core/context.js';
import { toMatrix, type Matrix, type MatrixInput } from '../core/matrix.js';

export interface AttentionInput {
  /** Queries, `qLen × (heads · dHead)` (all heads side by side, as a projection layer outputs them). */
  q: MatrixInput;
  /** Keys, `kLen × (heads · dHead)`. */
  k: MatrixInput;
  /** Values, `kLen × (heads · dValue)`. When given, the output is computed too. */
  v?: MatrixInput;
  /** Number of heads; the columns of q and k (and v) must divide by it. */
  heads: number;
  /** Hide future keys: query i sees keys up to i + (kLen − qLen). Default false. */
  causal?: boolean;
  /** `qLen × kLen`, 1/true = may attend, 0/false = masked (e.g. padding). Default: all allowed. */
  mask?: Uint8Array | readonly (readonly (number | boolean)[])[];
  /** Score scale. Default `1/√dHead`. */
  scale?: number;
}

export interface AttentionResult {
  /** softmax(QKᵀ·scale + mask) per head, `[heads, qLen, kLen]` row-major; masked cells are exactly 0. */
  weights: Float32Array;
  shape: readonly [heads: number, qLen: number, kLen: number];
  /** weights · V with heads side by side, `qLen × (heads · dValue)` (only when `v` was given). */
  output?: Matrix;
}

/** Additive bias for masked scores: far below any real score, yet finite (no NaN in fully masked rows). */
const MASKED = -1e9;

/** @internal */
/**
 * Multi-head scaled dot-product attention. Numerically stable (tfjs softmax subtracts the row
 * maximum); masked cells are exactly 0 and a fully masked row is all zeros; `qLen ≠ kLen` is fine.
 */
export async function attention(ctx: OpContext, input: AttentionInput): Promise<AttentionResult> {
  const q = toMatrix(input.q, 'q');
  const k = toMatrix(input.k, 'k');
  const v = input.v === undefined ? undefined : toMatrix(input.v, 'v');
  const heads = input.heads;
  const [qLen, qCols] = q.shape;
  const [kLen, kCols] = k.shape;
  if (!Number.isInteger(heads) || heads < 1) {
    throw new TensorCoreError('INVALID_VALUE', `heads must be a positive integer; received ${heads}.`);
  }
  if (qCols % heads !== 0) {
    throw new TensorCoreError('INVALID_SHAPE', `q has ${qCols} columns, which do not split into ${heads} heads.`, {
      details: { argument: 'q', expected: `columns divisible by ${heads}`, actual: [...q.shape] },
    });
  }
  if (kCols !== qCols) {
    throw new TensorCoreError(
      'INVALID_SHAPE',
      `k has shape [${k.shape.join(', ')}]; expected [${kLen}, ${qCols}] (same columns as q).`,
      {
        details: { argument: 'k', expected: [kLen, qCols], actual: [...k.shape] },
      },
    );
  }
  if (v && (v.shape[0] !== kLen || v.shape[1] % heads !== 0)) {
    throw new TensorCoreError(
      'INVALID_SHAPE',
      `v has shape [${v.shape.join(', ')}]; expected [${kLen}, heads · dValue] (one row per key, columns divisible by ${heads}).`,
      { details: { argument: 'v', expected: [kLen, `${heads}·dValue`], actual: [...v.shape] } },
    );
  }
  const dHead = qCols / heads;
  const scale = input.scale ?? 1 / Math.sqrt(dHead);
  if (!Number.isFinite(scale)) throw new TensorCoreError('INVALID_VALUE', `scale must be finite; received ${scale}.`);
  const keep = keepMask(input, qLen, kLen);
  checkFits(ctx, 'The attention scores', [heads, qLen, kLen]);

  const { tf } = ctx;
  // tfjs's wasm and cpu kernels run a batched or transposeB matmul ~8× slower than plain 2-D
  // products, so those backends multiply head by head; GPU backends use one batched product.
  const perHead = ctx.backend === 'wasm' || ctx.backend === 'cpu';
  const [weightsTensor, outputTensor] = tf.tidy((): Tensor[] => {
    const qAll = tf.mul(tf.tensor2d(q.data, [qLen, qCols]), tf.scalar(scale));
    const kAll = tf.tensor2d(k.data, [kLen, kCols]);
    let scores: Tensor;
    if (perHead) {
      scores = tf.stack(
        Array.from({ length: heads }, (_, h) =>
          tf.matMul(
            tf.slice(qAll, [0, h * dHead], [qLen, dHead]),
            tf.transpose(tf.slice(kAll, [0, h * dHead], [kLen, dHead])),
          ),
        ),
      );
    } else {
      const qh = tf.transpose(tf.reshape(qAll, [qLen, heads, dHead]), [1, 0, 2]);
      const khT = tf.transpose(tf.reshape(kAll, [kLen, heads, dHead]), [1, 2, 0]);
      scores = tf.matMul(qh, khT);
    }
    let keepTensor = null;
    if (keep) {
      keepTensor = tf.tensor2d(keep, [qLen, kLen]);
      scores = tf.add(scores, tf.mul(tf.sub(tf.scalar(1), keepTensor), tf.scalar(MASKED)));
    }
    let weights = tf.softmax(scores);
    if (keepTensor) weights = tf.mul(weights, keepTensor);
    if (!v) return [weights];
    const dValue = v.shape[1] / heads;
    const vAll = tf.tensor2d(v.data, [kLen, v.shape[1]]);
    let out: Tensor;
    if (perHead) {
      out = tf.concat(
        Array.from({ length: heads }, (_, h) =>
          tf.matMul(
            tf.reshape(tf.slice(weights, [h, 0, 0], [1, qLen, kLen]), [qLen, kLen]),
            tf.slice(vAll, [0, h * dValue], [kLen, dValue]),
          ),
        ),
        1,
      );
    } else {
      const vh = tf.transpose(tf.reshape(vAll, [kLen, heads, dValue]), [1, 0, 2]);
      out = tf.reshape(tf.transpose(tf.matMul(weights, vh), [1, 0, 2]), [qLen, v.shape[1]]);
    }
    return [weights, out];
  }) as [Tensor, Tensor | undefined];
  try {
    const weights = (await weightsTensor.data()) as Float32Array;
    const result: AttentionResult = { weights, shape: [heads, qLen, kLen] };
    if (outputTensor && v)
      result.output = { data: (await outputTensor.data()) as Float32Array, shape: [qLen, v.shape[1]] };
    return result;
  } finally {
    weightsTensor.dispose();
    outputTensor?.dispose();
  }
}

/** Combines `causal` and `mask` into a `qLen × kLen` 1/0 array, or null when nothing is masked. */
function keepMask(input: AttentionInput, qLen: number, kLen: number): Float32Array | null {
  if (!input.causal && input.mask === undefined) return null;
  const keep = new Float32Array(qLen * kLen).fill(1);
  if (input.mask !== undefined) {
    const mask = input.mask;
    if (mask instanceof Uint8Array) {
      if (mask.length !== qLen * kLen) {
        throw new TensorCoreError(
          'INVALID_SHAPE',
          `mask has ${mask.length} values; expected ${qLen} × ${kLen} = ${qLen * kLen}.`,
        );
      }
      for (let i = 0; i < keep.length; i++) keep[i] = mask[i] ? 1 : 0;
    } else {
      if (mask.length !== qLen || mask.some((row) => row.length !== kLen)) {
        throw new TensorCoreError('INVALID_SHAPE', `mask must have shape [${qLen}, ${kLen}] (qLen × kLen).`, {
          details: { argument: 'mask', expected: [qLen, kLen], actual: [mask.length, mask[0]?.length ?? 0] },
        });
      }
      mask.forEach((row, i) => row.forEach((value, j) => (keep[i * kLen + j] = value ? 1 : 0)));
    }
  }
  if (input.causal) {
    const offset = kLen - qLen;
    for (let i = 0; i < qLen; i++) for (let j = i + offset + 1; j < kLen; j++) keep[i * kLen + j] = 0;
  }
  return keep;
}

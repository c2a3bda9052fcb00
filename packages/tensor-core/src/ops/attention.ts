import type { Tensor } from '@tensorflow/tfjs-core';
import { TensorCoreError } from '../errors.js';
import { checkFits, type OpContext } from '../core/context.js';
import { TensorscopeArgumentError, checkBoolean, checkNumber, checkObject } from '@tensorscope/common';
import {
  checkFiniteResult,
  maxAbs,
  overflowSafeScale,
  toMatrix,
  type Matrix,
  type MatrixInput,
} from '../core/matrix.js';

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

/**
 * What a masked cell gets after the row maximum is subtracted: far below any kept cell's 0, yet finite
 * (a fully masked row softmaxes to finite values, then is zeroed).
 */
const MASKED = -1e30;
/** The largest float32: score factors are capped here (the softmax is one-hot long before). */
const FLOAT32_MAX = 3.4e38;

/** @internal */
/**
 * Multi-head scaled dot-product attention. Numerically stable (tfjs softmax subtracts the row
 * maximum); masked cells are exactly 0 and a fully masked row is all zeros; `qLen ≠ kLen` is fine.
 */
export async function attention(ctx: OpContext, rawInput: AttentionInput): Promise<AttentionResult> {
  const input = checkObject(rawInput, 'input') as unknown as AttentionInput;
  if (input.causal !== undefined) checkBoolean(input.causal, 'input.causal');
  if (input.scale !== undefined) checkNumber(input.scale, 'input.scale', { min: 0 });
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
  // Scores are computed from q / qScale and k / kScale (powers of two, exact), whose products
  // cannot overflow float32; the true factor scale·qScale·kScale is applied after the row maximum
  // is subtracted, so it only stretches non-positive numbers (towards a one-hot row, never NaN).
  const qScale = overflowSafeScale(maxAbs(q.data));
  const kScale = overflowSafeScale(maxAbs(k.data));
  const factor = Math.min(FLOAT32_MAX, scale * qScale * kScale);
  checkFits(ctx, 'The attention scores', [heads, qLen, kLen]);
  const keep = keepMask(input, qLen, kLen);

  const { tf } = ctx;
  // tfjs's wasm and cpu kernels run a batched or transposeB matmul ~8× slower than plain 2-D
  // products, so those backends multiply head by head; GPU backends use one batched product.
  const perHead = ctx.backend === 'wasm' || ctx.backend === 'cpu';
  const [weightsTensor, outputTensor] = tf.tidy((): Tensor[] => {
    const qAll = tf.div(tf.tensor2d(q.data, [qLen, qCols]), tf.scalar(qScale));
    const kAll = tf.div(tf.tensor2d(k.data, [kLen, kCols]), tf.scalar(kScale));
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
      const kept = tf.cast(tf.broadcastTo(keepTensor, [heads, qLen, kLen]), 'bool');
      // Row maximum over the kept cells only (a fully masked row's maximum is irrelevant).
      const rowMax = tf.max(tf.where(kept, scores, tf.fill([heads, qLen, kLen], -FLOAT32_MAX)), -1, true);
      const shifted = tf.mul(tf.sub(scores, rowMax), tf.scalar(factor));
      scores = tf.where(kept, shifted, tf.fill([heads, qLen, kLen], MASKED));
    } else {
      scores = tf.mul(tf.sub(scores, tf.max(scores, -1, true)), tf.scalar(factor));
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
    checkFiniteResult(weights, 'The attention weights');
    const result: AttentionResult = { weights, shape: [heads, qLen, kLen] };
    if (outputTensor && v) {
      const output = (await outputTensor.data()) as Float32Array;
      checkFiniteResult(output, 'The attention output');
      result.output = { data: output, shape: [qLen, v.shape[1]] };
    }
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
      if (!Array.isArray(mask)) throw new TensorscopeArgumentError('mask', 'a Uint8Array or rows of 0/1', mask);
      if (mask.length !== qLen || mask.some((row) => !Array.isArray(row) || row.length !== kLen)) {
        throw new TensorCoreError('INVALID_SHAPE', `mask must have shape [${qLen}, ${kLen}] (qLen × kLen).`, {
          details: {
            argument: 'mask',
            expected: [qLen, kLen],
            actual: [mask.length, Array.isArray(mask[0]) ? mask[0].length : 0],
          },
        });
      }
      (mask as readonly (readonly unknown[])[]).forEach((row, i) =>
        row.forEach((value, j) => (keep[i * kLen + j] = value ? 1 : 0)),
      );
    }
  }
  if (input.causal) {
    const offset = kLen - qLen;
    for (let i = 0; i < qLen; i++) for (let j = i + offset + 1; j < kLen; j++) keep[i * kLen + j] = 0;
  }
  return keep;
}

import type { Tensor1D, Tensor2D } from '@tensorflow/tfjs-core';
import { TensorCoreError } from '../errors.js';
import { rowChunks, type OpContext } from '../core/context.js';
import { symmetricEigen } from '../core/eigen.js';
import { checkBoolean, checkOptions, checkSize } from '@tensorscope/common';
import {
  checkFiniteResult,
  maxAbs,
  overflowSafeScale,
  toMatrix,
  type Matrix,
  type MatrixInput,
} from '../core/matrix.js';

export interface PcaOptions {
  /** Number of principal components to keep. Default 3. */
  components?: number;
  /** Subtract the column means first (standard PCA). Default true. */
  center?: boolean;
}

export interface PcaResult {
  /** Every row projected onto the components, `n × components`. */
  projected: Matrix;
  /** Principal axes as rows, `components × d`, unit length, deterministic signs. */
  components: Matrix;
  /** Variance along each component (eigenvalues of the covariance, n − 1 denominator). */
  explainedVariance: Float64Array;
  /** Each component's share of the total variance. */
  explainedVarianceRatio: Float64Array;
  /** Column means that were subtracted (zeros when `center` is false). */
  mean: Float64Array;
}

/** At most 4096 columns: a 4096 × 4096 float64 covariance is 128 MiB and its eigen-decomposition already takes minutes. */
const MAX_COVARIANCE_ELEMENTS = 4096 * 4096;

/** @internal */
/**
 * Exact PCA over every row: the `d × d` covariance is accumulated on the backend in row chunks
 * that fit its buffer limits, decomposed on the CPU in float64, and every row is projected.
 */
export async function pca(ctx: OpContext, input: MatrixInput, rawOptions?: PcaOptions): Promise<PcaResult> {
  const options = checkOptions(rawOptions);
  const components = options.components ?? 3;
  const center = checkBoolean(options.center ?? true, 'options.center');
  const raw = toMatrix(input, 'x');
  const [n, d] = raw.shape;
  if (n < 2) throw new TensorCoreError('INVALID_SHAPE', `pca needs at least 2 rows; x has shape [${n}, ${d}].`);
  if (!Number.isInteger(components) || components < 1 || components > d) {
    throw new TensorCoreError(
      'INVALID_VALUE',
      `components must be an integer from 1 to ${d} (the columns of x, shape [${n}, ${d}]); received ${components}.`,
      { details: { argument: 'components', expected: `1..${d}`, actual: components } },
    );
  }
  // The d × d covariance is decomposed on the CPU: refuse a width it cannot hold before any work.
  checkSize(d * d, `The covariance of x (${d} × ${d})`, { max: MAX_COVARIANCE_ELEMENTS });
  // Work on x / scale (a power of two, so exact): the covariance squares values, and float32
  // squares of values near 1e20 overflow while those near 1e-25 vanish. Scaled back at the end.
  const scale = overflowSafeScale(maxAbs(raw.data));
  const x = scale === 1 ? raw : { data: raw.data.map((v) => v / scale), shape: raw.shape };
  const { tf } = ctx;
  const chunks = rowChunks(n, d, ctx.maxChunkBytes);
  // With a single chunk (wasm, cpu, or data within the GPU's buffer limit) the rows are uploaded
  // once and kept for all three passes; otherwise each pass streams the chunks.
  let centredRows: Tensor2D | null = null;
  const centred = (meanTensor: Tensor1D, [start, end]: [number, number]): Tensor2D => {
    if (chunks.length > 1)
      return tf.sub(tf.tensor2d(x.data.subarray(start * d, end * d), [end - start, d]), meanTensor);
    // Created inside the caller's tidy: keep it for the later passes.
    centredRows ??= tf.keep(tf.tidy(() => tf.sub(tf.tensor2d(x.data, [n, d]), meanTensor)));
    return tf.clone(centredRows);
  };

  // Pass 1: column means in float64 on the CPU (faster than a column reduction on the backend,
  // which tfjs runs through a transpose, and exact to double precision).
  const mean = new Float64Array(d);
  if (center) {
    const data = x.data;
    for (let i = 0; i < n; i++) {
      const offset = i * d;
      for (let j = 0; j < d; j++) mean[j] = (mean[j] as number) + (data[offset + j] as number);
    }
    for (let j = 0; j < d; j++) mean[j] = (mean[j] as number) / n;
  }
  const meanTensor = tf.tensor1d(Float32Array.from(mean));

  try {
    // Pass 2: covariance Σ (xᵢ − μ)ᵀ(xᵢ − μ). An explicit transpose makes the product a plain
    // (d × rows)·(rows × d) matmul, which tfjs runs far faster than matMul(…, transposeA).
    const covariance = new Float64Array(d * d);
    for (const chunk of chunks) {
      const gram = tf.tidy(() => {
        const rows = centred(meanTensor, chunk);
        return tf.matMul(tf.transpose(rows), rows);
      });
      try {
        const data = await gram.data();
        for (let i = 0; i < d * d; i++) covariance[i] = (covariance[i] as number) + (data[i] as number);
      } finally {
        gram.dispose();
      }
    }
    let total = 0;
    for (let i = 0; i < d * d; i++) covariance[i] = (covariance[i] as number) / (n - 1);
    for (let j = 0; j < d; j++) total += covariance[j * d + j] as number;

    const eigen = symmetricEigen(covariance, d);
    const axes = new Float32Array(components * d);
    for (let i = 0; i < components * d; i++) axes[i] = eigen.vectors[i] as number;
    const scaledVariance = eigen.values.slice(0, components).map((value) => Math.max(0, value));
    const explainedVarianceRatio = scaledVariance.map((value) => (total > 0 ? Math.min(1, value / total) : 0));
    const explainedVariance = scaledVariance.map((value) => value * scale * scale);

    // Pass 3: project every row.
    const projected = new Float32Array(n * components);
    const axesT = tf.tidy(() => tf.transpose(tf.tensor2d(axes, [components, d])));
    try {
      for (const chunk of chunks) {
        const part = tf.tidy(() => tf.matMul(centred(meanTensor, chunk), axesT));
        try {
          const data = (await part.data()) as Float32Array;
          projected.set(scale === 1 ? data : data.map((v) => v * scale), chunk[0] * components);
        } finally {
          part.dispose();
        }
      }
    } finally {
      axesT.dispose();
    }
    checkFiniteResult(projected, 'The projected rows');
    checkFiniteResult(explainedVariance, 'The explained variance');
    return {
      projected: { data: projected, shape: [n, components] },
      components: { data: axes, shape: [components, d] },
      explainedVariance,
      explainedVarianceRatio,
      mean: scale === 1 ? mean : mean.map((v) => v * scale),
    };
  } finally {
    meanTensor.dispose();
    (centredRows as Tensor2D | null)?.dispose();
  }
}

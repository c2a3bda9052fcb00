import type { Tensor1D, Tensor2D } from '@tensorflow/tfjs-core';
import { TensorCoreError } from '../errors.js';
import { rowChunks, type OpContext } from '../core/context.js';
import { symmetricEigen } from '../core/eigen.js';
import { checkBoolean, checkOptions, checkSize } from '@tensorscope/common';
import { pcaKernel, type PcaKernel } from '../core/pcaKernel.js';
import {
  checkFiniteMatrix,
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
  // On wasm and cpu the SIMD kernel's first pass finds non-finite values (its max |x| turns NaN or
  // Infinity), so the separate scan is skipped there.
  const kernel = ctx.backend === 'wasm' || ctx.backend === 'cpu' ? pcaKernel() : null;
  const raw = toMatrix(input, 'x', kernel === null);
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
  if (kernel) return pcaOnKernel(kernel, raw, components, center);
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
    for (let i = 0; i < d * d; i++) covariance[i] = (covariance[i] as number) / (n - 1);
    const parts = componentsOf(covariance, d, components, scale);
    const { axes } = parts;

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
    return pcaResult(projected, [n, d, components], parts, scale === 1 ? mean : mean.map((v) => v * scale));
  } finally {
    meanTensor.dispose();
    (centredRows as Tensor2D | null)?.dispose();
  }
}

/** Rows per block: about 128 KiB of float32, so a block stays in cache while every tile reads it. */
const blockRows = (d: number) => Math.max(8, Math.floor(32768 / d));
const align = (bytes: number) => Math.ceil(bytes / 16) * 16;

/**
 * PCA with the WebAssembly SIMD kernels (wasm and cpu backends), in three passes over blocks of
 * rows copied into the kernel's memory: column sums (float64) and max |x|; the upper triangle of
 * (X − μ)ᵀ(X − μ), float32 within a block and float64 across blocks; the projection. Same
 * results as the tfjs path (float64 eigen-decomposition of the same covariance).
 */
function pcaOnKernel(kernel: PcaKernel, raw: Matrix, components: number, center: boolean): PcaResult {
  const [n, d] = raw.shape;
  const data = raw.data;
  const rowsPerBlock = Math.min(n, blockRows(d));
  const dp = Math.ceil(d / 8) * 8;
  // Layout: sums (f64 × d) | max (f32) | mean (f32 × d) | axes (f32 × k·d) | c (f64 × dp²) | out | x block + slack.
  const sumsAt = 0;
  const maxAt = align(sumsAt + 8 * d);
  const meanAt = align(maxAt + 4);
  const axesAt = align(meanAt + 4 * d);
  const cAt = align(axesAt + 4 * components * d);
  const outAt = align(cAt + 8 * dp * dp);
  const xAt = align(outAt + 4 * rowsPerBlock * components);
  const bytes = xAt + 4 * rowsPerBlock * d + 64;
  const memory = kernel.memory;
  const pages = Math.ceil(bytes / 65536) - memory.buffer.byteLength / 65536;
  if (pages > 0) memory.grow(pages);
  const f32 = new Float32Array(memory.buffer);
  const f64 = new Float64Array(memory.buffer);
  new Uint8Array(memory.buffer, 0, bytes).fill(0);

  const eachBlock = (fn: (rows: number, start: number) => void) => {
    for (let start = 0; start < n; start += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, n - start);
      f32.set(data.subarray(start * d, (start + rows) * d), xAt / 4);
      fn(rows, start);
    }
  };

  // Pass 1: column sums and the largest |value| (NaN or Infinity if any value is not finite).
  eachBlock((rows) => kernel.stats(xAt, rows, d, sumsAt, maxAt));
  const largest = f32[maxAt / 4] as number;
  if (!Number.isFinite(largest)) checkFiniteMatrix(raw, 'x');
  // Work on x / scale (a power of two, so exact): see the tfjs path.
  const scale = overflowSafeScale(largest);
  const mean = new Float64Array(d);
  if (center) for (let j = 0; j < d; j++) mean[j] = (f64[sumsAt / 8 + j] as number) / n;
  for (let j = 0; j < d; j++) f32[meanAt / 4 + j] = mean[j] as number;

  // Pass 2: the covariance, upper triangle.
  f64.fill(0, cAt / 8, cAt / 8 + dp * dp);
  eachBlock((rows) => {
    kernel.center(xAt, rows, d, meanAt, 1 / scale);
    kernel.gram(xAt, rows, d, dp, cAt);
  });
  const covariance = new Float64Array(d * d);
  for (let i = 0; i < d; i++)
    for (let j = i; j < d; j++) {
      const value = (f64[cAt / 8 + i * dp + j] as number) / (n - 1);
      covariance[i * d + j] = value;
      covariance[j * d + i] = value;
    }
  const parts = componentsOf(covariance, d, components, scale);
  const { axes } = parts;

  // Pass 3: project every row.
  f32.set(axes, axesAt / 4);
  const projected = new Float32Array(n * components);
  eachBlock((rows, start) => {
    kernel.center(xAt, rows, d, meanAt, 1 / scale);
    kernel.project(xAt, rows, d, axesAt, components, outAt);
    const out = f32.subarray(outAt / 4, outAt / 4 + rows * components);
    if (scale === 1) projected.set(out, start * components);
    else for (let i = 0; i < out.length; i++) projected[start * components + i] = (out[i] as number) * scale;
  });
  return pcaResult(projected, [n, d, components], parts, mean);
}

/**
 * The leading principal components of a `d × d` covariance of `x / scale` (float64 eigen-
 * decomposition): both PCA paths end here. Variances are scaled back by `scale²`.
 */
function componentsOf(covariance: Float64Array, d: number, components: number, scale: number) {
  let total = 0;
  for (let j = 0; j < d; j++) total += covariance[j * d + j] as number;
  const eigen = symmetricEigen(covariance, d);
  const axes = new Float32Array(components * d);
  for (let i = 0; i < components * d; i++) axes[i] = eigen.vectors[i] as number;
  const scaledVariance = eigen.values.slice(0, components).map((value) => Math.max(0, value));
  const explainedVarianceRatio = scaledVariance.map((value) => (total > 0 ? Math.min(1, value / total) : 0));
  const explainedVariance = scaledVariance.map((value) => value * scale * scale);
  return { axes, explainedVariance, explainedVarianceRatio };
}

/** Both PCA paths' result (`n × components` projected rows), checked finite first. */
function pcaResult(
  projected: Float32Array,
  [n, d, components]: [number, number, number],
  parts: ReturnType<typeof componentsOf>,
  mean: Float64Array,
): PcaResult {
  checkFiniteResult(projected, 'The projected rows');
  checkFiniteResult(parts.explainedVariance, 'The explained variance');
  return {
    projected: { data: projected, shape: [n, components] },
    components: { data: parts.axes, shape: [components, d] },
    explainedVariance: parts.explainedVariance,
    explainedVarianceRatio: parts.explainedVarianceRatio,
    mean,
  };
}

import { TensorscopeArgumentError, checkObject, checkOneOf, checkOptions } from '@tensorscope/common';
import { DEFAULT_BACKENDS, type BackendName } from './core/backends.js';
import type { Matrix, MatrixInput, VectorInput } from './core/matrix.js';
import type { AttentionInput, AttentionResult } from './ops/attention.js';
import type { IndexOptions, NeighborIndex, Neighbors } from './ops/neighbors.js';
import type { PcaOptions, PcaResult } from './ops/pca.js';
import type { BandwidthOptions, BandwidthResult } from './ops/bandwidth.js';
import type { ThroughputOptions, ThroughputResult } from './ops/throughput.js';
import { createRuntime, type RuntimeOptions, type TensorRuntime } from './runtime.js';

/** Every top-level operation accepts `{ runtime }` to run on a runtime of your own. */
export interface WithRuntime {
  runtime?: TensorRuntime;
}

let shared: Promise<TensorRuntime> | null = null;

/**
 * The shared runtime the top-level functions use, created on first use with `options` (later
 * calls return the same runtime and ignore `options`). If creation failed, the next call retries.
 */
export function getRuntime(options?: RuntimeOptions): Promise<TensorRuntime> {
  shared ??= createRuntime(options).catch((error: unknown) => {
    shared = null;
    throw error;
  });
  return shared;
}

/** The runtime named in `options`, else the shared one; a wrong type is a typed rejection. */
async function on(options: WithRuntime | undefined, argument = 'options'): Promise<TensorRuntime> {
  const { runtime } = checkOptions(options, argument);
  if (runtime === undefined) return getRuntime();
  if (typeof runtime !== 'object' || runtime === null || typeof (runtime as TensorRuntime).matmul !== 'function') {
    throw new TensorscopeArgumentError(`${argument}.runtime`, 'a runtime from createRuntime()', runtime);
  }
  return runtime;
}

/** Matrix product `a · b` on the shared (or given) runtime. */
export async function matmul(a: MatrixInput, b: MatrixInput, options?: WithRuntime): Promise<Matrix> {
  return (await on(options)).matmul(a, b);
}

/** Multi-head scaled dot-product attention on the shared (or given) runtime. */
export async function attention(input: AttentionInput & WithRuntime): Promise<AttentionResult> {
  return (await on(checkObject(input, 'input'), 'input')).attention(input);
}

/** Exact PCA of every row on the shared (or given) runtime. */
export async function pca(x: MatrixInput, options?: PcaOptions & WithRuntime): Promise<PcaResult> {
  return (await on(options)).pca(x, options);
}

/** A resident nearest-neighbour index on the shared (or given) runtime. */
export async function createIndex(vectors: MatrixInput, options?: IndexOptions & WithRuntime): Promise<NeighborIndex> {
  return (await on(options)).createIndex(vectors, options);
}

/** One-shot k nearest neighbours of `query` among the rows of `vectors`. */
export async function nearestNeighbors(
  vectors: MatrixInput,
  query: VectorInput,
  options: { k: number } & IndexOptions & WithRuntime,
): Promise<Neighbors> {
  return (await on(checkObject(options, 'options'))).nearestNeighbors(vectors, query, options);
}

/** Every row divided by its length. */
export async function normalizeRows(x: MatrixInput, options?: WithRuntime): Promise<Matrix> {
  return (await on(options)).normalizeRows(x);
}

/** Cosine similarity of each row of `a` with each row of `b` (`m × n`). */
export async function cosineSimilarity(a: MatrixInput, b: MatrixInput, options?: WithRuntime): Promise<Matrix> {
  return (await on(options)).cosineSimilarity(a, b);
}

/**
 * Measured GFLOP/s of this device. With `backend`, a runtime on exactly that backend is created
 * for the measurement; otherwise the shared (or given) runtime is measured.
 */
export async function measureThroughput(rawOptions?: ThroughputOptions & MeasureOn): Promise<ThroughputResult> {
  return measure(rawOptions, (runtime, options) => runtime.measureThroughput(options));
}

/**
 * Measured memory bandwidth of this device in GB/s: on webgpu a GPU buffer copy
 * (`kind: 'gpu-copy'`, `software: true` on an emulated adapter), elsewhere a typed-array copy in
 * host memory (`kind: 'host-copy'`). With `backend`, a runtime on exactly that backend is created
 * for the measurement; otherwise the shared (or given) runtime is measured.
 */
export async function measureBandwidth(rawOptions?: BandwidthOptions & MeasureOn): Promise<BandwidthResult> {
  return measure(rawOptions, (runtime, options) => runtime.measureBandwidth(options));
}

/** Where a measurement runs: a given runtime, the shared one, or a throwaway one on exactly `backend`. */
type MeasureOn = WithRuntime & { backend?: BackendName } & Pick<RuntimeOptions, 'wasmPaths'>;

/**
 * Runs a measurement: with `backend`, on a runtime created for it on exactly that backend (and
 * disposed after); otherwise on the shared (or given) runtime.
 */
async function measure<O extends MeasureOn, R>(
  rawOptions: O | undefined,
  run: (runtime: TensorRuntime, options: Partial<O>) => Promise<R>,
): Promise<R> {
  const options = checkOptions(rawOptions);
  if (options.backend !== undefined) {
    checkOneOf(options.backend, 'options.backend', DEFAULT_BACKENDS);
    const runtime = await createRuntime({ backends: [options.backend], wasmPaths: options.wasmPaths });
    try {
      return await run(runtime, options);
    } finally {
      runtime.dispose();
    }
  }
  return run(await on(options), options);
}

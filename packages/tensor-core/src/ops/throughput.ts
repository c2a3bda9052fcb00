import { checkFunction, checkInteger, checkObject, checkOptions } from '@tensorscope/common';
import { TensorCoreError } from '../errors.js';
import type { OpContext } from '../core/context.js';
import { median } from '../core/median.js';
import type { BackendName } from '../core/backends.js';

export interface ThroughputOptions {
  /**
   * Matrix size n for n × n · n × n, from 16 to the backend's {@link MAX_THROUGHPUT_SIZE} (webgpu and
   * webgl 8192, wasm 2048, cpu 512: larger products take minutes there). Default: grown from 256
   * until one product takes ≥ 50 ms (at most 2048, and at most the backend's maximum).
   */
  size?: number;
  /** Timed runs, 1 to 100; the median is reported. Default 5. */
  runs?: number;
  /** Cancels between runs (rejects with `ABORTED`). */
  signal?: AbortSignal;
  /** Called after each timed run with (done, total). */
  onProgress?: (done: number, total: number) => void;
}

export interface ThroughputResult {
  backend: BackendName;
  /** n of the n × n matrices multiplied. */
  size: number;
  /** Floating-point operations of one product: 2·n³. */
  flops: number;
  /** Median milliseconds per product, including the wait for the result. */
  medianMs: number;
  /** Every timed run, in milliseconds. */
  runsMs: number[];
  /** flops / median time, in GFLOP/s (10⁹ operations per second). */
  gflops: number;
}

/** The largest `size` each backend measures: one product at most a few seconds on a slow device. */
export const MAX_THROUGHPUT_SIZE: Readonly<Record<BackendName, number>> = {
  webgpu: 8192,
  webgl: 8192,
  wasm: 2048,
  cpu: 512,
};
const MAX_RUNS = 100;

/** @internal */
/**
 * Measures this device's matrix-multiply rate on the runtime's backend: warm-up (shader
 * compilation, memory), then the median of several timed runs, each synchronised by reading
 * the result back.
 */
export async function measureThroughput(ctx: OpContext, rawOptions?: ThroughputOptions): Promise<ThroughputResult> {
  const options = checkOptions(rawOptions);
  const { tf } = ctx;
  const runs = options.runs ?? 5;
  if (!Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS)
    throw new TensorCoreError('INVALID_VALUE', `runs must be an integer from 1 to ${MAX_RUNS}; received ${runs}.`);
  const maxSize = MAX_THROUGHPUT_SIZE[ctx.backend];
  if (options.size !== undefined) {
    checkInteger(options.size, 'options.size', { min: 16 });
    if (options.size > maxSize) {
      throw new TensorCoreError(
        'TOO_LARGE',
        `size ${options.size} is more than the ${ctx.backend} backend measures (at most ${maxSize}: one larger product would take minutes).`,
        { details: { size: options.size, max: maxSize, backend: ctx.backend } },
      );
    }
  }
  if (options.signal !== undefined) {
    const signal = checkObject(options.signal, 'options.signal');
    if (typeof signal.aborted !== 'boolean') {
      throw new TensorCoreError('INVALID_VALUE', 'options.signal must be an AbortSignal.');
    }
  }
  if (options.onProgress !== undefined) checkFunction(options.onProgress, 'options.onProgress');
  const checkAbort = () => {
    if (options.signal?.aborted) throw new TensorCoreError('ABORTED', 'measureThroughput was cancelled.');
  };
  // Forwarding small ops to the CPU would hide the GPU: off while measuring.
  const forward = ctx.backend === 'webgpu' ? tf.env().getBool('WEBGPU_CPU_FORWARD') : null;
  if (forward !== null) tf.env().set('WEBGPU_CPU_FORWARD', false);
  const timeOne = async (a: ReturnType<typeof tf.randomUniform>, b: ReturnType<typeof tf.randomUniform>) => {
    const start = performance.now();
    const c = tf.matMul(a, b);
    try {
      await c.data();
    } finally {
      c.dispose();
    }
    return performance.now() - start;
  };
  try {
    let size = options.size ?? 256;
    for (;;) {
      checkAbort();
      const a = tf.randomUniform([size, size], -1, 1, 'float32', 1);
      const b = tf.randomUniform([size, size], -1, 1, 'float32', 2);
      try {
        const warm = await timeOne(a, b);
        if (options.size === undefined && warm < 50 && size < Math.min(2048, maxSize)) {
          // Too quick to time well: repeat the warm-up once (first runs compile), then grow.
          const again = await timeOne(a, b);
          if (again < 50) {
            size *= 2;
            continue;
          }
        }
        const runsMs: number[] = [];
        for (let i = 0; i < runs; i++) {
          checkAbort();
          runsMs.push(await timeOne(a, b));
          options.onProgress?.(i + 1, runs);
        }
        const medianMs = median(runsMs);
        const flops = 2 * size ** 3;
        return { backend: ctx.backend, size, flops, medianMs, runsMs, gflops: flops / (medianMs / 1000) / 1e9 };
      } finally {
        a.dispose();
        b.dispose();
      }
    }
  } finally {
    if (forward !== null) tf.env().set('WEBGPU_CPU_FORWARD', forward);
  }
}

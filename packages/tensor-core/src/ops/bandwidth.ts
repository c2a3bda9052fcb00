import { TensorscopeArgumentError, checkFunction, checkInteger, checkObject, checkOptions } from '@tensorscope/common';
import { TensorCoreError } from '../errors.js';
import { isSoftwareRenderer, isUnidentified, type AdapterInfo, type BackendName } from '../core/backends.js';
import type { OpContext } from '../core/context.js';
import { median } from '../core/median.js';

export interface BandwidthOptions {
  /**
   * MiB in the buffer copied by each pass, 1 to {@link MAX_BANDWIDTH_MIB} (host path 512; webgpu
   * 1024 and at most the device's `maxBufferSize`). Two buffers of this size are allocated.
   * Default: 256 on webgpu (at most the device's `maxBufferSize`), 64 on the host path.
   */
  sizeMiB?: number;
  /**
   * Copies per timed run, 1 to 1024. Default: grown from 1 until one run takes ≥ 20 ms, so the
   * fixed cost of a run (a GPU submit and its completion wait) does not count as memory time.
   */
  copies?: number;
  /** Timed runs, 1 to 100; the median is reported. Default 5. */
  runs?: number;
  /** Cancels between runs (rejects with `ABORTED`). */
  signal?: AbortSignal;
  /** Called after each timed run with (done, total). */
  onProgress?: (done: number, total: number) => void;
}

/** What was timed: a buffer copy on the GPU, or a typed-array copy in host (CPU) memory. */
export type BandwidthKind = 'gpu-copy' | 'host-copy';

export interface BandwidthResult {
  backend: BackendName;
  /**
   * `gpu-copy`: `copyBufferToBuffer` between two GPU buffers (webgpu). `host-copy`:
   * `Float32Array.prototype.set` between two typed arrays in host memory (wasm, cpu, and webgl,
   * which has no direct buffer copy).
   */
  kind: BandwidthKind;
  /** Bytes moved per second, in GB/s (10⁹ bytes per second): `bytesPerRun / medianMs`. */
  gbPerSecond: number;
  /** Bytes in each of the two buffers. */
  bufferBytes: number;
  /** Copies in each timed run. */
  copies: number;
  /** Bytes read plus bytes written in one run: 2 × bufferBytes × copies. */
  bytesPerRun: number;
  /** Timed runs. */
  runs: number;
  /** Median milliseconds of one run (for the GPU: submit until `onSubmittedWorkDone` resolves). */
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Every timed run, in milliseconds. */
  samplesMs: number[];
  /**
   * True when the webgpu adapter is a software renderer (SwiftShader, llvmpipe) or a fallback
   * adapter: the number is then CPU memory through an emulator, not a GPU's bandwidth.
   */
  software: boolean;
  /** One sentence on what was measured and what the number is not. */
  note: string;
}

const MIB = 1024 * 1024;
/** The largest `sizeMiB` each backend measures (webgpu is further capped by the device's `maxBufferSize`). */
export const MAX_BANDWIDTH_MIB: Readonly<Record<BackendName, number>> = {
  webgpu: 1024,
  webgl: 512,
  wasm: 512,
  cpu: 512,
};
const MAX_COPIES = 1024;
const MAX_RUNS = 100;
const TARGET_RUN_MS = 20;
// GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST (the constants are not global outside browsers).
const COPY_SRC_DST = 0x0004 | 0x0008;

/** The part of a WebGPU device the measurement uses. */
interface GpuDeviceLike {
  limits?: { maxBufferSize?: number };
  createBuffer(descriptor: { size: number; usage: number }): { destroy(): void };
  createCommandEncoder(): {
    copyBufferToBuffer(
      source: unknown,
      sourceOffset: number,
      target: unknown,
      targetOffset: number,
      size: number,
    ): void;
    finish(): unknown;
  };
  queue: { submit(commands: unknown[]): void; onSubmittedWorkDone(): Promise<unknown> };
  pushErrorScope?(filter: 'out-of-memory' | 'validation'): void;
  popErrorScope?(): Promise<{ message?: string } | null>;
}

/** Times `copies` copies and returns milliseconds; a fresh call per run. */
type Copier = (copies: number) => Promise<number>;

interface Path {
  kind: BandwidthKind;
  time: Copier;
  release(): void;
}

/** @internal */
/**
 * Measures this device's achieved memory bandwidth: on webgpu, large `copyBufferToBuffer` copies on
 * the GPU timed around `queue.onSubmittedWorkDone()`; elsewhere, `Float32Array.prototype.set`
 * copies in host memory. Warm-up, then the median of several timed runs; every copy reads and
 * writes the whole buffer, so one run moves 2 × size × copies bytes.
 */
export async function measureBandwidth(ctx: OpContext, rawOptions?: BandwidthOptions): Promise<BandwidthResult> {
  const options = checkOptions(rawOptions);
  const runs = options.runs === undefined ? 5 : checkInteger(options.runs, 'options.runs', { min: 1, max: MAX_RUNS });
  const fixedCopies =
    options.copies === undefined
      ? undefined
      : checkInteger(options.copies, 'options.copies', { min: 1, max: MAX_COPIES });
  const sizeMiB =
    options.sizeMiB === undefined ? undefined : checkInteger(options.sizeMiB, 'options.sizeMiB', { min: 1 });
  if (options.signal !== undefined) {
    const signal = checkObject(options.signal, 'options.signal');
    if (typeof signal.aborted !== 'boolean') {
      throw new TensorscopeArgumentError('options.signal', 'an AbortSignal', options.signal);
    }
  }
  const onProgress =
    options.onProgress === undefined
      ? undefined
      : checkFunction<(done: number, total: number) => void>(options.onProgress, 'options.onProgress');
  const checkAbort = () => {
    if (options.signal?.aborted) throw new TensorCoreError('ABORTED', 'measureBandwidth was cancelled.');
  };

  const device = ctx.backend === 'webgpu' ? gpuDevice(ctx) : null;
  // The size guard, before anything is allocated.
  const deviceMiB = device ? Math.floor((device.limits?.maxBufferSize ?? 256 * MIB) / MIB) : Infinity;
  const maxMiB = Math.min(MAX_BANDWIDTH_MIB[ctx.backend], deviceMiB);
  if (sizeMiB !== undefined && sizeMiB > maxMiB) {
    throw new TensorCoreError(
      'TOO_LARGE',
      `sizeMiB ${sizeMiB} is more than the ${ctx.backend} backend measures (at most ${maxMiB} MiB${device && deviceMiB <= MAX_BANDWIDTH_MIB.webgpu ? ", the device's maxBufferSize" : ''}).`,
      { details: { sizeMiB, max: maxMiB, backend: ctx.backend } },
    );
  }
  const bufferBytes = (sizeMiB ?? Math.min(device ? 256 : 64, maxMiB)) * MIB;
  checkAbort();

  const path = device ? await gpuPath(device, bufferBytes) : hostPath(bufferBytes);
  try {
    await path.time(1); // warm-up: first touch of every page, GPU buffer allocation
    checkAbort();
    let copies = fixedCopies ?? 1;
    if (fixedCopies === undefined) {
      // Grow until one run is long enough that its fixed cost is noise, then aim at the target.
      for (;;) {
        const ms = await path.time(copies);
        checkAbort();
        if (ms >= TARGET_RUN_MS / 4 || copies >= MAX_COPIES) {
          copies = Math.min(MAX_COPIES, Math.max(copies, Math.ceil((copies * TARGET_RUN_MS) / Math.max(ms, 1e-3))));
          break;
        }
        copies = Math.min(MAX_COPIES, copies * 2);
      }
    }
    const samplesMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      checkAbort();
      samplesMs.push(await path.time(copies));
      onProgress?.(i + 1, runs);
    }
    const medianMs = median(samplesMs);
    if (!(medianMs > 0)) {
      throw new TensorCoreError(
        'INVALID_VALUE',
        `Each run (${copies} copies of ${bufferBytes / MIB} MiB) was too quick for this browser's timer; leave options.copies unset or copy more.`,
        { details: { copies, sizeMiB: bufferBytes / MIB, samplesMs } },
      );
    }
    const bytesPerRun = 2 * bufferBytes * copies;
    const software = path.kind === 'gpu-copy' && isSoftwareAdapter(ctx.adapter);
    return {
      backend: ctx.backend,
      kind: path.kind,
      gbPerSecond: bandwidthGBps(bytesPerRun, medianMs),
      bufferBytes,
      copies,
      bytesPerRun,
      runs,
      medianMs,
      minMs: Math.min(...samplesMs),
      maxMs: Math.max(...samplesMs),
      samplesMs,
      software,
      note: noteFor(ctx.backend, path.kind, software, ctx.adapter),
    };
  } finally {
    path.release();
  }
}

/** @internal */
/** GB/s (10⁹ bytes per second) of `bytes` moved in `ms` milliseconds. */
export function bandwidthGBps(bytes: number, ms: number): number {
  return bytes / (ms / 1000) / 1e9;
}

function isSoftwareAdapter(adapter: AdapterInfo | null | undefined): boolean {
  if (!adapter) return false;
  return (
    adapter.isFallbackAdapter || isSoftwareRenderer(`${adapter.vendor} ${adapter.architecture} ${adapter.description}`)
  );
}

function noteFor(
  backend: BackendName,
  kind: BandwidthKind,
  software: boolean,
  adapter: AdapterInfo | null | undefined,
): string {
  if (kind === 'gpu-copy') {
    if (software) {
      const name = adapter?.description || adapter?.architecture || adapter?.vendor || 'fallback adapter';
      return `Software WebGPU adapter (${name}): this is host memory through a CPU emulator, not a GPU number.`;
    }
    const unknown = !adapter || isUnidentified(adapter) ? ' The adapter did not say what it is.' : '';
    return `Achieved GPU memory bandwidth of copyBufferToBuffer (read + write), not the datasheet peak.${unknown}`;
  }
  const why =
    backend === 'webgl'
      ? 'WebGL has no direct buffer copy, so this is the host memory path (CPU RAM), not the GPU.'
      : `Host memory (CPU RAM) that the ${backend} backend reads.`;
  return `${why} Achieved Float32Array.set copy rate (read + write), not the peak.`;
}

function gpuDevice(ctx: OpContext): GpuDeviceLike {
  const device = (ctx.tf.backend() as unknown as { device?: GpuDeviceLike }).device;
  if (!device || typeof device.createBuffer !== 'function' || typeof device.createCommandEncoder !== 'function') {
    throw new TensorCoreError('BACKEND_UNAVAILABLE', 'The webgpu backend has no GPU device to measure.');
  }
  return device;
}

async function gpuPath(device: GpuDeviceLike, bytes: number): Promise<Path> {
  const scoped = typeof device.pushErrorScope === 'function' && typeof device.popErrorScope === 'function';
  if (scoped) {
    device.pushErrorScope!('validation');
    device.pushErrorScope!('out-of-memory');
  }
  const buffers: { destroy(): void }[] = [];
  const release = () => buffers.forEach((buffer) => buffer.destroy());
  try {
    buffers.push(device.createBuffer({ size: bytes, usage: COPY_SRC_DST }));
    buffers.push(device.createBuffer({ size: bytes, usage: COPY_SRC_DST }));
  } catch (error) {
    release();
    if (scoped) await Promise.all([device.popErrorScope!(), device.popErrorScope!()]);
    throw tooLarge(bytes, error);
  }
  if (scoped) {
    const [memory, validation] = [await device.popErrorScope!(), await device.popErrorScope!()];
    const error = memory ?? validation;
    if (error) {
      release();
      throw tooLarge(bytes, error.message ?? 'createBuffer failed');
    }
  }
  const [a, b] = buffers;
  // Whatever tfjs had queued finishes before the first timed run.
  await device.queue.onSubmittedWorkDone();
  return {
    kind: 'gpu-copy',
    release,
    async time(copies) {
      const encoder = device.createCommandEncoder();
      for (let i = 0; i < copies; i++) {
        if (i % 2 === 0) encoder.copyBufferToBuffer(a, 0, b, 0, bytes);
        else encoder.copyBufferToBuffer(b, 0, a, 0, bytes);
      }
      const commands = encoder.finish();
      const start = performance.now();
      device.queue.submit([commands]);
      await device.queue.onSubmittedWorkDone();
      return performance.now() - start;
    },
  };
}

function hostPath(bytes: number): Path {
  let a: Float32Array;
  let b: Float32Array;
  try {
    a = new Float32Array(bytes / 4);
    b = new Float32Array(bytes / 4);
  } catch (error) {
    throw tooLarge(bytes, error);
  }
  // Real values: untouched pages may all map one shared zero page, which reads faster than memory.
  for (let i = 0; i < a.length; i += 1024) a[i] = i;
  a.fill(1.5, 1, 1024);
  return {
    kind: 'host-copy',
    release() {},
    async time(copies) {
      const start = performance.now();
      for (let i = 0; i < copies; i++) {
        if (i % 2 === 0) b.set(a);
        else a.set(b);
      }
      const ms = performance.now() - start;
      // Yield between runs so a page stays responsive and a cancel can land.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return ms;
    },
  };
}

function tooLarge(bytes: number, cause: unknown): TensorCoreError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new TensorCoreError(
    'TOO_LARGE',
    `Could not allocate two buffers of ${bytes / MIB} MiB to measure bandwidth (${reason}); pass a smaller sizeMiB.`,
    { details: { bytes }, cause },
  );
}

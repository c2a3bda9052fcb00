import type * as TfWasm from '@tensorflow/tfjs-backend-wasm';
import type * as TfWebGl from '@tensorflow/tfjs-backend-webgl';
import type * as TfWebGpu from '@tensorflow/tfjs-backend-webgpu';
import {
  TensorscopeArgumentError,
  checkBoolean,
  checkFunction,
  checkNumber,
  checkObject,
  checkOptions,
} from '@tensorscope/common';
import { TensorCoreError } from './errors.js';
import { loadGradients } from './gradients.js';
import {
  DEFAULT_BACKENDS,
  isUnidentified,
  type AdapterInfo,
  type BackendAttempt,
  type BackendName,
} from './core/backends.js';
import type { OpContext, Tf } from './core/context.js';
import { createDeferred, type Deferred } from './core/deferred.js';
import { detectWebGlRenderer, detectWebGpuAdapter, navigatorGpu, type GpuLike } from './core/detectGpu.js';
import type { Matrix, MatrixInput, VectorInput } from './core/matrix.js';
import { withTimeout } from './core/timeout.js';
import { attention, type AttentionInput, type AttentionResult } from './ops/attention.js';
import { matmul } from './ops/matmul.js';
import { createNeighborIndex, type IndexOptions, type NeighborIndex, type Neighbors } from './ops/neighbors.js';
import { pca, type PcaOptions, type PcaResult } from './ops/pca.js';
import { cosineSimilarity, normalizeRows } from './ops/similarity.js';
import { measureBandwidth, type BandwidthOptions, type BandwidthResult } from './ops/bandwidth.js';
import { measureThroughput, type ThroughputOptions, type ThroughputResult } from './ops/throughput.js';

export interface RuntimeOptions {
  /**
   * Backends to try, in order. `'auto'` (default) tries webgpu → webgl → wasm → cpu and skips a
   * software-emulated GPU (SwiftShader, llvmpipe), which is ~50× slower than SIMD wasm; when the
   * GPU does not say what it is, a tiny timed probe decides. An explicit list is tried as given.
   */
  backends?: 'auto' | readonly BackendName[];
  /**
   * Where the tfjs wasm binaries are served: a folder URL ending in `/`, or a map from file name
   * (`tfjs-backend-wasm-simd.wasm`, …) to URL. Without it the wasm backend looks next to the script.
   */
  wasmPaths?: string | Record<string, string>;
  /** Use wasm threads (needs cross-origin isolation). Default `false`. */
  wasmThreads?: boolean;
  /** Milliseconds allowed for one backend to initialise before it counts as failed. Default 20000. */
  backendTimeoutMs?: number;
  /** Minimum GFLOP/s an unidentified GPU must reach in the probe to be used by `'auto'`. Default 2. */
  probeMinGflops?: number;
  /** The WebGPU entry point. Default `navigator.gpu`. */
  gpu?: GpuLike;
  /** Override how a backend module is loaded (e.g. your own build of it). */
  loaders?: Partial<Record<BackendName, () => Promise<unknown>>>;
}

/** Options of {@link TensorRuntime.run}. */
export interface RunOptions {
  /** Load TensorFlow.js's gradient functions first (needed by `tf.grads`, `tf.variableGrads`, optimisers). */
  gradients?: boolean;
}

/** Events a runtime emits. */
export interface RuntimeEvents {
  /** The GPU device or WebGL context was lost; pending calls reject with `DEVICE_LOST`. */
  devicelost: { backend: BackendName; reason: string };
  /** The backend was re-initialised after a loss (on the next call). */
  restored: { backend: BackendName };
}

/** A ready compute runtime: the backend chosen, why, and the operations that run on it. */
export interface TensorRuntime {
  /** The backend in use. */
  readonly backend: BackendName;
  /** The GPU behind the chosen backend (null for wasm and cpu). A GPU that was found but skipped is in `attempts[].adapter`. */
  readonly adapter: AdapterInfo | null;
  /** Every backend tried, in order, with the outcome and reason. */
  readonly attempts: readonly BackendAttempt[];
  /** Matrix product `a · b`; `a` is `m × k`, `b` is `k × n`. */
  matmul(a: MatrixInput, b: MatrixInput): Promise<Matrix>;
  /** Multi-head scaled dot-product attention weights `[heads, qLen, kLen]` (and output with `v`). */
  attention(input: AttentionInput): Promise<AttentionResult>;
  /** Exact PCA over every row. */
  pca(x: MatrixInput, options?: PcaOptions): Promise<PcaResult>;
  /** Keeps `vectors` resident for repeated nearest-neighbour queries. */
  createIndex(vectors: MatrixInput, options?: IndexOptions): NeighborIndex;
  /** One-shot k nearest neighbours of `query` among `vectors`. */
  nearestNeighbors(vectors: MatrixInput, query: VectorInput, options: { k: number } & IndexOptions): Promise<Neighbors>;
  /** Every row divided by its length. */
  normalizeRows(x: MatrixInput): Promise<Matrix>;
  /** Cosine similarity of each row of `a` with each row of `b`. */
  cosineSimilarity(a: MatrixInput, b: MatrixInput): Promise<Matrix>;
  /** Measured matrix-multiply GFLOP/s of this backend on this device. */
  measureThroughput(options?: ThroughputOptions): Promise<ThroughputResult>;
  /**
   * Measured memory bandwidth in GB/s: a GPU buffer copy on webgpu, a typed-array copy in host
   * memory elsewhere (`kind` says which). Achieved, not the datasheet peak.
   */
  measureBandwidth(options?: BandwidthOptions): Promise<BandwidthResult>;
  /** Subscribes to an event; returns the unsubscribe function. */
  on<E extends keyof RuntimeEvents>(event: E, listener: (detail: RuntimeEvents[E]) => void): () => void;
  /**
   * Runs `fn` with this runtime's TensorFlow.js on its backend: the door for packages that build
   * their own models (the transformer) without importing tfjs themselves. Disposal, a lost device
   * and the backend switch are handled as for every other call; `fn` owns the tensors it makes.
   * Type `tf` yourself (`(tf: typeof import('@tensorflow/tfjs-core')) => …`): the published types
   * stay free of tfjs's own declarations, which do not pass a strict `skipLibCheck: false` build.
   */
  run<T, TfModule = unknown>(fn: (tf: TfModule) => T | Promise<T>, options?: RunOptions): Promise<T>;
  /** Live tensors held by TensorFlow.js (for leak checks). */
  numTensors(): number;
  /** Frees every resident tensor (indexes) and ends the runtime: later calls reject with `DISPOSED`. */
  dispose(): void;
}

const defaultLoaders: Record<BackendName, () => Promise<unknown>> = {
  webgpu: () => import('@tensorflow/tfjs-backend-webgpu'),
  webgl: () => import('@tensorflow/tfjs-backend-webgl'),
  wasm: () => import('@tensorflow/tfjs-backend-wasm'),
  cpu: () => import('@tensorflow/tfjs-backend-cpu'),
};

const MIB = 1024 * 1024;

interface GpuDeviceLike {
  lost: Promise<{ reason?: string; message?: string }>;
  limits?: { maxStorageBufferBindingSize?: number; maxBufferSize?: number };
}

let creation: Promise<unknown> = Promise.resolve();

/**
 * Chooses a TensorFlow.js backend and returns a runtime. Each backend package is loaded with a
 * dynamic `import()` only when it is tried; nothing registers at module load. One backend failing
 * is recorded and the next is tried; rejects with `BACKEND_UNAVAILABLE` only when all fail.
 */
export function createRuntime(options?: RuntimeOptions): Promise<TensorRuntime> {
  try {
    checkRuntimeOptions(options);
  } catch (error) {
    return Promise.reject(error);
  }
  return queueCreation(options ?? {});
}

/** Refuses options of the wrong type before any backend is loaded. */
function checkRuntimeOptions(raw: RuntimeOptions | undefined): void {
  const options = checkOptions(raw);
  const { backends, wasmPaths, loaders, gpu } = options;
  if (backends !== undefined && backends !== 'auto') {
    if (!Array.isArray(backends)) throw new TensorscopeArgumentError('options.backends', "'auto' or a list", backends);
    backends.forEach((name, i) => {
      if (typeof name !== 'string') throw new TensorscopeArgumentError(`options.backends[${i}]`, 'a string', name);
    });
  }
  if (wasmPaths !== undefined && typeof wasmPaths !== 'string') checkObject(wasmPaths, 'options.wasmPaths');
  if (options.wasmThreads !== undefined) checkBoolean(options.wasmThreads, 'options.wasmThreads');
  if (options.backendTimeoutMs !== undefined)
    checkNumber(options.backendTimeoutMs, 'options.backendTimeoutMs', { min: 1 });
  if (options.probeMinGflops !== undefined) checkNumber(options.probeMinGflops, 'options.probeMinGflops', { min: 0 });
  if (gpu !== undefined) checkFunction(checkObject(gpu, 'options.gpu').requestAdapter, 'options.gpu.requestAdapter');
  if (loaders !== undefined) {
    for (const [name, loader] of Object.entries(checkObject(loaders, 'options.loaders'))) {
      checkFunction(loader, `options.loaders.${name}`);
    }
  }
}

function queueCreation(options: RuntimeOptions): Promise<TensorRuntime> {
  // TensorFlow.js has one global engine: choose backends one runtime at a time.
  const next = creation.then(() => Runtime.create(options));
  creation = next.catch(() => undefined);
  return next;
}

class Runtime implements TensorRuntime {
  backend: BackendName;
  adapter: AdapterInfo | null;
  readonly attempts: readonly BackendAttempt[];
  private readonly tf: Tf;
  private readonly options: RuntimeOptions;
  private readonly loaders: Record<BackendName, () => Promise<unknown>>;
  private readonly listeners = new Map<keyof RuntimeEvents, Set<(detail: never) => void>>();
  private readonly indexes = new Set<NeighborIndex>();
  private generation = 0;
  private lost: Deferred<never> = createDeferred();
  private isLost = false;
  private disposed = false;
  private restoring: Promise<void> | null = null;

  private constructor(
    tf: Tf,
    backend: BackendName,
    adapter: AdapterInfo | null,
    attempts: BackendAttempt[],
    options: RuntimeOptions,
  ) {
    this.tf = tf;
    this.backend = backend;
    this.adapter = adapter;
    this.attempts = attempts;
    this.options = options;
    this.loaders = { ...defaultLoaders, ...options.loaders };
    this.watchForLoss();
  }

  static async create(options: RuntimeOptions): Promise<Runtime> {
    const auto = options.backends === undefined || options.backends === 'auto';
    const order: readonly BackendName[] = auto ? DEFAULT_BACKENDS : (options.backends as readonly BackendName[]);
    if (!Array.isArray(order) || order.length === 0) {
      throw new TensorCoreError('EMPTY_INPUT', 'createRuntime: the backends list is empty; name at least one backend.');
    }
    const loaders = { ...defaultLoaders, ...options.loaders };
    const timeoutMs = options.backendTimeoutMs ?? 20_000;
    const tf: Tf = await import('@tensorflow/tfjs-core');
    const attempts: BackendAttempt[] = [];

    for (const name of order) {
      if (!DEFAULT_BACKENDS.includes(name)) {
        attempts.push({ backend: name, outcome: 'failed', reason: `unknown backend '${String(name)}'`, ms: 0 });
        continue;
      }
      const start = performance.now();
      const attempt: BackendAttempt = { backend: name, outcome: 'failed', reason: '', ms: 0 };
      const finish = (outcome: BackendAttempt['outcome'], reason: string) => {
        attempt.outcome = outcome;
        attempt.reason = reason;
        attempt.ms = Math.round(performance.now() - start);
        attempts.push(attempt);
      };
      try {
        const skip = await withTimeout(
          prepare(name, auto, tf, options, loaders, attempt),
          timeoutMs,
          `${name} detection`,
        );
        if (skip) {
          finish('skipped', skip);
          continue;
        }
        await withTimeout(loaders[name as BackendName](), timeoutMs, `loading ${name}`);
        // setBackend throws when the name was never registered and resolves false when setup fails.
        const ok = await withTimeout(tf.setBackend(name), timeoutMs, `${name} initialisation`);
        if (!ok) {
          finish('failed', `tf.setBackend('${name}') returned false (initialisation failed)`);
          continue;
        }
        await tf.ready();
        if (auto && (name === 'webgpu' || name === 'webgl') && attempt.adapter && isUnidentified(attempt.adapter)) {
          // The GPU does not say what it is: time a small product before trusting it.
          const gflops = await probe(tf);
          attempt.probeGflops = Math.round(gflops * 100) / 100;
          if (gflops < (options.probeMinGflops ?? 2)) {
            finish('skipped', `unidentified GPU measured ${attempt.probeGflops} GFLOP/s in a probe (software speed)`);
            continue;
          }
        }
        finish('selected', '');
        const adapter = name === 'webgpu' || name === 'webgl' ? (attempt.adapter ?? null) : null;
        return new Runtime(tf, name, adapter, attempts, options);
      } catch (error) {
        finish('failed', error instanceof Error ? error.message : String(error));
      }
    }
    throw new TensorCoreError(
      'BACKEND_UNAVAILABLE',
      `No TensorFlow.js backend could start: ${attempts.map((a) => `${a.backend}: ${a.reason}`).join('; ')}`,
      { details: { attempts } },
    );
  }

  private context(): OpContext {
    const device =
      this.backend === 'webgpu' ? (this.tf.backend() as unknown as { device?: GpuDeviceLike }).device : undefined;
    const gpuLimit = Math.min(
      device?.limits?.maxStorageBufferBindingSize ?? 128 * MIB,
      device?.limits?.maxBufferSize ?? 256 * MIB,
    );
    const maxChunkBytes =
      this.backend === 'webgpu' ? Math.min(gpuLimit, 256 * MIB) : this.backend === 'webgl' ? 128 * MIB : 1024 * MIB;
    const maxTensorBytes = this.backend === 'webgpu' ? gpuLimit : this.backend === 'webgl' ? 1024 * MIB : 2048 * MIB;
    return {
      tf: this.tf,
      backend: this.backend,
      maxChunkBytes,
      maxTensorBytes,
      generation: this.generation,
      adapter: this.adapter,
    };
  }

  /** Runs an operation: checks disposal, restores a lost device, and never leaves the caller waiting on a dead one. */
  private async exec<T>(operation: (ctx: OpContext) => Promise<T>): Promise<T> {
    if (this.disposed) throw new TensorCoreError('DISPOSED', 'This runtime was disposed; create a new one.');
    if (this.isLost) await this.restore();
    const { tf } = this;
    // The engine is global: another runtime may have switched it, so switch back.
    if (tf.getBackend() !== this.backend) await tf.setBackend(this.backend);
    const lost = this.lost;
    try {
      return await Promise.race([operation(this.context()), lost.promise]);
    } catch (error) {
      if (error instanceof TensorCoreError || (this.backend !== 'webgpu' && this.backend !== 'webgl')) throw error;
      // A GPU call can fail (e.g. mapAsync aborts) just before the loss is reported: wait briefly
      // so the caller gets DEVICE_LOST rather than a raw browser error.
      const wasLost = await Promise.race([
        lost.promise.then(
          () => false,
          () => true,
        ),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(this.isLost), 250)),
      ]);
      if (!wasLost) throw error;
      throw new TensorCoreError(
        'DEVICE_LOST',
        `The ${this.backend} device was lost during the call; the next call re-initialises it.`,
        {
          cause: error,
        },
      );
    }
  }

  private watchForLoss(): void {
    const generation = this.generation;
    const onLost = (reason: string) => {
      if (this.disposed || generation !== this.generation || this.isLost) return;
      this.isLost = true;
      this.lost.reject(
        new TensorCoreError(
          'DEVICE_LOST',
          `The ${this.backend} device was lost (${reason}); the next call re-initialises it.`,
        ),
      );
      this.emit('devicelost', { backend: this.backend, reason });
    };
    const backend = this.tf.backend() as unknown as {
      device?: GpuDeviceLike;
      gpgpu?: { gl?: { canvas?: EventTarget } };
    };
    if (this.backend === 'webgpu' && backend.device) {
      backend.device.lost.then((info) => onLost(info.message || info.reason || 'device lost'));
    } else if (this.backend === 'webgl' && backend.gpgpu?.gl?.canvas) {
      backend.gpgpu.gl.canvas.addEventListener('webglcontextlost', (event) => {
        event.preventDefault();
        onLost('WebGL context lost');
      });
    }
  }

  private restore(): Promise<void> {
    this.restoring ??= (async () => {
      const { tf } = this;
      const name = this.backend;
      tf.removeBackend(name);
      if (name === 'webgpu') {
        const { WebGPUBackend } = (await this.loaders.webgpu()) as typeof TfWebGpu;
        const gpu = this.options.gpu ?? navigatorGpu();
        tf.registerBackend(
          'webgpu',
          async () => {
            const adapter = (await (gpu as unknown as { requestAdapter(): Promise<unknown> }).requestAdapter()) as {
              info: unknown;
              limits: Record<string, number>;
              requestDevice(descriptor: unknown): Promise<unknown>;
            } | null;
            if (!adapter) throw new Error('no WebGPU adapter after device loss');
            const limits = adapter.limits;
            const device = await adapter.requestDevice({
              requiredLimits: {
                maxComputeWorkgroupStorageSize: limits.maxComputeWorkgroupStorageSize,
                maxComputeWorkgroupsPerDimension: limits.maxComputeWorkgroupsPerDimension,
                maxStorageBufferBindingSize: limits.maxStorageBufferBindingSize,
                maxBufferSize: limits.maxBufferSize,
                maxComputeWorkgroupSizeX: limits.maxComputeWorkgroupSizeX,
                maxComputeInvocationsPerWorkgroup: limits.maxComputeInvocationsPerWorkgroup,
              },
            });
            return new WebGPUBackend(device as never, adapter.info as never);
          },
          3,
        );
      } else if (name === 'webgl') {
        const { MathBackendWebGL } = (await this.loaders.webgl()) as typeof TfWebGl;
        tf.registerBackend('webgl', () => new MathBackendWebGL(), 2);
      }
      const ok = await tf.setBackend(name);
      if (!ok)
        throw new TensorCoreError('BACKEND_UNAVAILABLE', `Could not re-initialise ${name} after the device was lost.`);
      await tf.ready();
      this.generation += 1;
      this.lost = createDeferred();
      this.isLost = false;
      this.watchForLoss();
      this.emit('restored', { backend: name });
    })().finally(() => {
      this.restoring = null;
    });
    return this.restoring;
  }

  private emit<E extends keyof RuntimeEvents>(event: E, detail: RuntimeEvents[E]): void {
    this.listeners.get(event)?.forEach((listener) => (listener as (d: RuntimeEvents[E]) => void)(detail));
  }

  on<E extends keyof RuntimeEvents>(event: E, listener: (detail: RuntimeEvents[E]) => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener as (detail: never) => void);
    this.listeners.set(event, set);
    return () => set.delete(listener as (detail: never) => void);
  }

  matmul(a: MatrixInput, b: MatrixInput) {
    return this.exec((ctx) => matmul(ctx, a, b));
  }
  attention(input: AttentionInput) {
    return this.exec((ctx) => attention(ctx, input));
  }
  pca(x: MatrixInput, options?: PcaOptions) {
    return this.exec((ctx) => pca(ctx, x, options));
  }
  createIndex(vectors: MatrixInput, options?: IndexOptions): NeighborIndex {
    if (this.disposed) throw new TensorCoreError('DISPOSED', 'This runtime was disposed; create a new one.');
    const index = createNeighborIndex((operation) => this.exec(operation), vectors, options);
    const dispose = index.dispose;
    this.indexes.add(index);
    return Object.assign(index, {
      dispose: () => {
        this.indexes.delete(index);
        dispose();
      },
    });
  }
  async nearestNeighbors(vectors: MatrixInput, query: VectorInput, options: { k: number } & IndexOptions) {
    checkObject(options, 'options');
    const index = this.createIndex(vectors, options);
    try {
      return await index.query(query, options.k);
    } finally {
      index.dispose();
    }
  }
  normalizeRows(x: MatrixInput) {
    return this.exec((ctx) => normalizeRows(ctx, x));
  }
  cosineSimilarity(a: MatrixInput, b: MatrixInput) {
    return this.exec((ctx) => cosineSimilarity(ctx, a, b));
  }
  measureThroughput(options?: ThroughputOptions) {
    return this.exec((ctx) => measureThroughput(ctx, options));
  }
  measureBandwidth(options?: BandwidthOptions) {
    return this.exec((ctx) => measureBandwidth(ctx, options));
  }
  async run<T, TfModule = unknown>(fn: (tf: TfModule) => T | Promise<T>, options?: RunOptions): Promise<T> {
    checkFunction(fn, 'fn');
    if (checkOptions(options).gradients !== undefined && checkBoolean(options?.gradients, 'options.gradients')) {
      await loadGradients(this.tf);
    }
    return this.exec(async (ctx) => fn(ctx.tf as TfModule));
  }

  numTensors() {
    return this.tf.memory().numTensors;
  }
  dispose() {
    if (this.disposed) return;
    [...this.indexes].forEach((index) => index.dispose());
    this.disposed = true;
  }
}

/** Loads what a backend needs before `setBackend`; returns a reason to skip it, or nothing. */
async function prepare(
  name: BackendName,
  auto: boolean,
  tf: Tf,
  options: RuntimeOptions,
  loaders: Record<BackendName, () => Promise<unknown>>,
  attempt: BackendAttempt,
): Promise<string | undefined> {
  if (name === 'webgpu') {
    const adapter = await detectWebGpuAdapter(options.gpu ?? navigatorGpu());
    if (!adapter) return 'no WebGPU adapter (navigator.gpu missing or requestAdapter() returned null)';
    attempt.adapter = adapter;
    if (auto && adapter.isFallbackAdapter) {
      return `software WebGPU adapter (${adapter.architecture || adapter.vendor || 'fallback'}) is slower than wasm`;
    }
    return undefined;
  }
  if (name === 'webgl') {
    const adapter = detectWebGlRenderer();
    if (!adapter) return 'WebGL is not available here';
    attempt.adapter = adapter;
    if (auto && adapter.isFallbackAdapter)
      return `software WebGL renderer (${adapter.description}) is slower than wasm`;
    if (adapter.isFallbackAdapter) {
      // The flag is registered by the webgl module, so load it first; without the flag tfjs
      // refuses a software renderer (failIfMajorPerformanceCaveat).
      await loaders.webgl();
      tf.env().set('SOFTWARE_WEBGL_ENABLED', true);
    }
    return undefined;
  }
  if (name === 'wasm') {
    const wasm = (await loaders.wasm()) as typeof TfWasm;
    if (!options.wasmThreads) tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    if (options.wasmPaths !== undefined) wasm.setWasmPaths(options.wasmPaths as string);
  }
  return undefined;
}

/** GFLOP/s of a 256 × 256 product after one warm-up. */
async function probe(tf: Tf): Promise<number> {
  const n = 256;
  const a = tf.randomUniform([n, n], -1, 1, 'float32', 3);
  const b = tf.randomUniform([n, n], -1, 1, 'float32', 4);
  try {
    const once = async () => {
      const start = performance.now();
      const c = tf.matMul(a, b);
      await c.data();
      c.dispose();
      return performance.now() - start;
    };
    await once();
    const ms = await once();
    return (2 * n ** 3) / (ms / 1000) / 1e9;
  } finally {
    a.dispose();
    b.dispose();
  }
}

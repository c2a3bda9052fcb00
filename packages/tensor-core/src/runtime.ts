import type * as TfCore from '@tensorflow/tfjs-core';
import type * as TfWasm from '@tensorflow/tfjs-backend-wasm';
import { TensorscopeError } from '@tensorscope/common';
import { DEFAULT_BACKENDS, type AdapterInfo, type BackendAttempt, type BackendName } from './core/backends.js';
import { detectWebGlRenderer, detectWebGpuAdapter } from './core/detectGpu.js';
import { toMatrix, type Matrix, type MatrixInput } from './core/matrix.js';
import { withTimeout } from './core/timeout.js';

type Tf = typeof TfCore;

export interface RuntimeOptions {
  /**
   * Backends to try, in order. `'auto'` (default) tries webgpu → webgl → wasm → cpu and skips a
   * software-emulated GPU (SwiftShader, llvmpipe), which is ~50× slower than SIMD wasm. An explicit
   * list is tried as given, software GPUs included.
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
  /** Live tensors held by TensorFlow.js (for leak checks). */
  numTensors(): number;
  /** Ends this runtime: later calls reject with `DISPOSED`. Operations keep no tensors alive. */
  dispose(): void;
}

const loaders: Record<BackendName, () => Promise<unknown>> = {
  webgpu: () => import('@tensorflow/tfjs-backend-webgpu'),
  webgl: () => import('@tensorflow/tfjs-backend-webgl'),
  wasm: () => import('@tensorflow/tfjs-backend-wasm'),
  cpu: () => import('@tensorflow/tfjs-backend-cpu'),
};

async function prepare(
  name: BackendName,
  auto: boolean,
  tf: Tf,
  options: RuntimeOptions,
): Promise<{ skip?: string; adapter?: AdapterInfo | null }> {
  if (name === 'webgpu') {
    const adapter = await detectWebGpuAdapter();
    if (!adapter) return { skip: 'no WebGPU adapter (navigator.gpu missing or requestAdapter() returned null)' };
    if (auto && adapter.isFallbackAdapter) {
      return {
        skip: `software WebGPU adapter (${adapter.architecture || adapter.vendor || 'fallback'}) is slower than wasm`,
        adapter,
      };
    }
    return { adapter };
  }
  if (name === 'webgl') {
    const adapter = detectWebGlRenderer();
    if (!adapter) return { skip: 'WebGL is not available here' };
    if (auto && adapter.isFallbackAdapter) {
      return { skip: `software WebGL renderer (${adapter.description}) is slower than wasm`, adapter };
    }
    if (adapter.isFallbackAdapter) {
      // The flag is registered by the webgl module, so load it first; without the flag tfjs
      // refuses a software renderer (failIfMajorPerformanceCaveat).
      await loaders.webgl();
      tf.env().set('SOFTWARE_WEBGL_ENABLED', true);
    }
    return { adapter };
  }
  if (name === 'wasm') {
    const wasm = (await loaders.wasm()) as typeof TfWasm;
    if (!options.wasmThreads) tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    if (options.wasmPaths !== undefined) {
      wasm.setWasmPaths(options.wasmPaths as string);
    }
  }
  return {};
}

/**
 * Chooses a TensorFlow.js backend and returns a runtime. Each backend package is loaded with a
 * dynamic `import()` only when it is tried; nothing registers at module load. Never rejects
 * because one backend fails: it records the failure and moves on. Rejects with a
 * `TensorscopeError` (`BACKEND_UNAVAILABLE`) only when every backend fails.
 */
export function createRuntime(options: RuntimeOptions = {}): Promise<TensorRuntime> {
  // TensorFlow.js has one global engine: choose backends one runtime at a time.
  const next = creation.then(() => chooseBackend(options));
  creation = next.catch(() => undefined);
  return next;
}

let creation: Promise<unknown> = Promise.resolve();

async function chooseBackend(options: RuntimeOptions): Promise<TensorRuntime> {
  const auto = options.backends === undefined || options.backends === 'auto';
  const order: readonly BackendName[] = auto ? DEFAULT_BACKENDS : (options.backends as readonly BackendName[]);
  if (order.length === 0) throw new TensorscopeError('EMPTY_INPUT', 'createRuntime: the backends list is empty.');
  const timeoutMs = options.backendTimeoutMs ?? 20_000;
  const tf: Tf = await import('@tensorflow/tfjs-core');
  const attempts: BackendAttempt[] = [];
  let adapter: AdapterInfo | null = null;
  let chosen: BackendName | null = null;

  for (const name of order) {
    const start = performance.now();
    let seen: AdapterInfo | undefined;
    const record = (outcome: BackendAttempt['outcome'], reason: string) =>
      attempts.push({
        backend: name,
        outcome,
        reason,
        ms: Math.round(performance.now() - start),
        ...(seen ? { adapter: seen } : {}),
      });
    try {
      const prep = await withTimeout(prepare(name, auto, tf, options), timeoutMs, `${name} detection`);
      if (prep.adapter) seen = prep.adapter;
      if (prep.skip) {
        record('skipped', prep.skip);
        continue;
      }
      await withTimeout(loaders[name](), timeoutMs, `loading ${name}`);
      // setBackend throws when the name was never registered and resolves false when setup fails.
      const ok = await withTimeout(tf.setBackend(name), timeoutMs, `${name} initialisation`);
      if (!ok) {
        record('failed', `tf.setBackend('${name}') returned false (initialisation failed)`);
        continue;
      }
      await tf.ready();
      if (prep.adapter) adapter = prep.adapter;
      record('selected', '');
      chosen = name;
      break;
    } catch (error) {
      record('failed', error instanceof Error ? error.message : String(error));
    }
  }

  if (!chosen) {
    throw new TensorscopeError(
      'BACKEND_UNAVAILABLE',
      `No TensorFlow.js backend could start: ${attempts.map((a) => `${a.backend}: ${a.reason}`).join('; ')}`,
      { details: { attempts } },
    );
  }
  const backend = chosen;
  let disposed = false;

  // The engine is global: another runtime may have switched it, so switch back before each op.
  const guard = async () => {
    if (disposed) throw new TensorscopeError('DISPOSED', 'This runtime was disposed; create a new one.');
    if (tf.getBackend() !== backend) await tf.setBackend(backend);
  };

  return {
    backend,
    adapter,
    attempts,
    async matmul(aInput, bInput) {
      await guard();
      const a = toMatrix(aInput, 'a');
      const b = toMatrix(bInput, 'b');
      if (a.shape[1] !== b.shape[0]) {
        throw new TensorscopeError(
          'INVALID_SHAPE',
          `matmul: a is ${a.shape[0]}×${a.shape[1]} and b is ${b.shape[0]}×${b.shape[1]}; a's columns must equal b's rows.`,
        );
      }
      const product = tf.tidy(() => tf.matMul(tf.tensor2d(a.data, [...a.shape]), tf.tensor2d(b.data, [...b.shape])));
      try {
        const data = (await product.data()) as Float32Array;
        return { data, shape: [a.shape[0], b.shape[1]] };
      } finally {
        product.dispose();
      }
    },
    numTensors: () => tf.memory().numTensors,
    dispose() {
      // Every operation frees its own tensors, so nothing is left to free; later calls reject.
      disposed = true;
    },
  };
}

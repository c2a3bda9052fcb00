import type * as TensorCoreModule from '@tensorscope/tensor-core';
import type { RuntimeOptions, TensorRuntime } from '@tensorscope/tensor-core';

type TensorCore = typeof TensorCoreModule;

let tensorCore: Promise<TensorCore> | null = null;

/**
 * The package's one door to tensor-core. Loaded on first use so tfjs stays out of the caller's entry
 * chunk; memoised so every PCA, index and runtime shares one module instance. A failed load is
 * forgotten, so the next call tries again.
 */
export function loadTensorCore(): Promise<TensorCore> {
  if (!tensorCore) {
    const loading = import('@tensorscope/tensor-core');
    tensorCore = loading;
    loading.catch(() => {
      if (tensorCore === loading) tensorCore = null;
    });
  }
  return tensorCore;
}

const runtimes = new WeakMap<object, Promise<TensorRuntime>>();
const DEFAULT_RUNTIME_KEY = {};

/** The tensor-core runtime for these options (one per options object; the shared one without). */
export function loadRuntime(options?: RuntimeOptions): Promise<TensorRuntime> {
  const key = options ?? DEFAULT_RUNTIME_KEY;
  let runtime = runtimes.get(key);
  if (!runtime) {
    const loading = loadTensorCore().then((core) => core.getRuntime(options));
    runtime = loading;
    runtimes.set(key, loading);
    loading.catch(() => {
      if (runtimes.get(key) === loading) runtimes.delete(key);
    });
  }
  return runtime;
}

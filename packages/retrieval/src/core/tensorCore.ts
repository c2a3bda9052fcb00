import type * as TensorCoreModule from '@tensorscope/tensor-core';
import type { RuntimeOptions, TensorRuntime } from '@tensorscope/tensor-core';

type TensorCore = typeof TensorCoreModule;

let tensorCore: Promise<TensorCore> | null = null;

/**
 * The package's one door to tensor-core (SVD for the latent semantic space, exact top-k search).
 * Loaded on first use so tfjs stays out of the caller's entry chunk; a failed load is forgotten.
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

/**
 * The tensor-core runtime for these options (e.g. `{ wasmPaths }`): tensor-core's shared runtime,
 * created with them on first use, so every package on the page shares one. Memoised per options object.
 */
export function loadRuntime(options: RuntimeOptions): Promise<TensorRuntime> {
  let runtime = runtimes.get(options);
  if (!runtime) {
    const loading = loadTensorCore().then((core) => core.getRuntime(options));
    runtime = loading;
    runtimes.set(options, loading);
    loading.catch(() => {
      if (runtimes.get(options) === loading) runtimes.delete(options);
    });
  }
  return runtime;
}

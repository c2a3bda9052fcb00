// `@tensorscope/tensor-core/lazy`: the one door through which other packages reach tensor-core
// without putting tfjs in their callers' entry chunk. This module imports nothing at load time;
// tensor-core (and tfjs with it) is fetched on the first call.
import type * as TensorCoreModule from './index.js';
import type { RuntimeOptions, TensorRuntime } from './runtime.js';

/** The tensor-core module, as `import('@tensorscope/tensor-core')` gives it. */
export type TensorCore = typeof TensorCoreModule;

let tensorCore: Promise<TensorCore> | null = null;

/**
 * tensor-core, loaded on first use and memoised, so every caller on the page shares one module
 * instance (one tfjs, one shared runtime). A failed load is forgotten, so the next call tries again.
 */
export function loadTensorCore(): Promise<TensorCore> {
  if (!tensorCore) {
    const loading = import('./index.js');
    tensorCore = loading;
    loading.catch(() => {
      if (tensorCore === loading) tensorCore = null;
    });
  }
  return tensorCore;
}

const runtimes = new WeakMap<object, Promise<TensorRuntime>>();
const DEFAULT_RUNTIME_KEY = {};

/**
 * The runtime for these options: tensor-core's shared runtime (`getRuntime`), memoised per options
 * object, so pass the same object (e.g. one module-level `{ wasmPaths }`) everywhere on a page.
 * A failed start is forgotten, so the next call tries again.
 */
export function loadRuntime(options?: RuntimeOptions): Promise<TensorRuntime> {
  const key = typeof options === 'object' && options !== null ? options : DEFAULT_RUNTIME_KEY;
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

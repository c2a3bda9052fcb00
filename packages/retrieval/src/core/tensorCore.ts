import type * as TensorCoreModule from '@tensorscope/tensor-core';

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

import type * as TfCore from '@tensorflow/tfjs-core';

/**
 * The TensorFlow.js core module, as `runtime.run((tf: Tf) => …)` hands it over. A type only: this
 * package never imports tfjs; tensor-core loads it.
 */
export type Tf = typeof TfCore;

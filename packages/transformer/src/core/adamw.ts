// AdamW (Loshchilov & Hutter, "Decoupled Weight Decay Regularization", 2019) with global-norm
// gradient clipping and a linear warm-up then cosine decay of the learning rate.
import type { Tensor, Variable } from '@tensorflow/tfjs-core';
import { checkNumber, checkObject } from '@tensorscope/common';
import type { Tf } from './tf.js';

export interface AdamWOptions {
  /** Peak learning rate, reached at the end of warm-up. */
  readonly learningRate: number;
  /** Steps of linear warm-up from 0 to `learningRate`. */
  readonly warmupSteps: number;
  /** Total steps: the rate follows a cosine from `learningRate` down to 10 % of it at this step. */
  readonly totalSteps: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
  /** Decoupled weight decay, applied to matrices only (not to embeddings, gains or biases). */
  readonly weightDecay: number;
  /** Gradients are scaled down together when their global L2 norm exceeds this. */
  readonly clipNorm: number;
}

export const DEFAULT_ADAMW: AdamWOptions = {
  learningRate: 3e-3,
  warmupSteps: 50,
  totalSteps: 1000,
  beta1: 0.9,
  beta2: 0.98,
  epsilon: 1e-8,
  weightDecay: 0.01,
  clipNorm: 1,
};

/** The learning rate at `step` (0-based): linear warm-up, then cosine decay to 10 % of the peak. */
export function learningRateAt(options: AdamWOptions, step: number): number {
  const raw = checkObject(options, 'options');
  const peak = checkNumber(raw.learningRate, 'options.learningRate', { min: 0 });
  const warmupSteps = checkNumber(raw.warmupSteps, 'options.warmupSteps', { min: 0 });
  const totalSteps = checkNumber(raw.totalSteps, 'options.totalSteps', { min: 0 });
  checkNumber(step, 'step', { min: 0 });
  if (step < warmupSteps) return (peak * (step + 1)) / warmupSteps;
  const progress = Math.min(1, (step - warmupSteps) / Math.max(1, totalSteps - warmupSteps));
  return peak * (0.1 + 0.9 * 0.5 * (1 + Math.cos(Math.PI * progress)));
}

/** Optimiser state for one flat parameter vector (every weight of the model end to end). */
export interface AdamWState {
  readonly m: Variable;
  readonly v: Variable;
  step: number;
}

export function createAdamWState(tf: Tf, parameters: Variable): AdamWState {
  // Inside a tidy: the zero tensors are freed, the variables (never tidied) stay.
  return tf.tidy(() => ({
    m: tf.variable(tf.zerosLike(parameters), false),
    v: tf.variable(tf.zerosLike(parameters), false),
    step: 0,
  }));
}

/**
 * One AdamW update of the flat `parameters` in place. `norm` is the gradient's L2 norm (already read
 * back, so a non-finite one never reaches the weights); `decayMask` is 1 where weight decay applies.
 * One flat vector instead of one tensor per weight: a dozen operations per step instead of hundreds,
 * which is most of a small model's step time on wasm. Call inside `tf.tidy`.
 */
export function adamWStep(
  tf: Tf,
  options: AdamWOptions,
  state: AdamWState,
  parameters: Variable,
  gradient: Tensor,
  norm: number,
  decayMask: Tensor,
): number {
  const lr = learningRateAt(options, state.step);
  state.step += 1;
  const t = state.step;
  const clip = norm > options.clipNorm ? options.clipNorm / norm : 1;
  const g = tf.mul(gradient, clip);
  const { m, v } = state;
  m.assign(tf.add(tf.mul(m, options.beta1), tf.mul(g, 1 - options.beta1)));
  v.assign(tf.add(tf.mul(v, options.beta2), tf.mul(tf.square(g), 1 - options.beta2)));
  const update = tf.div(
    tf.div(m, 1 - options.beta1 ** t),
    tf.add(tf.sqrt(tf.div(v, 1 - options.beta2 ** t)), options.epsilon),
  );
  const decay = tf.sub(1, tf.mul(decayMask, lr * options.weightDecay));
  parameters.assign(tf.sub(tf.mul(parameters, decay), tf.mul(update, lr)));
  return lr;
}

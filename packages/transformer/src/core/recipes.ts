import type { AdamWOptions } from './adamw.js';
import type { TransformerConfig } from './config.js';

/** Everything that decides a training run: the model's shape, the optimiser, the data and the seed. */
export interface TrainingRecipe {
  readonly name: string;
  readonly config: TransformerConfig;
  readonly optimizer: Partial<AdamWOptions>;
  readonly batchSize: number;
  readonly steps: number;
  readonly seed: number;
  /** Steps between metric reports. */
  readonly reportEvery: number;
}

/**
 * The induction checkpoint: a 2-layer attention-only model on repeated random tokens (patterns of
 * 4–16 distinct ids out of 32, repeated to fill 32 positions). Its size follows Induction Heads Lab
 * (d_model 32, 2 heads per layer, vocabulary 28, context 32): two heads of width 16 form the
 * induction circuit within a few hundred steps, which four heads of width 8 did not in 800 steps
 * in our runs. Also the default of "train it yourself".
 */
export const INDUCTION_RECIPE: TrainingRecipe = {
  name: 'induction',
  config: { vocabSize: 32, contextLength: 32, dModel: 32, heads: 2, layers: 2, mlp: false, mlpRatio: 4 },
  optimizer: { learningRate: 5e-3, warmupSteps: 30, totalSteps: 1000, weightDecay: 0.01, clipNorm: 1 },
  batchSize: 16,
  steps: 1000,
  seed: 1,
  reportEvery: 25,
};

/** Periods of the induction task's patterns (see `inductionTask`). */
export const INDUCTION_PERIODS = { minPeriod: 4, maxPeriod: 16 } as const;

/**
 * The brown checkpoint: a small GPT on the Brown corpus with the project's 1,024-token byte-level
 * BPE: 3 layers, 4 heads, d_model 96, MLP ×4, context 64; 537,312 parameters (2.1 MB as float32).
 * 2,400 steps of 32 × 64 tokens ≈ 4.9 M tokens ≈ 2.4 passes over the 2.04 M-token training split.
 */
export const BROWN_RECIPE: TrainingRecipe = {
  name: 'brown',
  config: { vocabSize: 1024, contextLength: 64, dModel: 96, heads: 4, layers: 3, mlp: true, mlpRatio: 4 },
  optimizer: { learningRate: 3e-3, warmupSteps: 100, totalSteps: 2400, weightDecay: 0.1, clipNorm: 1 },
  batchSize: 32,
  steps: 2400,
  seed: 1,
  reportEvery: 100,
};

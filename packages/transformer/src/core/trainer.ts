import type { Scalar, Tensor, Tensor1D, Tensor2D, Tensor3D } from '@tensorflow/tfjs-core';
import {
  checkFunction,
  checkInteger,
  checkNumber,
  checkObject,
  checkOptions,
  createSeededRandom,
  describeValue,
} from '@tensorscope/common';
import type { TensorRuntime } from '@tensorscope/tensor-core';
import type { Tf } from './tf.js';
import { adamWStep, createAdamWState, DEFAULT_ADAMW, type AdamWOptions } from './adamw.js';
import { readConfig, type TransformerConfig } from './config.js';
import { fail } from './errors.js';
import { crossEntropy, forward, type WeightTensors } from './forward.js';
import type { TrainingTask } from './tasks.js';
import { checkWeights, initWeights, size, weightShapes, type WeightTensor, type Weights } from './weights.js';

/** Unique variable names across trainers (tfjs keeps one global registry of them). */
let trainerCount = 0;
const GRADIENTS = { gradients: true } as const;

export interface TrainerOptions extends Partial<AdamWOptions> {
  /** Sequences per step. Default 16. */
  readonly batchSize?: number;
  /** Seeds the initial weights (when none are given) and the order of the training data. Default 1. */
  readonly seed?: number;
  /** Start from these weights instead of a seeded initialisation. */
  readonly weights?: Weights;
}

export interface StepReport {
  /** Steps done so far (1 after the first). */
  readonly step: number;
  /** Mean cross-entropy of the batch before the update, in nats. */
  readonly loss: number;
  /** Global gradient norm before clipping. */
  readonly gradientNorm: number;
  readonly learningRate: number;
}

export interface Evaluation {
  /** Mean loss over every predicted position. */
  readonly loss: number;
  /** Loss per position `[batch × T]`. */
  readonly perPosition: Float32Array;
  /** Attention weights per layer `[batch × heads × T × T]`. */
  readonly attention: Float32Array[];
}

/** A model being trained: its weights live as tfjs variables on the runtime until `dispose()`. */
export interface Trainer {
  readonly config: TransformerConfig;
  readonly options: Readonly<AdamWOptions & { batchSize: number; seed: number }>;
  /** Steps done so far. */
  readonly stepsDone: number;
  /**
   * Runs `count` steps (default 1) and reports each. A non-finite or exploding loss stops the run
   * with a `DIVERGED` error and restores the weights of the last step whose loss was finite.
   */
  steps(count?: number, onStep?: (report: StepReport) => void): Promise<StepReport[]>;
  /** Loss and attention on fixed sequences (`batch × (T + 1)` ids), without training. */
  evaluate(rows: Int32Array, batch: number): Promise<Evaluation>;
  /** A copy of the current weights. */
  getWeights(): Promise<Record<string, WeightTensor>>;
  /** Frees the variables and optimiser state. */
  dispose(): void;
}

/** Checks evaluation rows: an Int32Array of `batch` rows of `T + 1` ids, `1 ≤ T ≤ contextLength`, ids in the vocabulary. */
function checkRows(config: TransformerConfig, rows: unknown, batch: unknown): void {
  if (!(rows instanceof Int32Array)) {
    throw fail(
      'INVALID_ARGUMENT',
      `rows must be an Int32Array of batch × (T + 1) ids; received ${describeValue(rows)}.`,
    );
  }
  const count = checkInteger(batch, 'batch', { min: 1, max: 4096 });
  const width = rows.length / count;
  if (!Number.isInteger(width) || width < 2 || width > config.contextLength + 1) {
    throw fail(
      'INVALID_SHAPE',
      `rows holds ${rows.length} ids, not ${count} rows of T + 1 ids with 1 ≤ T ≤ ${config.contextLength}.`,
      { details: { length: rows.length, batch: count, contextLength: config.contextLength } },
    );
  }
  const bad = rows.findIndex((id) => id < 0 || id >= config.vocabSize);
  if (bad >= 0) {
    throw fail('OUT_OF_VOCABULARY', `rows[${bad}] is ${rows[bad]}; ids must be from 0 to ${config.vocabSize - 1}.`, {
      details: { index: bad },
    });
  }
}

/** A training task's fields, checked (its `sample` is checked on every step by what it writes). */
function checkTask(value: unknown): TrainingTask {
  const task = checkObject(value, 'task') as unknown as TrainingTask;
  checkInteger(task.vocabSize, 'task.vocabSize', { min: 2 });
  checkInteger(task.contextLength, 'task.contextLength', { min: 1 });
  checkFunction(task.sample, 'task.sample');
  return task;
}

/** Read `rows` (`batch × (T + 1)`) into inputs and next-token targets. */
export function splitRows(tf: Tf, rows: Int32Array, batch: number): { inputs: Tensor2D; targets: Tensor2D } {
  const width = rows.length / batch;
  const all = tf.tensor2d(rows, [batch, width], 'int32');
  return {
    inputs: tf.slice(all, [0, 0], [batch, width - 1]),
    targets: tf.slice(all, [0, 1], [batch, width - 1]),
  };
}

/** Creates a trainer for `config` on `task`. Its tensors live on `runtime` (tfjs through tensor-core). */
export async function createTrainer(
  runtime: TensorRuntime,
  configValue: TransformerConfig,
  taskValue: TrainingTask,
  options: TrainerOptions = {},
): Promise<Trainer> {
  checkFunction(checkObject(runtime, 'runtime').run, 'runtime.run');
  const config = readConfig(configValue);
  const task = checkTask(taskValue);
  const raw = checkOptions(options);
  if (task.vocabSize > config.vocabSize || task.contextLength > config.contextLength) {
    throw fail(
      'CONFIG_MISMATCH',
      `The task needs vocab ${task.vocabSize} and context ${task.contextLength}; the model has ${config.vocabSize} and ${config.contextLength}.`,
    );
  }
  const batchSize =
    raw.batchSize === undefined ? 16 : checkInteger(raw.batchSize, 'options.batchSize', { min: 1, max: 4096 });
  const seed = raw.seed === undefined ? 1 : checkInteger(raw.seed, 'options.seed', { min: 0 });
  const adam: AdamWOptions = Object.fromEntries(
    Object.entries(DEFAULT_ADAMW).map(([key, fallback]) => {
      const value = raw[key as keyof AdamWOptions];
      return [key, value === undefined ? fallback : checkNumber(value, `options.${key}`, { min: 0 })];
    }),
  ) as unknown as AdamWOptions;
  if (raw.weights !== undefined) checkWeights(config, raw.weights);
  const weights = raw.weights ?? initWeights(config, seed);
  const specs = weightShapes(config);
  const decays = new Set(specs.filter((s) => s.kind === 'matrix' || s.kind === 'output-matrix').map((s) => s.name));
  const random = createSeededRandom(seed ^ 0x9e3779b9);
  const rows = new Int32Array(batchSize * (task.contextLength + 1));
  const divergeAbove = 2 * Math.log(config.vocabSize) + 2;

  const offsets: number[] = [];
  let total = 0;
  for (const spec of specs) {
    offsets.push(total);
    total += size(spec.shape);
  }
  const flat = new Float32Array(total);
  const mask = new Float32Array(total);
  specs.forEach((spec, i) => {
    flat.set(weights[spec.name]!.data, offsets[i]);
    if (decays.has(spec.name)) mask.fill(1, offsets[i], offsets[i]! + size(spec.shape));
  });
  const state = await runtime.run((tf: Tf) => {
    // Inside a tidy: the starting tensor is freed, the variable (never tidied) stays.
    const parameters = tf.tidy(() => tf.variable(tf.tensor1d(flat), true, `transformer${++trainerCount}`));
    return {
      parameters,
      decayMask: tf.tensor1d(mask),
      adamState: createAdamWState(tf, parameters),
      lastGood: null as Tensor1D | null,
    };
  });
  const { parameters, decayMask, adamState } = state;
  /** The weights as views of the flat vector (inside a tidy: the slices are freed with it). */
  const unflatten = (tf: Tf, vector: Tensor): WeightTensors =>
    Object.fromEntries(
      specs.map((spec, i) => [spec.name, tf.reshape(tf.slice(vector, offsets[i]!, size(spec.shape)), [...spec.shape])]),
    );
  let disposed = false;

  const oneStep = (tf: Tf): StepReport => {
    task.sample(rows, batchSize, random);
    checkRows(config, rows, batchSize);
    const { values, gradient } = tf.tidy(() => {
      const { inputs, targets } = splitRows(tf, rows, batchSize);
      const { value, grads } = tf.variableGrads(
        () => crossEntropy(tf, forward(tf, config, unflatten(tf, parameters), inputs).logits, targets).mean as Scalar,
        [parameters],
      );
      const gradient = grads[parameters.name]!;
      return { values: tf.stack([value, tf.norm(gradient)]), gradient: gradient as Tensor1D };
    });
    const [lossValue, normValue] = values.dataSync() as Float32Array;
    values.dispose();
    if (!Number.isFinite(lossValue) || !Number.isFinite(normValue) || lossValue! > divergeAbove) {
      gradient.dispose();
      if (state.lastGood) parameters.assign(state.lastGood as Tensor1D);
      throw fail(
        'DIVERGED',
        `Training stopped at step ${adamState.step + 1}: the loss was ${lossValue} and the gradient norm ${normValue}. The weights are those of the last step with a finite loss; lower the learning rate and try again.`,
        {
          details: { step: adamState.step + 1, loss: lossValue!, gradientNorm: normValue! },
        },
      );
    }
    // The weights that produced this finite loss become the ones to fall back to (a clone shares the data: cheap).
    state.lastGood?.dispose();
    state.lastGood = tf.clone(parameters);
    const learningRate = tf.tidy(() => adamWStep(tf, adam, adamState, parameters, gradient, normValue!, decayMask));
    gradient.dispose();
    return { step: adamState.step, loss: lossValue!, gradientNorm: normValue!, learningRate };
  };

  const alive = () => {
    if (disposed) throw fail('INVALID_ARGUMENT', 'This trainer was disposed.');
  };

  return {
    config,
    options: { ...adam, batchSize, seed },
    get stepsDone() {
      return adamState.step;
    },
    // async: a bad argument or a disposed trainer rejects the promise, as the signature says, instead of throwing.
    async steps(count = 1, onStep) {
      alive();
      const n = checkInteger(count, 'count', { min: 0, max: 1_000_000 });
      if (onStep !== undefined) checkFunction(onStep, 'onStep');
      return runtime.run((tf: Tf) => {
        const reports: StepReport[] = [];
        for (let i = 0; i < n; i++) {
          const report = oneStep(tf);
          reports.push(report);
          onStep?.(report);
        }
        return reports;
      }, GRADIENTS);
    },
    async evaluate(evalRows, batch) {
      alive();
      checkRows(config, evalRows, batch);
      return runtime.run((tf: Tf) => {
        const out = tf.tidy(() => {
          const { inputs, targets } = splitRows(tf, evalRows, batch);
          const result = forward(tf, config, unflatten(tf, parameters), inputs, { capture: true });
          const ce = crossEntropy(tf, result.logits as Tensor3D, targets);
          return { mean: ce.mean, perPosition: ce.perPosition, attention: result.captured!.attention };
        });
        const evaluation: Evaluation = {
          loss: out.mean.dataSync()[0]!,
          perPosition: out.perPosition.dataSync() as Float32Array,
          attention: out.attention.map((a) => a.dataSync() as Float32Array),
        };
        tf.dispose([out.mean, out.perPosition, ...out.attention]);
        return evaluation;
      });
    },
    async getWeights() {
      alive();
      return runtime.run(() => {
        const values = parameters.dataSync() as Float32Array;
        const copy: Record<string, WeightTensor> = {};
        specs.forEach((spec, i) => {
          copy[spec.name] = { shape: spec.shape, data: values.slice(offsets[i]!, offsets[i]! + size(spec.shape)) };
        });
        return copy;
      });
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      void runtime
        .run((tf: Tf) =>
          tf.dispose([parameters, decayMask, adamState.m, adamState.v, ...(state.lastGood ? [state.lastGood] : [])]),
        )
        .catch(() => undefined);
    },
  };
}

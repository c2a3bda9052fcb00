import type { Tensor, Tensor2D } from '@tensorflow/tfjs-core';
import {
  checkArray,
  checkFiniteNumbers,
  checkFunction,
  checkInteger,
  checkNumber,
  checkObject,
  checkOneOf,
  checkOptions,
  describeValue,
} from '@tensorscope/common';
import type { TensorRuntime } from '@tensorscope/tensor-core';
import type { Tf } from './tf.js';
import type { Checkpoint } from './checkpoint.js';
import { readConfig, type TransformerConfig } from './config.js';
import { fail } from './errors.js';
import { crossEntropy, forward, type AblationMasks } from './forward.js';
import { checkWeights, weightShapes } from './weights.js';

/** A head, by layer and index within the layer (both from 0). */
export interface HeadRef {
  readonly layer: number;
  readonly head: number;
}

/** Heads to switch off for one forward pass. */
export interface Ablation {
  readonly heads: readonly HeadRef[];
  /** `'zero'` removes each head's output; `'mean'` replaces it by its mean over the positions. Default `'zero'`. */
  readonly mode?: 'zero' | 'mean';
}

export interface ForwardOptions {
  readonly ablation?: Ablation;
}

/** Everything one forward pass of one sequence computed, as plain typed arrays. */
export interface ForwardResult {
  /** The ids that went in (after any windowing by the caller). */
  readonly ids: Int32Array;
  /** Number of positions `T`. */
  readonly length: number;
  /** Next-token logits at every position, `[T × vocab]`. */
  readonly logits: Float32Array;
  /** Loss (nats) of predicting each next id that is known, `[T − 1]`; its mean is `loss`. */
  readonly losses: Float32Array;
  readonly loss: number;
  /** Per layer, attention weights `[heads × T × T]` (rows: the attending position). */
  readonly attention: Float32Array[];
  /** Per layer, queries, keys and values `[heads × T × dHead]`. */
  readonly queries: Float32Array[];
  readonly keys: Float32Array[];
  readonly values: Float32Array[];
  /** The residual stream `[T × dModel]` before block 0 and after each block (`layers + 1` entries). */
  readonly residual: Float32Array[];
}

/** A trained model, ready to run: its weights live on the runtime until `dispose()`. */
export interface TransformerModel {
  readonly config: TransformerConfig;
  readonly checkpoint: Checkpoint;
  /** Runs one sequence of ids (`1 ≤ length ≤ contextLength`, each `< vocabSize`). */
  forward(ids: ArrayLike<number>, options?: ForwardOptions): Promise<ForwardResult>;
  /** Frees the weights. Later calls reject. */
  dispose(): void;
}

/** Checks ids against the model: integers in `[0, vocabSize)`, `1 … contextLength` of them. */
export function checkIds(configValue: TransformerConfig, ids: unknown): Int32Array {
  const config = readConfig(configValue);
  const list =
    ids instanceof Int32Array
      ? ids
      : checkArray(ArrayBuffer.isView(ids) ? Array.from(ids as unknown as ArrayLike<number>) : ids, 'ids');
  if (list.length === 0) throw fail('EMPTY_INPUT', 'There are no tokens to run.');
  if (list.length > config.contextLength) {
    throw fail(
      'TOO_LARGE',
      `${list.length} tokens are more than the model's context of ${config.contextLength}; pass the last ${config.contextLength} (see windowIds).`,
      {
        details: { length: list.length, contextLength: config.contextLength },
      },
    );
  }
  const out = new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const id = list[i];
    if (typeof id !== 'number' || !Number.isInteger(id) || id < 0 || id >= config.vocabSize) {
      throw fail(
        'OUT_OF_VOCABULARY',
        `Token ${i} is ${String(id)}; ids must be integers from 0 to ${config.vocabSize - 1}.`,
        { details: { index: i } },
      );
    }
    out[i] = id;
  }
  return out;
}

/** The last `contextLength` ids, and whether earlier ones were dropped (a sliding window). */
export function windowIds(ids: Int32Array, contextLength: number): { ids: Int32Array; dropped: number } {
  if (!(ids instanceof Int32Array)) {
    throw fail('INVALID_ARGUMENT', `ids must be an Int32Array; received ${describeValue(ids)}.`);
  }
  checkInteger(contextLength, 'contextLength', { min: 1 });
  const dropped = Math.max(0, ids.length - contextLength);
  return { ids: dropped ? ids.slice(dropped) : ids, dropped };
}

function ablationMasks(config: TransformerConfig, ablation: Ablation | undefined): AblationMasks | undefined {
  if (ablation === undefined) return undefined;
  const raw = checkObject(ablation, 'options.ablation');
  const mode =
    raw.mode === undefined ? 'zero' : checkOneOf(raw.mode, 'options.ablation.mode', ['zero', 'mean'] as const);
  const heads = checkArray(raw.heads, 'options.ablation.heads', { maxLength: config.layers * config.heads });
  const zero = new Float32Array(config.layers * config.heads);
  const mean = new Float32Array(config.layers * config.heads);
  heads.forEach((ref, i) => {
    const head = checkObject(ref, `options.ablation.heads[${i}]`);
    const layer = checkInteger(head.layer, `options.ablation.heads[${i}].layer`, { min: 0, max: config.layers - 1 });
    const index = checkInteger(head.head, `options.ablation.heads[${i}].head`, { min: 0, max: config.heads - 1 });
    (mode === 'zero' ? zero : mean)[layer * config.heads + index] = 1;
  });
  return { zero, mean };
}

/** Puts a checkpoint's weights on `runtime` and returns a model that runs on it. */
export async function createModel(runtime: TensorRuntime, checkpoint: Checkpoint): Promise<TransformerModel> {
  checkFunction(checkObject(runtime, 'runtime').run, 'runtime.run');
  const raw = checkObject(checkpoint, 'checkpoint');
  const config = readConfig(raw.config, 'checkpoint.config');
  const weights = raw.weights as Checkpoint['weights'];
  checkWeights(config, weights);
  const tensors = await runtime.run(
    (tf: Tf) =>
      Object.fromEntries(
        weightShapes(config).map((spec) => [spec.name, tf.tensor(weights[spec.name]!.data, [...spec.shape])]),
      ) as Record<string, Tensor>,
  );
  let disposed = false;
  return {
    config,
    checkpoint,
    async forward(input, options) {
      if (disposed) throw fail('INVALID_ARGUMENT', 'This model was disposed.');
      const ids = checkIds(config, input);
      const masks = ablationMasks(config, checkOptions(options).ablation);
      const length = ids.length;
      return runtime.run((tf: Tf) => {
        const out = tf.tidy(() => {
          const inputs = tf.tensor2d(ids, [1, length], 'int32') as Tensor2D;
          const result = forward(tf, config, tensors, inputs, { capture: true, ablation: masks });
          const c = result.captured!;
          const targets = tf.tensor2d(ids.subarray(1), [1, length - 1], 'int32') as Tensor2D;
          const losses =
            length > 1
              ? crossEntropy(tf, tf.slice(result.logits, [0, 0, 0], [1, length - 1, config.vocabSize]), targets)
                  .perPosition
              : tf.zeros([1, 0]);
          return { logits: result.logits, losses, ...c };
        });
        const read = (list: Tensor[]) => list.map((t) => t.dataSync() as Float32Array);
        const losses = out.losses.dataSync() as Float32Array;
        const result: ForwardResult = {
          ids,
          length,
          logits: out.logits.dataSync() as Float32Array,
          losses,
          loss: losses.length ? losses.reduce((a, b) => a + b, 0) / losses.length : Number.NaN,
          attention: read(out.attention),
          queries: read(out.queries),
          keys: read(out.keys),
          values: read(out.values),
          residual: read(out.residual),
        };
        tf.dispose([
          out.logits,
          out.losses,
          ...out.attention,
          ...out.queries,
          ...out.keys,
          ...out.values,
          ...out.headOutputs,
          ...out.residual,
        ]);
        return result;
      });
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      void runtime.run((tf: Tf) => tf.dispose(Object.values(tensors))).catch(() => undefined);
    },
  };
}

/** Softmax of one row of logits at `temperature` (> 0). */
export function softmax(logitsValue: ArrayLike<number>, temperature = 1): Float32Array {
  const logits = checkFiniteNumbers(logitsValue, 'logits');
  if (checkNumber(temperature, 'temperature') <= 0) {
    throw fail('INVALID_ARGUMENT', `temperature must be above 0; received ${temperature}.`);
  }
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) max = Math.max(max, logits[i]!);
  const out = new Float32Array(logits.length);
  let sum = 0;
  for (let i = 0; i < logits.length; i++) sum += out[i] = Math.exp((logits[i]! - max) / temperature);
  for (let i = 0; i < out.length; i++) out[i] = out[i]! / sum;
  return out;
}

/** The `k` most probable ids, most probable first. */
export function topK(probabilitiesValue: ArrayLike<number>, k: number): { id: number; probability: number }[] {
  const probabilities = checkFiniteNumbers(probabilitiesValue, 'probabilities');
  checkInteger(k, 'k', { min: 0 });
  const ids = Array.from({ length: probabilities.length }, (_, i) => i);
  ids.sort((a, b) => probabilities[b]! - probabilities[a]! || a - b);
  return ids.slice(0, Math.max(0, k)).map((id) => ({ id, probability: probabilities[id]! }));
}

/** Draws an id from `probabilities` with `random()` in [0, 1). */
export function sampleId(probabilitiesValue: ArrayLike<number>, random: () => number): number {
  const probabilities = checkFiniteNumbers(probabilitiesValue, 'probabilities');
  if (probabilities.length === 0) throw fail('EMPTY_INPUT', 'There are no probabilities to sample from.');
  let r = checkFunction<() => number>(random, 'random')();
  for (let i = 0; i < probabilities.length; i++) {
    r -= probabilities[i]!;
    if (r < 0) return i;
  }
  return probabilities.length - 1;
}

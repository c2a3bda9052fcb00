// The forward pass as TensorFlow.js operations. It runs inside `runtime.run(tf => …)`, so this
// package never imports tfjs itself; tensors come in and go out, and callers own `tf.tidy`.
import type { Tensor, Tensor1D, Tensor2D, Tensor3D, Tensor4D } from '@tensorflow/tfjs-core';
import type { Tf } from './tf.js';
import { headDim, type TransformerConfig } from './config.js';

/** The parameters as tensors, by the names of `weightShapes`. */
export type WeightTensors = Readonly<Record<string, Tensor>>;

/**
 * Which heads to switch off, as `[layers × heads]` multipliers: `zero[l·H + h] = 1` removes head
 * `h` of layer `l` from the residual stream; `mean[l·H + h] = 1` replaces its output by its mean
 * over the batch and positions of this forward pass (mean ablation keeps the average signal the
 * rest of the model may rely on, and removes only what depends on the input).
 */
export interface AblationMasks {
  readonly zero: Float32Array;
  readonly mean: Float32Array;
}

/** What one forward pass keeps besides the logits (only when asked: it costs memory). */
export interface Captured {
  /** Per layer, the attention weights `[batch, heads, T, T]` (rows: queries, columns: keys). */
  attention: Tensor4D[];
  /** Per layer, the queries, keys and values `[batch, heads, T, dHead]`. */
  queries: Tensor4D[];
  keys: Tensor4D[];
  values: Tensor4D[];
  /** Per layer, each head's output written into the stream `[batch, heads, T, dModel]` is not kept; its `z = A·V`. */
  headOutputs: Tensor4D[];
  /** The residual stream `[batch, T, dModel]` before block 0, after each block (`layers + 1` entries). */
  residual: Tensor3D[];
}

export interface ForwardOutput {
  /** `[batch, T, vocab]`. */
  logits: Tensor3D;
  captured?: Captured;
}

const LN_EPSILON = 1e-5;

function layerNorm(tf: Tf, x: Tensor, gain: Tensor, bias: Tensor): Tensor {
  const mean = tf.mean(x, -1, true);
  const centred = tf.sub(x, mean);
  const variance = tf.mean(tf.square(centred), -1, true);
  return tf.add(tf.mul(tf.mul(centred, tf.rsqrt(tf.add(variance, LN_EPSILON))), gain), bias);
}

/** GELU, tanh approximation (GPT-2's). */
function gelu(tf: Tf, x: Tensor): Tensor {
  const inner = tf.mul(tf.add(x, tf.mul(tf.pow(x, 3), 0.044715)), Math.sqrt(2 / Math.PI));
  return tf.mul(tf.mul(x, 0.5), tf.add(tf.tanh(inner), 1));
}

/** `[T, T]` additive causal mask: 0 on and below the diagonal, −1e9 above. */
export function causalMask(tf: Tf, length: number): Tensor2D {
  return tf.tidy(() => {
    const rows = tf.reshape(tf.range(0, length, 1, 'int32'), [length, 1]);
    const cols = tf.reshape(tf.range(0, length, 1, 'int32'), [1, length]);
    return tf.mul(tf.cast(tf.greater(cols, rows), 'float32'), -1e9) as Tensor2D;
  });
}

/**
 * Runs the model on `ids` (`[batch, T]` int32, `T ≤ contextLength`) and returns the logits of the
 * next token at every position, plus, with `capture`, every intermediate a teacher may show.
 */
export function forward(
  tf: Tf,
  config: TransformerConfig,
  w: WeightTensors,
  ids: Tensor2D,
  options: { ablation?: AblationMasks; capture?: boolean; mask?: Tensor2D } = {},
): ForwardOutput {
  const [batch, length] = ids.shape;
  const { dModel: d, heads, layers } = config;
  const dh = headDim(config);
  const mask = options.mask ?? causalMask(tf, length);
  const captured: Captured | undefined = options.capture
    ? { attention: [], queries: [], keys: [], values: [], headOutputs: [], residual: [] }
    : undefined;
  const positions = tf.slice(w.positionEmbedding!, [0, 0], [length, d]);
  // A one-hot product rather than tf.gather: gather's gradient needs a kernel the wasm backend lacks.
  const oneHot = tf.oneHot(tf.reshape(ids, [batch * length]) as Tensor1D, config.vocabSize);
  const tokens = tf.reshape(tf.matMul(oneHot, w.tokenEmbedding! as Tensor2D), [batch, length, d]);
  let x: Tensor = tf.add(tokens, positions); // [B, T, d]
  captured?.residual.push(x as Tensor3D);
  const splitHeads = (m: Tensor) => tf.transpose(tf.reshape(m, [batch, length, heads, dh]), [0, 2, 1, 3]) as Tensor4D;
  for (let l = 0; l < layers; l++) {
    const p = `layer${l}.`;
    const h = tf.reshape(layerNorm(tf, x, w[`${p}ln1.gain`]!, w[`${p}ln1.bias`]!), [batch * length, d]);
    const q = splitHeads(tf.matMul(h as Tensor2D, w[`${p}attention.query`] as Tensor2D));
    const k = splitHeads(tf.matMul(h as Tensor2D, w[`${p}attention.key`] as Tensor2D));
    const v = splitHeads(tf.matMul(h as Tensor2D, w[`${p}attention.value`] as Tensor2D));
    // An explicit transpose: tfjs's wasm kernel is many times slower with `transposeB`.
    const scores = tf.add(tf.mul(tf.matMul(q, tf.transpose(k, [0, 1, 3, 2])), 1 / Math.sqrt(dh)), mask);
    const attention = tf.softmax(scores) as Tensor4D; // [B, H, T, T]
    let z: Tensor = tf.matMul(attention, v); // [B, H, T, dh]
    if (options.ablation) z = ablate(tf, z, options.ablation, l, heads);
    if (captured) {
      captured.attention.push(attention);
      captured.queries.push(q);
      captured.keys.push(k);
      captured.values.push(v);
      captured.headOutputs.push(z as Tensor4D);
    }
    const merged = tf.reshape(tf.transpose(z, [0, 2, 1, 3]), [batch * length, d]) as Tensor2D;
    x = tf.add(x, tf.reshape(tf.matMul(merged, w[`${p}attention.output`] as Tensor2D), [batch, length, d]));
    if (config.mlp) {
      const h2 = tf.reshape(layerNorm(tf, x, w[`${p}ln2.gain`]!, w[`${p}ln2.bias`]!), [batch * length, d]) as Tensor2D;
      const hidden = gelu(tf, tf.add(tf.matMul(h2, w[`${p}mlp.in`] as Tensor2D), w[`${p}mlp.inBias`] as Tensor1D));
      const out = tf.add(tf.matMul(hidden as Tensor2D, w[`${p}mlp.out`] as Tensor2D), w[`${p}mlp.outBias`] as Tensor1D);
      x = tf.add(x, tf.reshape(out, [batch, length, d]));
    }
    captured?.residual.push(x as Tensor3D);
  }
  const final = tf.reshape(layerNorm(tf, x, w['lnFinal.gain']!, w['lnFinal.bias']!), [batch * length, d]) as Tensor2D;
  const logits = tf.reshape(tf.matMul(final, w.unembedding as Tensor2D), [batch, length, config.vocabSize]) as Tensor3D;
  return { logits, captured };
}

/** Applies the ablation masks of layer `l` to the head outputs `z` `[B, H, T, dh]`. */
function ablate(tf: Tf, z: Tensor, masks: AblationMasks, l: number, heads: number): Tensor {
  const zero = masks.zero.subarray(l * heads, (l + 1) * heads);
  const mean = masks.mean.subarray(l * heads, (l + 1) * heads);
  if (zero.every((m) => m === 0) && mean.every((m) => m === 0)) return z;
  const keep = new Float32Array(heads).map((_, h) => (zero[h] || mean[h] ? 0 : 1));
  let out = tf.mul(z, tf.tensor4d(keep, [1, heads, 1, 1]));
  if (mean.some((m) => m !== 0)) {
    out = tf.add(
      out,
      tf.mul(
        tf.mean(z, [0, 2], true),
        tf.tensor4d(
          Float32Array.from(mean, (m) => (m ? 1 : 0)),
          [1, heads, 1, 1],
        ),
      ),
    );
  }
  return out;
}

/**
 * Mean cross-entropy (nats) of predicting `targets` `[B, T]` from `logits` `[B, T, V]`, and the
 * per-position losses `[B, T]` for metrics such as the loss on the repeated half of a sequence.
 */
export function crossEntropy(tf: Tf, logits: Tensor3D, targets: Tensor2D): { mean: Tensor; perPosition: Tensor2D } {
  const [batch, length, vocab] = logits.shape;
  const logProbs = tf.logSoftmax(tf.reshape(logits, [batch * length, vocab]));
  const picked = tf.sum(tf.mul(logProbs, tf.oneHot(tf.reshape(targets, [batch * length]) as Tensor1D, vocab)), -1);
  const perPosition = tf.reshape(tf.neg(picked), [batch, length]) as Tensor2D;
  return { mean: tf.mean(perPosition), perPosition };
}

// The peer for bench/transformer.bench.mjs: the GPT a TensorFlow.js user would write with the stock
// layers API (@tensorflow/tfjs-layers 4.22.0) and train with the stock Adam optimizer. Same
// architecture as @tensorscope/transformer's model, operation for operation: token + learned
// position embeddings, `layers` blocks of pre-LayerNorm causal multi-head attention (Q, K, V and
// output projections without bias; an MLP with GELU (tanh) when `mlp`), a final LayerNorm and an
// untied unembedding without bias.
//
// Where it is written the way a tfjs user writes it rather than the way tensorscope does:
//   - Q, K, V, output and MLP projections are `tf.layers.dense` layers; LayerNorm is
//     `tf.layers.layerNormalization` (epsilon set to ours, 1e-5), or with `layerNorm: 'custom'` a
//     small broadcasting layer (see BroadcastLayerNorm: the stock one is the stock model's
//     bottleneck); the residual adds are `tf.layers.add`; the loss is
//     `tf.losses.softmaxCrossEntropy` on one-hot targets; training is `model.trainOnBatch` with
//     `tf.train.adam` (one update per weight tensor).
//   - tfjs-layers 4.22 exports no multi-head attention layer (its `MultiHeadAttention` lives in the
//     unexported nlp/ folder), so the attention core (split heads, QKᵀ/√d + causal mask, softmax,
//     ·V, merge heads) is a small custom layer with `tf.matMul(q, k, false, true)`, as tfjs's docs
//     write it.
//   - The token embedding is a one-hot product inside a custom layer, as in ours:
//     `tf.layers.embedding` is a gather, and gather's gradient (UnsortedSegmentSum) has no wasm
//     kernel in tfjs 4.22, so a model built on it cannot be trained on the wasm backend at all
//     (see `embeddingTrainsOnWasm`).
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';

const LN_EPSILON = 1e-5;
const normal = () => tfl.initializers.randomNormal({ mean: 0, stddev: 0.02, seed: 1 });

/** Token (one-hot · W_E) + position embedding, `[B, T]` ids → `[B, T, d]`. */
class TokenAndPosition extends tfl.layers.Layer {
  static className = 'TokenAndPosition';
  constructor({ vocabSize, contextLength, dModel, ...rest }) {
    super(rest);
    this.vocabSize = vocabSize;
    this.contextLength = contextLength;
    this.dModel = dModel;
  }
  build() {
    this.tokens = this.addWeight('tokens', [this.vocabSize, this.dModel], 'float32', normal());
    this.positions = this.addWeight('positions', [this.contextLength, this.dModel], 'float32', normal());
    this.built = true;
  }
  computeOutputShape(shape) {
    return [...shape, this.dModel];
  }
  call(inputs) {
    return tf.tidy(() => {
      const ids = tf.cast(Array.isArray(inputs) ? inputs[0] : inputs, 'int32');
      const [batch, length] = ids.shape;
      const oneHot = tf.oneHot(tf.reshape(ids, [batch * length]), this.vocabSize);
      const tokens = tf.reshape(tf.matMul(oneHot, this.tokens.read()), [batch, length, this.dModel]);
      return tf.add(tokens, tf.slice(this.positions.read(), [0, 0], [length, this.dModel]));
    });
  }
}

/** softmax(QKᵀ/√dh + causal mask)·V per head, `[q, k, v]` each `[B, T, d]` → `[B, T, d]`. */
class CausalAttention extends tfl.layers.Layer {
  static className = 'CausalAttention';
  constructor({ heads, ...rest }) {
    super(rest);
    this.heads = heads;
  }
  computeOutputShape(shapes) {
    return shapes[0];
  }
  call([q, k, v]) {
    return tf.tidy(() => {
      const [batch, length, d] = q.shape;
      const dh = d / this.heads;
      const split = (x) => tf.transpose(tf.reshape(x, [batch, length, this.heads, dh]), [0, 2, 1, 3]);
      const lower = tf.linalg.bandPart(tf.ones([length, length]), -1, 0);
      const mask = tf.mul(tf.sub(1, lower), -1e9);
      const scores = tf.add(tf.mul(tf.matMul(split(q), split(k), false, true), 1 / Math.sqrt(dh)), mask);
      const z = tf.matMul(tf.softmax(scores), split(v));
      return tf.reshape(tf.transpose(z, [0, 2, 1, 3]), [batch, length, d]);
    });
  }
}

/**
 * LayerNorm over the last axis written as a custom layer with broadcasting (gain and bias `[d]`),
 * as ours computes it. `tf.layers.layerNormalization` tiles its mean, variance, gamma and beta to
 * the input's shape, and tfjs's Tile gradient slices and adds once per repeated row (2,048 slices
 * and adds per LayerNorm at 32 × 64 tokens): most of the stock model's step time. A user who
 * profiles the stock model writes this.
 */
class BroadcastLayerNorm extends tfl.layers.Layer {
  static className = 'BroadcastLayerNorm';
  build(shape) {
    const d = shape[shape.length - 1];
    this.gamma = this.addWeight('gamma', [d], 'float32', tfl.initializers.ones());
    this.beta = this.addWeight('beta', [d], 'float32', tfl.initializers.zeros());
    this.built = true;
  }
  computeOutputShape(shape) {
    return shape;
  }
  call(inputs) {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      const mean = tf.mean(x, -1, true);
      const centred = tf.sub(x, mean);
      const variance = tf.mean(tf.square(centred), -1, true);
      const normed = tf.mul(centred, tf.rsqrt(tf.add(variance, LN_EPSILON)));
      return tf.add(tf.mul(normed, this.gamma.read()), this.beta.read());
    });
  }
}

/**
 * Builds the stock tf.layers GPT for `config` (a @tensorscope/transformer config) and compiles it
 * with `tf.train.adam(learningRate, 0.9, 0.98, 1e-8)` (ours' betas and epsilon). `layerNorm:
 * 'custom'` swaps `tf.layers.layerNormalization` for {@link BroadcastLayerNorm}. Returns the model
 * and `setWeights(weights)`, which loads a tensorscope checkpoint's named weights into it.
 */
export function buildTfLayersGpt(config, { learningRate = 3e-3, layerNorm = 'stock' } = {}) {
  const { vocabSize, contextLength, dModel: d, heads, layers, mlp, mlpRatio } = config;
  const named = {};
  const input = tfl.input({ shape: [null], dtype: 'int32' });
  const embed = new TokenAndPosition({ vocabSize, contextLength, dModel: d });
  named.embed = embed;
  let x = embed.apply(input);
  const dense = (units, options = {}) =>
    tfl.layers.dense({ units, useBias: false, kernelInitializer: normal(), ...options });
  const norm = () =>
    layerNorm === 'stock'
      ? tfl.layers.layerNormalization({ axis: -1, epsilon: LN_EPSILON })
      : new BroadcastLayerNorm({});
  for (let l = 0; l < layers; l++) {
    const p = `layer${l}.`;
    const ln1 = (named[`${p}ln1`] = norm());
    const h = ln1.apply(x);
    const [q, k, v, o] = ['query', 'key', 'value', 'output'].map((name) => (named[`${p}attention.${name}`] = dense(d)));
    const z = new CausalAttention({ heads }).apply([q.apply(h), k.apply(h), v.apply(h)]);
    x = tfl.layers.add().apply([x, o.apply(z)]);
    if (mlp) {
      const ln2 = (named[`${p}ln2`] = norm());
      const up = (named[`${p}mlp.in`] = dense(d * mlpRatio, { useBias: true, activation: 'gelu_new' }));
      const down = (named[`${p}mlp.out`] = dense(d, { useBias: true }));
      x = tfl.layers.add().apply([x, down.apply(up.apply(ln2.apply(x)))]);
    }
  }
  const lnFinal = (named.lnFinal = norm());
  const unembed = (named.unembedding = dense(vocabSize));
  const logits = unembed.apply(lnFinal.apply(x));
  const model = tfl.model({ inputs: input, outputs: logits });
  model.compile({
    optimizer: tf.train.adam(learningRate, 0.9, 0.98, 1e-8),
    loss: (yTrue, yPred) => tf.losses.softmaxCrossEntropy(yTrue, yPred),
  });

  /** Loads tensorscope weights (`{ name: { shape, data } }`, as in a checkpoint) into the layers. */
  function setWeights(weights) {
    const t = (name) => tf.tensor(weights[name].data, weights[name].shape);
    const set = (layer, names) => {
      const tensors = names.map(t);
      layer.setWeights(tensors);
      tf.dispose(tensors);
    };
    set(named.embed, ['tokenEmbedding', 'positionEmbedding']);
    for (let l = 0; l < layers; l++) {
      const p = `layer${l}.`;
      set(named[`${p}ln1`], [`${p}ln1.gain`, `${p}ln1.bias`]);
      for (const name of ['query', 'key', 'value', 'output'])
        set(named[`${p}attention.${name}`], [`${p}attention.${name}`]);
      if (mlp) {
        set(named[`${p}ln2`], [`${p}ln2.gain`, `${p}ln2.bias`]);
        set(named[`${p}mlp.in`], [`${p}mlp.in`, `${p}mlp.inBias`]);
        set(named[`${p}mlp.out`], [`${p}mlp.out`, `${p}mlp.outBias`]);
      }
    }
    set(named.lnFinal, ['lnFinal.gain', 'lnFinal.bias']);
    set(named.unembedding, ['unembedding']);
  }

  return { model, setWeights, parameterCount: model.countParams() };
}

/**
 * One training step of the peer on `rows` (`batch × (T + 1)` ids, as tensorscope's tasks write
 * them): inputs are the first T ids of each row, targets the last T, one-hot.
 */
export async function peerStep(model, rows, batch, vocabSize) {
  const width = rows.length / batch;
  const [x, y] = tf.tidy(() => {
    const all = tf.tensor2d(rows, [batch, width], 'int32');
    return [tf.slice(all, [0, 0], [batch, width - 1]), tf.oneHot(tf.slice(all, [0, 1], [batch, width - 1]), vocabSize)];
  });
  try {
    return await model.trainOnBatch(x, y);
  } finally {
    tf.dispose([x, y]);
  }
}

/**
 * Whether a stock `tf.layers.embedding` model can take one training step on the current backend
 * (`null` when it can, else the error message): the reason the peer embeds with a one-hot product.
 */
export async function embeddingTrainsOnWasm(vocabSize = 8) {
  const model = tfl.sequential({
    layers: [tfl.layers.embedding({ inputDim: vocabSize, outputDim: 4, inputLength: 3 }), tfl.layers.flatten()],
  });
  model.compile({ optimizer: tf.train.adam(1e-3), loss: 'meanSquaredError' });
  const x = tf.tensor2d([[1, 2, 3]], [1, 3], 'int32');
  const y = tf.zeros([1, 12]);
  try {
    await model.trainOnBatch(x, y);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    tf.dispose([x, y]);
    model.dispose();
  }
}

// Forward latency of one sequence, ours (`model.forward`) vs the stock tf.layers GPT's
// `model.predict` on the same weights and ids, shared by the Node side of
// bench/transformer.bench.mjs and its Chromium page. Also returns the largest difference between
// the two sides' logits: the proof that both compute the same function.
import * as tf from '@tensorflow/tfjs-core';
import { createSeededRandom } from '@tensorscope/common';
import { createModel } from '@tensorscope/transformer/core';
import { buildTfLayersGpt } from '../peers/tfLayersGpt.mjs';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function timeEach(reps, warm, work) {
  for (let i = 0; i < warm; i++) await work();
  const times = [];
  for (let i = 0; i < reps; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return { median: median(times), min: Math.min(...times) };
}

/**
 * `checkpoint`: `{ config, weights, tokenizer, meta }` (decoded, or random weights). Ours: one
 * `model.forward(ids)` (logits plus every capture the views draw: attention, Q/K/V, residual
 * stream, per-position loss, all read back to typed arrays). Peer: `tf.tensor2d(ids)` →
 * `model.predict` → `await logits.data()` (logits only).
 */
export async function forwardLatency(runtime, checkpoint, { length, reps = 30, warm = 3 }) {
  const { config } = checkpoint;
  const random = createSeededRandom(5);
  const ids = Int32Array.from({ length }, () => Math.floor(random() * config.vocabSize));
  const model = await createModel(runtime, checkpoint);
  try {
    const ours = await timeEach(reps, warm, () => model.forward(ids));
    const reference = (await model.forward(ids)).logits;
    const peers = {};
    for (const layerNorm of ['stock', 'custom']) {
      const peer = buildTfLayersGpt(config, { layerNorm });
      try {
        peer.setWeights(checkpoint.weights);
        const predict = async () => {
          const x = tf.tensor2d(ids, [1, length], 'int32');
          const y = peer.model.predict(x);
          const logits = await y.data();
          tf.dispose([x, y]);
          return logits;
        };
        const time = await timeEach(reps, warm, predict);
        const logits = await predict();
        let maxDiff = 0;
        for (let i = 0; i < logits.length; i++) maxDiff = Math.max(maxDiff, Math.abs(logits[i] - reference[i]));
        peers[layerNorm] = { ...time, maxDiff };
      } finally {
        peer.model.dispose();
      }
    }
    return {
      ours,
      peer: peers.stock,
      custom: peers.custom,
      maxDiff: Math.max(peers.stock.maxDiff, peers.custom.maxDiff),
      reps,
    };
  } finally {
    model.dispose();
  }
}

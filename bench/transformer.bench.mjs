// @tensorscope/transformer vs the GPT a TensorFlow.js user would otherwise write: a stock
// tf.layers model (@tensorflow/tfjs-layers 4.22.0, bench/peers/tfLayersGpt.mjs) trained with
// `model.trainOnBatch` and the stock `tf.train.adam`; and the same model with LayerNorm written as
// a custom broadcasting layer, what a user who profiled the stock one would do (tf.layers's
// LayerNormalization tiles its statistics and weights, and tfjs's Tile gradient slices once per
// token: most of the stock model's training time). Against the BUILT packages
// (`npm run bench` builds them first), one run:
//
//   1. Training throughput (tokens/s) in Node on tfjs's wasm backend, same config, same batch,
//      same batches of ids, same initial weights (the peer is loaded with ours' seeded init, so the
//      first step's loss must match): INDUCTION_RECIPE's config (2 layers, d 32, T 32, batch 16:
//      tiny, bound by per-operation overhead) and BROWN_RECIPE's (3 layers, d 96, MLP, V 1024,
//      T 64, batch 32: bound by arithmetic). Ours is `createTrainer(...).steps(n)`.
//   2. Forward latency of one sequence: the induction checkpoint at its full context (32 tokens;
//      its context is 32, so the issue's "64 tokens" cannot be fed to it) and the brown config at
//      64 tokens (checkpoints/brown.tsgpt when it exists, else seeded random weights), ours
//      `model.forward` vs the peer's `model.predict`, with the largest logit difference between
//      the two (both compute the same function). In Node and in headless Chromium.
//   3. Time from "train" to an induction score ≥ 0.4 with INDUCTION_RECIPE: in Node, and in headless
//      Chromium on wasm (bench/transformer-page) twice: through `trainInWorker` (what the
//      TrainingPanel runs: a module Worker, its start-up counted) and with the same plain
//      `createTrainer` loop as Node on the page's main thread.
//
// Same computation on both sides: token one-hot · W_E + position embedding, pre-LayerNorm blocks
// (ε 1e-5), Q/K/V/output projections without bias, full T×T scores with an additive causal mask,
// softmax, ·V, MLP with tanh-GELU when the config has one, final LayerNorm, unembedding without
// bias, softmax cross-entropy; the same matrix products in the same order, so the same FLOPs.
// Where they differ (each is named again in the rows' notes):
//   - Optimizer: ours is AdamW on one flat parameter vector with global-norm clipping, weight decay
//     on matrices, warm-up + cosine learning rate, a gradient-norm read-back and a copy of the last
//     good weights per step; the peer's is stock Adam (same β1 0.9, β2 0.98, ε 1e-8, constant
//     peak learning rate), one update per weight tensor, no clipping or decay. Ours does more work.
//   - Matrix-product gradient: tensor-core replaces tfjs's BatchMatMul gradient with one using
//     explicit transposes (tfjs's wasm kernel is slow with transposed operands). tfjs's gradient
//     registry is global, so the bench puts the stock gradient back while the peer trains: the
//     peer runs exactly what a tfjs user gets. The peer's attention writes QKᵀ as
//     `tf.matMul(q, k, false, true)` (tfjs's idiom); ours transposes K explicitly.
//   - Embedding: the peer cannot use `tf.layers.embedding` for training on wasm (its gather
//     gradient needs UnsortedSegmentSum, which tfjs 4.22's wasm backend lacks; the bench checks and
//     prints the error), so it embeds with a one-hot product like ours, in a custom layer.
//   - Time to induction has no peer row (a stock-Adam peer is a different optimizer, so its step
//     count to the score would measure the optimizer); the note gives what the peer would need for
//     the same number of steps at its measured step time.
//   - Forward: ours returns every intermediate the views draw (attention, Q/K/V, residual stream,
//     per-position loss) as typed arrays; the peer's predict returns only the logits.
//
// Node needs `--import @tensorscope/tensor-core/node-register` (the root `bench` script passes it)
// for tfjs-core's gradient modules. BENCH_TRANSFORMER_BROWSER=0 skips Chromium.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import { createSeededRandom } from '@tensorscope/common';
import { createRuntime } from '@tensorscope/tensor-core';
import {
  BROWN_RECIPE,
  INDUCTION_PERIODS,
  INDUCTION_RECIPE,
  createTrainer,
  decodeCheckpoint,
  inductionTask,
  initWeights,
  parameterCount,
  readConfig,
} from '@tensorscope/transformer/core';
import { build, preview } from 'vite';
import { runPageBench } from './page-runner.mjs';
import { buildTfLayersGpt, embeddingTrainsOnWasm, peerStep } from './peers/tfLayersGpt.mjs';
import { trainToInduction } from './transformer-page/induction.mjs';
import { forwardLatency } from './transformer-page/latency.mjs';

const dir = path.dirname(fileURLToPath(import.meta.url));
const checkpoints = path.join(dir, '../packages/transformer/checkpoints');
const PEER = '@tensorflow/tfjs-layers 4.22.0 GPT + tf.train.adam (Apache-2.0)';
const TARGET_INDUCTION_MS = 20_000;
const TARGET_FORWARD_MS = 10;

const round = (x) =>
  x == null ? null : x >= 100 ? Math.round(x) : x >= 1 ? Math.round(x * 100) / 100 : Math.round(x * 10_000) / 10_000;
const thousands = (x) => Math.round(x).toLocaleString('en');
const fixed = (x, digits = 2) => x.toFixed(digits);

/** Forward FLOPs of one sequence of `T` tokens (matrix products only: 2·m·n·k each). */
function forwardFlops(config, T) {
  const { vocabSize: V, dModel: d, layers, mlp, mlpRatio } = config;
  const block = 4 * 2 * T * d * d + 2 * 2 * T * T * d + (mlp ? 2 * 2 * T * d * d * mlpRatio : 0);
  return 2 * T * V * d + layers * block + 2 * T * d * V;
}

/** tfjs's stock BatchMatMul gradient and tensor-core's, so the peer can train on the stock one. */
async function matMulGradients(runtime) {
  let stock;
  try {
    // The stock config from its own module (the registry holds tensor-core's once it has loaded).
    ({ batchMatMulGradConfig: stock } = await import('@tensorflow/tfjs-core/dist/gradients/BatchMatMul_grad.js'));
  } catch (cause) {
    throw new Error(
      'tfjs-core\'s gradient modules did not load: run the bench with `node --import @tensorscope/tensor-core/node-register` (the root "bench" script does).',
      { cause },
    );
  }
  await runtime.run(() => undefined, { gradients: true });
  const ours = tf.getGradient('BatchMatMul');
  if (!stock || !ours || stock.gradFunc === ours.gradFunc) throw new Error('Could not tell the two gradients apart.');
  const use = (config) => {
    const warn = console.warn;
    console.warn = () => undefined; // tfjs warns that a gradient is being overridden.
    try {
      tf.registerGradient(config);
    } finally {
      console.warn = warn;
    }
  };
  return { useStock: () => use(stock), useOurs: () => use(ours) };
}

/** `count` batches of `batch × (T + 1)` ids: the induction task's, or uniform random ids (text stand-in). */
function makeBatches(recipe, count) {
  const config = recipe.config;
  const T = config.contextLength;
  const random = createSeededRandom(99);
  const task =
    recipe === INDUCTION_RECIPE
      ? inductionTask({ vocabSize: config.vocabSize, contextLength: T, ...INDUCTION_PERIODS })
      : null;
  return Array.from({ length: count }, () => {
    const rows = new Int32Array(recipe.batchSize * (T + 1));
    if (task) task.sample(rows, recipe.batchSize, random);
    else for (let i = 0; i < rows.length; i++) rows[i] = Math.floor(random() * config.vocabSize);
    return rows;
  });
}

/** The peers trained against ours: the stock model, and the one with a hand-written LayerNorm. */
const PEERS = {
  stock: { label: PEER, layerNorm: 'stock' },
  custom: { label: PEER.replace(' GPT', ' GPT, custom LayerNorm layer'), layerNorm: 'custom' },
};

/**
 * Mean ms per step of `count` steps after `warm`, and the first and last losses. `step(i)` trains
 * on batch i and returns its loss.
 */
async function timeSteps(step, warm, count) {
  let first;
  for (let i = 0; i < warm; i++) {
    const loss = await step(i);
    if (i === 0) first = loss;
  }
  let last;
  const times = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    last = await step(warm + i);
    times.push(performance.now() - started);
  }
  const ms = times.reduce((a, t) => a + t, 0) / count;
  return { ms, min: Math.min(...times), max: Math.max(...times), first, last };
}

/** One peer on the batches from ours' initial weights, on tfjs's stock matMul gradient unless `gradient` is 'ours'. */
async function peerThroughput(gradients, recipe, batches, { layerNorm, gradient = 'stock', warm, measured }) {
  const config = readConfig(recipe.config);
  if (gradient === 'stock') gradients.useStock();
  const peer = buildTfLayersGpt(config, { learningRate: recipe.optimizer.learningRate, layerNorm });
  try {
    if (peer.parameterCount !== parameterCount(config)) {
      throw new Error(`The peer has ${peer.parameterCount} parameters, ours ${parameterCount(config)}.`);
    }
    peer.setWeights(initWeights(config, recipe.seed));
    return await timeSteps((i) => peerStep(peer.model, batches[i], recipe.batchSize, config.vocabSize), warm, measured);
  } finally {
    peer.model.optimizer.dispose();
    peer.model.dispose();
    gradients.useOurs();
  }
}

/**
 * Training throughput of ours and of each peer on the same batches from the same initial weights.
 * `plan`: warm-up and measured steps for ours and for each peer (the stock peer is slow).
 */
async function throughputRows(runtime, gradients, recipe, plan) {
  const config = readConfig(recipe.config);
  const B = recipe.batchSize;
  const T = config.contextLength;
  const most = Math.max(...Object.values(plan).map((p) => p.warm + p.measured));
  const batches = makeBatches(recipe, most);
  const trainer = await createTrainer(
    runtime,
    config,
    // Replays the shared batches: `steps()` asks for one per step.
    {
      name: 'replay',
      vocabSize: config.vocabSize,
      contextLength: T,
      sample: (out) => out.set(batches[trainer.stepsDone % batches.length]),
    },
    { ...recipe.optimizer, batchSize: B, seed: recipe.seed },
  );
  let ours;
  try {
    ours = await timeSteps(async () => (await trainer.steps(1))[0].loss, plan.ours.warm, plan.ours.measured);
  } finally {
    trainer.dispose();
  }
  const stock = await peerThroughput(gradients, recipe, batches, { layerNorm: 'stock', ...plan.stock });
  const custom = await peerThroughput(gradients, recipe, batches, { layerNorm: 'custom', ...plan.custom });
  const customOurGradient = await peerThroughput(gradients, recipe, batches, {
    layerNorm: 'custom',
    gradient: 'ours',
    ...plan.custom,
  });

  const tokens = B * T;
  // Gamma and beta of every LayerNorm, each sliced once per token, each slice copying the [B, T, d] input.
  const layerNorms = config.layers * (config.mlp ? 2 : 1) + 1;
  const tileCopyBytes = 2 * layerNorms * tokens * tokens * config.dModel * 4;
  const rate = (ms) => (tokens * 1000) / ms;
  const flops = 3 * B * forwardFlops(config, T);
  const shape = `${config.layers}L d${config.dModel} H${config.heads}${config.mlp ? ' MLP' : ''} V${config.vocabSize}`;
  const row = (key, peer, extra) => ({
    name: `train step · ${recipe.name} (${shape}, B${B}×T${T})${key === 'custom' ? ', custom-LN peer' : ''}: ${thousands(rate(ours.ms))} vs ${thousands(rate(peer.ms))} tok/s`,
    backend: `${runtime.backend} (Node)`,
    ours_ms: round(ours.ms),
    peer: PEERS[key].label,
    peer_ms: round(peer.ms),
    ratio: round(peer.ms / ours.ms),
    ours_tokens_per_s: Math.round(rate(ours.ms)),
    peer_tokens_per_s: Math.round(rate(peer.ms)),
    note:
      `ms per step: ours mean of ${plan.ours.measured} steps after ${plan.ours.warm} warm-up, peer ${plan[key].measured} after ${plan[key].warm}; ` +
      `${thousands(parameterCount(config))} parameters, ≈ ${fixed(flops / 1e6, 1)} MFLOP per step (3× forward, matrix products) → ${fixed(flops / ours.ms / 1e6)} vs ${fixed(flops / peer.ms / 1e6)} GFLOP/s; ` +
      `same batches and initial weights: first-step loss ${fixed(ours.first, 5)} (ours) vs ${fixed(peer.first, 5)} (peer), last ${fixed(ours.last, 3)} vs ${fixed(peer.last, 3)} ` +
      `(optimizers differ: ours AdamW + clipping + warm-up to lr ${recipe.optimizer.learningRate}, peer stock Adam at that lr); ${extra}`,
  });
  return [
    row(
      'stock',
      stock,
      `peer exactly as a tfjs user gets it (tfjs's stock matMul gradient, trainOnBatch with one-hot targets); its steps took ${thousands(stock.min)}–${thousands(stock.max)} ms: ` +
        `tf.layers.layerNormalization tiles its gamma and beta (and statistics) to [${B}, ${T}, ${config.dModel}], tfjs's Tile gradient slices and adds once per token (${B * T} times per tiled weight), ` +
        `and every wasm Slice copies its whole input (readSync → HEAPU8.slice): ≈ ${fixed(tileCopyBytes / 1e9, 1)} GB of copies per step, whose speed swings with the allocator's state`,
    ),
    row(
      'custom',
      custom,
      `peer with LayerNorm as a custom broadcasting layer (no Tile), still on tfjs's stock matMul gradient; with tensor-core's BatchMatMul gradient swapped in, this peer takes ${fixed(customOurGradient.ms, 1)} ms/step (${thousands(rate(customOurGradient.ms))} tok/s): little changes because tf.layers.dense multiplies through tf.fused.matMul, whose own gradient (not the registry's BatchMatMul one) uses transposed products, slow on tfjs's wasm kernel; a kernel profile puts most of the peer's step there`,
    ),
  ];
}

function latencyRow(result, { label, backend, length }) {
  return {
    name: `forward · ${label}, ${length} tokens`,
    backend,
    ours_ms: round(result.ours.median),
    peer: PEER.replace(' + tf.train.adam', ' predict'),
    peer_ms: round(result.peer.median),
    ratio: round(result.peer.median / result.ours.median),
    target_ms: label.startsWith('induction') ? TARGET_FORWARD_MS : undefined,
    note:
      `median of ${result.reps} after warm-up (fastest ${fixed(result.ours.min)} vs ${fixed(result.peer.min)} ms; custom-LN peer median ${fixed(result.custom.median)} ms); ` +
      `ours = model.forward (logits + attention, Q/K/V, residual stream and losses read back), peer = tensor2d → model.predict → await data() (logits only); ` +
      `same weights, max |logit difference| ${result.maxDiff.toExponential(1)}`,
  };
}

function inductionRow(result, { backend, runtimeMs, peerStepMs, simd }) {
  const where = backend.includes('Chromium')
    ? `headless Chromium, page main thread (no Worker), wasm ${simd ? 'with' : 'without'} SIMD`
    : 'Node';
  return {
    name: `train → induction ≥ 0.4 · INDUCTION_RECIPE (${result.steps} steps)`,
    backend,
    ours_ms: round(result.ms),
    peer: null,
    peer_ms: null,
    ratio: null,
    target_ms: TARGET_INDUCTION_MS,
    induction_steps: result.steps,
    induction_score: round(result.score),
    note:
      `${result.reached ? 'reached' : 'NOT reached'}: best prefix-matching score ${fixed(result.score, 3)} at step ${result.steps} (probed every 25 steps); ` +
      `${where}; the clock starts at createTrainer (gradients load on first use and count) and includes every probe; ` +
      `steps alone ${fixed(result.stepMs / 1000)} s (${fixed(result.stepMs / result.steps)} ms/step); creating the runtime (wasm) took ${thousands(runtimeMs)} ms before that` +
      (peerStepMs
        ? `; no peer row: the stock-Adam peer is a different optimizer, but at its measured ${fixed(peerStepMs, 1)} ms/step (custom-LN peer) the same ${result.steps} steps alone would take ${fixed((peerStepMs * result.steps) / 1000, 1)} s`
        : ''),
  };
}

function workerRow(result, { backend, simd }) {
  return {
    name: `train → induction ≥ 0.4 · trainInWorker, INDUCTION_RECIPE (${result.steps} steps)`,
    backend,
    ours_ms: round(result.ms),
    peer: null,
    peer_ms: null,
    ratio: null,
    target_ms: TARGET_INDUCTION_MS,
    induction_steps: result.steps,
    induction_score: round(result.score),
    note:
      `${result.reached ? 'reached' : 'NOT reached'}: best induction score ${fixed(result.score, 3)} in the report of step ${result.steps} (reports every 25 steps); ` +
      `what TrainingPanel's "train" runs: trainInWorker(request) ${result.inWorker ? 'in a module Worker' : 'on the page thread (no Worker!)'} on wasm ${simd ? 'with' : 'without'} SIMD; ` +
      `the clock starts at the call, so it includes starting the worker and loading tfjs and its wasm there (the worker said "ready" after ${thousands(result.readyMs ?? NaN)} ms); ` +
      `the session's own clock says ${result.sessionSeconds == null ? '?' : fixed(result.sessionSeconds, 1)} s; ${thousands(result.tokensPerSecond ?? NaN)} training tokens/s over the last report`,
  };
}

function brownCheckpoint() {
  const file = path.join(checkpoints, 'brown.tsgpt');
  if (existsSync(file)) return { checkpoint: decodeCheckpoint(new Uint8Array(readFileSync(file))), trained: true };
  const config = readConfig(BROWN_RECIPE.config);
  return {
    checkpoint: { config, weights: initWeights(config, 1), tokenizer: { kind: 'ids' }, meta: {} },
    trained: false,
  };
}

export async function chromiumRows() {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'transformer-bench-'));
  const root = path.join(dir, 'transformer-page');
  await build({ root, publicDir: checkpoints, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    root,
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  try {
    return await runPageBench({ url: server.resolvedUrls.local[0], argument: { maxSteps: 1000 } });
  } finally {
    await new Promise((resolve) => server.httpServer.close(resolve));
    await rm(outDir, { recursive: true, force: true });
  }
}

export default async function run() {
  const rows = [];
  const runtimeStarted = performance.now();
  const runtime = await createRuntime({ backends: ['wasm'] });
  const runtimeMs = performance.now() - runtimeStarted;
  const backend = `${runtime.backend} (Node)`;
  try {
    // First, while the process is cold, as a user's click on "train" would find it.
    console.log('  train → induction score ≥ 0.4 (Node)…');
    const induction = await trainToInduction(runtime, { maxSteps: 1000 });

    const gradients = await matMulGradients(runtime);
    const embeddingError = await embeddingTrainsOnWasm();
    console.log(
      `  tf.layers.embedding on wasm: ${embeddingError ? `cannot train (${embeddingError})` : 'trains'}; the peer embeds with a one-hot product`,
    );
    console.log('  training throughput, induction config…');
    const tiny = await throughputRows(runtime, gradients, INDUCTION_RECIPE, {
      ours: { warm: 100, measured: 100 },
      stock: { warm: 5, measured: 15 },
      custom: { warm: 20, measured: 40 },
    });
    console.log('  training throughput, brown config…');
    const large = await throughputRows(runtime, gradients, BROWN_RECIPE, {
      ours: { warm: 2, measured: 6 },
      stock: { warm: 1, measured: 3 },
      custom: { warm: 1, measured: 4 },
    });
    rows.push(...tiny, ...large);

    console.log('  forward latency…');
    const inductionCheckpoint = decodeCheckpoint(
      new Uint8Array(readFileSync(path.join(checkpoints, 'induction.tsgpt'))),
    );
    rows.push(
      latencyRow(await forwardLatency(runtime, inductionCheckpoint, { length: 32 }), {
        label: 'induction checkpoint (full context)',
        backend,
        length: 32,
      }),
    );
    const brown = brownCheckpoint();
    rows.push(
      latencyRow(await forwardLatency(runtime, brown.checkpoint, { length: 64 }), {
        label: `brown ${brown.trained ? 'checkpoint' : 'config, random weights'}`,
        backend,
        length: 64,
      }),
    );
    rows.push(inductionRow(induction, { backend, runtimeMs, peerStepMs: tiny[1].peer_ms }));
  } finally {
    runtime.dispose();
  }

  if (process.env.BENCH_TRANSFORMER_BROWSER !== '0') {
    console.log('  headless Chromium (wasm): train → induction, forward latency…');
    for (const row of await chromiumRows()) {
      if (row.kind === 'worker') rows.push(workerRow(row.result, row));
      else if (row.kind === 'induction') rows.push(inductionRow(row.result, row));
      else rows.push(latencyRow(row.result, row));
    }
  }
  return rows;
}

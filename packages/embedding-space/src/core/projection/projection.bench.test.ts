import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'vitest';
import { createUmap, type KnnGraph } from './umap.js';
import { createTsne } from './tsne.js';

// Timing of the worker's work on real GloVe rows, off by default:
//   BENCH_PROJECTION=5000,20000 npx vitest run src/core/projection/projection.bench.test.ts
const sizes = (globalThis.process?.env.BENCH_PROJECTION ?? '').split(',').filter(Boolean).map(Number);
const file = resolve(globalThis.process?.cwd() ?? '.', '../../bench/.cache/glove/vectors.f32');

/** Exact cosine kNN in plain JS (stands in for tensor-core's GPU index in this CPU benchmark). */
function cosineKnn(x: Float32Array, n: number, d: number, k: number): KnnGraph {
  const u = new Float32Array(n * d);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let a = 0; a < d; a++) s += (x[i * d + a] as number) ** 2;
    const inv = 1 / Math.sqrt(s || 1);
    for (let a = 0; a < d; a++) u[i * d + a] = (x[i * d + a] as number) * inv;
  }
  const indices = new Int32Array(n * k);
  const distances = new Float32Array(n * k);
  const best = new Float64Array(k);
  const bestIndex = new Int32Array(k);
  for (let i = 0; i < n; i++) {
    best.fill(-Infinity);
    for (let j = 0; j < n; j++) {
      let dot = 0;
      for (let a = 0; a < d; a++) dot += (u[i * d + a] as number) * (u[j * d + a] as number);
      if (j === i) dot = Infinity;
      if (dot <= (best[k - 1] as number)) continue;
      let p = k - 1;
      while (p > 0 && (best[p - 1] as number) < dot) {
        best[p] = best[p - 1] as number;
        bestIndex[p] = bestIndex[p - 1] as number;
        p--;
      }
      best[p] = dot;
      bestIndex[p] = j;
    }
    for (let p = 0; p < k; p++) {
      indices[i * k + p] = bestIndex[p] as number;
      distances[i * k + p] = p === 0 ? 0 : Math.max(0, 1 - (best[p] as number));
    }
  }
  return { k, indices, distances };
}

describe.skipIf(sizes.length === 0)('projection timings (GloVe, 100 dimensions)', () => {
  for (const n of sizes) {
    it(`${n} rows`, { timeout: 600_000 }, () => {
      const all = new Float32Array(readFileSync(file).buffer.slice(0, n * 100 * 4));
      const t = (label: string, since: number) =>
        console.log(`[bench] n=${n} ${label}: ${((performance.now() - since) / 1000).toFixed(1)} s`);
      let start = performance.now();
      const knn = cosineKnn(all, n, 100, 15);
      t('exact kNN (plain JS, 1 thread)', start);
      start = performance.now();
      const run = createUmap(null, n, 100, { seed: 1 }, knn);
      t('UMAP fuzzy graph + PCA-free start (precomputed kNN)', start);
      start = performance.now();
      while (run.iteration < run.iterations) run.step();
      t(`UMAP ${run.iterations} epochs`, start);
      if (n <= 20000) {
        start = performance.now();
        const approx = createUmap(all, n, 100, { seed: 1, epochs: 1 });
        approx.step();
        t('UMAP own NN-descent + graph + first epoch', start);
      }
      if (n <= 5000) {
        start = performance.now();
        const tsne = createTsne(all, n, 100, { seed: 1 });
        t('t-SNE affinities', start);
        start = performance.now();
        for (let i = 0; i < 100; i++) tsne.step();
        t('t-SNE 100 iterations', start);
      }
    });
  }
});

// UMAP's graph build and epoch cost at 100k rows on a synthetic 15-neighbour graph (the cost
// does not depend on which neighbours they are); the exact graph would come from tensor-core's GPU index.
//   BENCH_UMAP_LARGE=100000 npx vitest run src/core/projection/projection.bench.test.ts
const large = Number(globalThis.process?.env.BENCH_UMAP_LARGE ?? 0);
describe.skipIf(!large)('UMAP on a large synthetic neighbour graph', () => {
  it(`${large} rows`, { timeout: 600_000 }, () => {
    const k = 15;
    let seed = 1;
    const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296;
    const indices = new Int32Array(large * k);
    const distances = new Float32Array(large * k);
    for (let i = 0; i < large; i++) {
      indices[i * k] = i;
      for (let p = 1; p < k; p++) {
        indices[i * k + p] = Math.floor(random() * large);
        distances[i * k + p] = 0.2 + 0.02 * p + 0.01 * random();
      }
    }
    let start = performance.now();
    const run = createUmap(null, large, 100, { seed: 1 }, { k, indices, distances });
    console.log(`[bench] n=${large} UMAP graph: ${((performance.now() - start) / 1000).toFixed(1)} s`);
    start = performance.now();
    for (let i = 0; i < 10; i++) run.step();
    const perEpoch = (performance.now() - start) / 10 / 1000;
    console.log(
      `[bench] n=${large} UMAP ${perEpoch.toFixed(2)} s/epoch → ${run.iterations} epochs ≈ ${(perEpoch * run.iterations).toFixed(0)} s`,
    );
  });
});

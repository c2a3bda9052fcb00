/// <reference types="vite/client" />
// Runs in headless Chromium (bench/tensor-core.bench.mjs drives it). Each case runs tensor-core on
// one backend and the library a JavaScript user would otherwise pick, on the same data.
import { createRuntime, type BackendName, type TensorRuntime } from '@tensorscope/tensor-core';
import { PCA } from 'ml-pca';
import { wasmPaths } from '@tensorscope/tensor-core/wasm-paths';
import { jsTopK, normalizeRowsJs } from '../peers/plainKnn.js';

export interface Row {
  name: string;
  backend: string;
  ours_ms: number;
  peer: string;
  peer_ms: number;
  /** peer_ms / ours_ms: above 1 means tensor-core is faster. */
  ratio: number;
  target_ms?: number;
  note?: string;
}

const status = (text: string) => {
  (document.getElementById('status') as HTMLElement).textContent = text;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] as number;
async function timeIt(fn: () => Promise<unknown> | unknown, reps: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}
const round = (x: number) => Math.round(x * 10) / 10;

function seeded(n: number, seed: number): Float32Array {
  let s = seed;
  return Float32Array.from({ length: n }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s / 4294967296) * 2 - 1;
  });
}

const toRows = (x: Float32Array, n: number, d: number) =>
  Array.from({ length: n }, (_, i) => Array.from(x.subarray(i * d, (i + 1) * d)));

/** The peer for attention: softmax(QKᵀ/√d) per head in plain JavaScript. */
function jsAttention(q: Float32Array, k: Float32Array, len: number, heads: number, dHead: number): Float32Array {
  const width = heads * dHead;
  const out = new Float32Array(heads * len * len);
  const scale = 1 / Math.sqrt(dHead);
  for (let h = 0; h < heads; h++)
    for (let i = 0; i < len; i++) {
      const row = (h * len + i) * len;
      let max = -Infinity;
      for (let j = 0; j < len; j++) {
        let s = 0;
        for (let c = 0; c < dHead; c++)
          s += (q[i * width + h * dHead + c] as number) * (k[j * width + h * dHead + c] as number);
        s *= scale;
        out[row + j] = s;
        if (s > max) max = s;
      }
      let total = 0;
      for (let j = 0; j < len; j++) total += out[row + j] = Math.exp((out[row + j] as number) - max);
      for (let j = 0; j < len; j++) out[row + j] = (out[row + j] as number) / total;
    }
  return out;
}

async function runBench(options: { backends: BackendName[] }): Promise<Row[]> {
  const rows: Row[] = [];
  status('loading GloVe…');
  const glove = new Float32Array(await (await fetch('/vectors.f32')).arrayBuffer());
  const d = 100;
  const n = glove.length / d;

  // Peers run once; their time is compared with each backend's.
  status('ml-pca on GloVe…');
  const gloveRows = toRows(glove, n, d);
  let peerRatios: number[] = [];
  const pcaPeerMs = await timeIt(() => {
    const model = new PCA(gloveRows, { method: 'covarianceMatrix', center: true });
    model.predict(gloveRows, { nComponents: 3 });
    peerRatios = model.getExplainedVariance().slice(0, 3);
  }, 1);
  gloveRows.length = 0;

  const sn = 50_000;
  const sd = 300;
  const synthetic = seeded(sn * sd, 7);
  status('ml-pca on 50,000 × 300…');
  const syntheticRows = toRows(synthetic, sn, sd);
  const pcaSyntheticPeerMs = await timeIt(() => {
    const model = new PCA(syntheticRows, { method: 'covarianceMatrix', center: true });
    model.predict(syntheticRows, { nComponents: 3 });
  }, 1);
  syntheticRows.length = 0;

  status('plain-JS kNN…');
  const normalized = normalizeRowsJs(glove, n, d);
  const queryRow = 1234; // a real word vector as the query
  const query = glove.slice(queryRow * d, (queryRow + 1) * d);
  const knnPeerMs = await timeIt(() => jsTopK(normalized, n, d, query, 10), 5);
  const peerNeighbours = Array.from(jsTopK(normalized, n, d, query, 10));

  const heads = 12;
  const len = 512;
  const dHead = 64;
  const q = seeded(len * heads * dHead, 11);
  const k = seeded(len * heads * dHead, 12);
  status('plain-JS attention…');
  const attentionPeerMs = await timeIt(() => jsAttention(q, k, len, heads, dHead), 3);

  for (const backend of options.backends) {
    let runtime: TensorRuntime;
    try {
      runtime = await createRuntime({ backends: [backend], wasmPaths });
    } catch (error) {
      rows.push({ name: 'runtime', backend, ours_ms: NaN, peer: '-', peer_ms: NaN, ratio: NaN, note: String(error) });
      continue;
    }
    const note = runtime.adapter?.isFallbackAdapter ? 'software GPU (SwiftShader): correctness only' : undefined;

    status(`${backend}: PCA GloVe…`);
    let ours = await runtime.pca({ data: glove, shape: [n, d] }, { components: 3 }); // warm-up
    const pcaMs = await timeIt(
      async () => {
        ours = await runtime.pca({ data: glove, shape: [n, d] }, { components: 3 });
      },
      backend === 'wasm' || backend === 'cpu' ? 3 : 1,
    );
    const agreement = Math.max(
      ...Array.from(ours.explainedVarianceRatio, (r, i) => Math.abs(r - (peerRatios[i] as number))),
    );
    rows.push({
      name: 'PCA 341,479 × 100 GloVe (fit + project, 3 components)',
      backend,
      ours_ms: round(pcaMs),
      peer: 'ml-pca 4.1.1 (covarianceMatrix)',
      peer_ms: round(pcaPeerMs),
      ratio: round(pcaPeerMs / pcaMs),
      target_ms: backend === 'wasm' ? 1000 : undefined,
      note: [
        `explained-variance ratios ${Array.from(ours.explainedVarianceRatio, (r) => r.toFixed(4)).join('/')} vs ml-pca ${peerRatios.map((r) => r.toFixed(4)).join('/')} (max diff ${agreement.toExponential(1)})`,
        note,
      ]
        .filter(Boolean)
        .join('; '),
    });

    status(`${backend}: PCA 50,000 × 300…`);
    await runtime.pca({ data: synthetic, shape: [sn, sd] }, { components: 3 });
    const syntheticMs = await timeIt(() => runtime.pca({ data: synthetic, shape: [sn, sd] }, { components: 3 }), 1);
    rows.push({
      name: 'PCA 50,000 × 300 synthetic (fit + project)',
      backend,
      ours_ms: round(syntheticMs),
      peer: 'ml-pca 4.1.1 (covarianceMatrix)',
      peer_ms: round(pcaSyntheticPeerMs),
      ratio: round(pcaSyntheticPeerMs / syntheticMs),
      note,
    });

    status(`${backend}: kNN…`);
    const index = runtime.createIndex({ data: glove, shape: [n, d] }, { metric: 'cosine' });
    const first = await index.query(query, 10); // uploads the index
    const knnMs = await timeIt(() => index.query(query, 10), 10);
    index.dispose();
    const same = Array.from(first.indices).every((v, i) => v === peerNeighbours[i]);
    rows.push({
      name: 'kNN query, k = 10 cosine, over 341,479 × 100 (resident index)',
      backend,
      ours_ms: round(knnMs),
      peer: 'plain-JS Float32Array top-10 scan',
      peer_ms: round(knnPeerMs),
      ratio: round(knnPeerMs / knnMs),
      target_ms: backend === 'wasm' ? 16 : undefined,
      note: [same ? 'same 10 neighbours as the peer' : 'NEIGHBOURS DIFFER from the peer', note]
        .filter(Boolean)
        .join('; '),
    });

    status(`${backend}: attention…`);
    const input = {
      q: { data: q, shape: [len, heads * dHead] as const },
      k: { data: k, shape: [len, heads * dHead] as const },
      heads,
    };
    await runtime.attention(input);
    const attentionMs = await timeIt(() => runtime.attention(input), backend === 'wasm' || backend === 'cpu' ? 5 : 2);
    rows.push({
      name: 'attention weights, 12 heads × 512 tokens × d 64',
      backend,
      ours_ms: round(attentionMs),
      peer: 'plain-JS softmax(QKᵀ/√d)',
      peer_ms: round(attentionPeerMs),
      ratio: round(attentionPeerMs / attentionMs),
      target_ms: backend === 'wasm' ? 100 : undefined,
      note,
    });
    runtime.dispose();
  }
  status('done');
  return rows;
}

(window as unknown as { runBench: typeof runBench }).runBench = runBench;
status('ready');

// @tensorscope/retrieval vs the libraries a JavaScript user would otherwise pick for in-browser
// retrieval, side by side in one Node run against the BUILT package (`npm run build:packages`):
//
// Keyword side: our BM25 (`createBm25Index`) vs MiniSearch 7.2.0 (the usual in-browser full-text
// search) and wink-bm25-text-search 3.1.2 (a BM25 library), over (a) the built-in bilingual
// corpus and (b) 100,000 synthetic passages drawn with a seeded PRNG from the corpus vocabulary
// (~40 words each, half English, half Korean, 10% of words from the other language). Index build
// time and top-10 query latency for the 48 labelled queries, plus recall@5 on the built-in corpus
// with its labels, so the speed comes with a quality figure. The peers get our analyzer where they
// take a custom tokenizer (MiniSearch: `tokenize: analyze`, `processTerm` identity, plain BM25
// k1 1.2 b 0.75 d 0; wink: `definePrepTasks([analyze])`, k1 1.2 b 0.75); MiniSearch is also run
// with its defaults (split on spaces/punctuation, lower-case, BM25+ k 1.2 b 0.7 d 0.5), which is
// what a user gets out of the box.
//
// Vector side: exact top-10 by cosine over the built-in corpus's LSA chunk vectors and over
// 100,000 synthetic 64-d vectors: tensor-core's resident index (metric 'dot' over unit rows, as
// createRetrievalIndex builds it) on tfjs's wasm backend in Node vs @orama/orama 3.1.18 vector
// search (`mode: 'vector'`, similarity 0, limit 10; a brute-force JavaScript cosine scan) and a
// plain JavaScript loop over unit rows with a running top 10.
//
// Everything runs in Node (no browser): the keyword side is plain JavaScript either way, and
// tensor-core's wasm backend runs in Node. The GPU backends are measured by the tensor-core and
// embedding-space benches in headless Chromium.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { create as createOrama, insertMultiple as oramaInsertMultiple, search as oramaSearch } from '@orama/orama';
// common's seeded generator, so the synthetic corpus is the same on every run.
import { createSeededRandom } from '@tensorscope/common';
import { analyze, createBm25Index, createRetrievalIndex, recallAtK } from '@tensorscope/retrieval/core';
import { PASSAGES, QUERIES } from '@tensorscope/retrieval/corpus';
import { createRuntime } from '@tensorscope/tensor-core';
import MiniSearch from 'minisearch';

const require = createRequire(import.meta.url);

const SYNTHETIC_PASSAGES = Number(process.env.BENCH_RETRIEVAL_PASSAGES ?? 100_000);
const SYNTHETIC_VECTORS = 100_000;
const DIMENSIONS = 64;
const K = 10;
const MINISEARCH = 'minisearch 7.2.0 (MIT)';
const WINK = 'wink-bm25-text-search 3.1.2 (MIT)';
const ORAMA = '@orama/orama 3.1.18 (Apache-2.0)';

const round = (x) =>
  x == null ? null : x >= 100 ? Math.round(x) : x >= 1 ? Math.round(x * 100) / 100 : Math.round(x * 10_000) / 10_000;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const mean = (values) => values.reduce((a, v) => a + v, 0) / values.length;
const fixed = (x, digits = 3) => x.toFixed(digits);

/** Milliseconds of one call (the value is kept so the work cannot be optimised away). */
async function time(work) {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/** Median over `runs` builds (after one warm-up build when `warm`). */
async function buildTime(build, runs, warm = true) {
  if (warm) await build();
  const times = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const { ms, value } = await time(build);
    times.push(ms);
    last = value;
  }
  return { ms: median(times), value: last };
}

/**
 * Per-query latency: every query is run `reps` times in a row (after one warm-up pass over all
 * queries) and its mean is taken; the row reports the median of those per-query means.
 */
async function queryLatency(queries, reps, searchOne) {
  for (const q of queries) await searchOne(q);
  const perQuery = [];
  for (const q of queries) {
    const started = performance.now();
    for (let r = 0; r < reps; r++) await searchOne(q);
    perQuery.push((performance.now() - started) / reps);
  }
  return { median: median(perQuery), mean: mean(perQuery), max: Math.max(...perQuery) };
}

// ───────────────────────────── keyword engines ─────────────────────────────

/** Each engine: build(texts) → handle; search(handle, query) → document indices, best first (top 10). */
const ENGINES = {
  ours: {
    label: 'ours',
    build: (texts) => createBm25Index(texts, { k1: 1.2, b: 0.75 }),
    search: (index, query) => index.search(query, K).map((hit) => hit.index),
  },
  miniOurs: miniSearchPeer(`${MINISEARCH}, our analyzer`, {
    tokenize: analyze,
    processTerm: (term) => term,
    searchOptions: { bm25: { k: 1.2, b: 0.75, d: 0 } },
  }),
  miniDefault: miniSearchPeer(`${MINISEARCH}, defaults`, {}),
};

/** MiniSearch over the texts with these options. It has no limit: it scores and sorts every match. */
function miniSearchPeer(label, options) {
  return {
    label,
    build: (texts) => {
      const mini = new MiniSearch({ fields: ['text'], ...options });
      mini.addAll(texts.map((text, id) => ({ id, text })));
      return mini;
    },
    search: (mini, query) =>
      mini
        .search(query)
        .slice(0, K)
        .map((hit) => hit.id),
  };
}

/** wink-bm25-text-search, when it loads (CommonJS, with wink-nlp as a dependency). */
let winkFactory = null;
try {
  winkFactory = require('wink-bm25-text-search');
} catch (error) {
  console.log(`  wink-bm25-text-search is not usable here (${error.message}); its rows are skipped.`);
}
if (winkFactory) {
  ENGINES.wink = {
    label: `${WINK}, our analyzer`,
    build: (texts) => {
      const engine = winkFactory();
      engine.defineConfig({ fldWeights: { text: 1 }, bm25Params: { k1: 1.2, b: 0.75, k: 1 } });
      engine.definePrepTasks([analyze]);
      texts.forEach((text, id) => engine.addDoc({ text }, id));
      engine.consolidate();
      return engine;
    },
    search: (engine, query) => engine.search(query, K).map(([id]) => Number(id)),
  };
}
const PEERS = Object.keys(ENGINES).filter((key) => key !== 'ours');

const PEER_NOTES = {
  miniOurs:
    'MiniSearch given our analyzer as `tokenize` (processTerm identity) and plain BM25 (k 1.2, b 0.75, d 0); it still multiplies each score by the number of query terms matched, and search() returns every match sorted (we keep 10)',
  miniDefault:
    'MiniSearch out of the box: split on spaces/punctuation + lower-case (Korean words keep their particles), BM25+ k 1.2 b 0.7 d 0.5',
  wink: 'wink given our analyzer as its prep task, BM25 k1 1.2 b 0.75 (its idf is ln(1 + (N−n+0.5)/(n+0.5)) like ours); consolidate() precomputes every (doc, term) score at build',
};

// ───────────────────────────── synthetic corpus ─────────────────────────────

/** 100,000 passages of ~40 words drawn from the corpus's own word stream (so word frequencies match it). */
function syntheticPassages(count) {
  const streams = { en: [], ko: [] };
  for (const passage of PASSAGES) {
    for (const word of passage.text.split(/\s+/)) {
      const w = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (w) streams[passage.lang].push(w);
    }
  }
  const random = createSeededRandom(20_240_611);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const out = new Array(count);
  for (let i = 0; i < count; i++) {
    const lang = random() < 0.5 ? 'en' : 'ko';
    const other = lang === 'en' ? 'ko' : 'en';
    const length = 30 + Math.floor(random() * 21);
    const words = new Array(length);
    for (let j = 0; j < length; j++) words[j] = pick(streams[random() < 0.9 ? lang : other]);
    out[i] = `${words.join(' ')}.`;
  }
  return out;
}

// ───────────────────────────── keyword side ─────────────────────────────

async function keywordRows(label, texts, queries, { buildRuns, queryReps }) {
  const rows = [];
  const built = {};
  const latency = {};
  const buildMs = {};
  for (const key of Object.keys(ENGINES)) {
    const engine = ENGINES[key];
    // Large corpora: one build each (a warm-up build would double the time for little).
    const { ms, value } = await buildTime(() => engine.build(texts), buildRuns, buildRuns > 1);
    buildMs[key] = ms;
    built[key] = value;
    latency[key] = await queryLatency(queries, queryReps, (q) => engine.search(value, q.text));
    // Free the big indexes as we go.
    if (texts.length > 10_000 && key !== 'ours') built[key] = null;
  }
  for (const key of PEERS) {
    const peer = ENGINES[key];
    rows.push({
      name: `BM25 build · ${label}`,
      backend: 'js (Node)',
      ours_ms: round(buildMs.ours),
      peer: peer.label,
      peer_ms: round(buildMs[key]),
      ratio: round(buildMs[key] / buildMs.ours),
      note: `${buildRuns > 1 ? `median of ${buildRuns} builds` : 'one build'}; ${PEER_NOTES[key]}`,
    });
    rows.push({
      name: `BM25 query top-${K} · ${label}`,
      backend: 'js (Node)',
      ours_ms: round(latency.ours.median),
      peer: peer.label,
      peer_ms: round(latency[key].median),
      ratio: round(latency[key].median / latency.ours.median),
      note: `median over the ${queries.length} labelled queries (each run ${queryReps}×); mean ${fixed(latency.ours.mean)} vs ${fixed(latency[key].mean)} ms, slowest query ${fixed(latency.ours.max)} vs ${fixed(latency[key].max)} ms`,
    });
  }
  return { rows, built };
}

/** recall@5 over passages on the built-in corpus (one document per passage): all queries, per language, keyword-kind only. */
function qualityRows(built) {
  const ids = PASSAGES.map((p) => p.id);
  const recall = {};
  for (const key of Object.keys(ENGINES)) {
    const groups = { all: [], en: [], ko: [], keyword: [] };
    for (const q of QUERIES) {
      const ranked = ENGINES[key].search(built[key], q.text).map((i) => ids[i]);
      const r = recallAtK(ranked, q.relevant, 5);
      groups.all.push(r);
      groups[q.lang].push(r);
      if (q.kind === 'keyword') groups.keyword.push(r);
    }
    recall[key] = Object.fromEntries(
      Object.entries(groups).map(([group, list]) => [group, list.length ? mean(list) : NaN]),
    );
  }
  const keywordQueries = QUERIES.filter((q) => q.kind === 'keyword').length;
  const describe = (r) => `${fixed(r.all)} (en ${fixed(r.en)}, ko ${fixed(r.ko)}; keyword-kind ${fixed(r.keyword)})`;
  return PEERS.map((key) => ({
    // The values are in the name so that the printed table shows them (these rows have no times).
    name: `recall@5 · built-in, ${QUERIES.length} queries: ours ${fixed(recall.ours.all)} vs ${fixed(recall[key].all)}`,
    backend: 'js (Node)',
    ours_ms: null,
    peer: ENGINES[key].label,
    peer_ms: null,
    ratio: null,
    ours_recall: round(recall.ours.all),
    peer_recall: round(recall[key].all),
    note: `quality, not time: recall@5 ours ${describe(recall.ours)} vs peer ${describe(recall[key])}; whole passages indexed (text only, no title), top 10 ranked; ${keywordQueries} keyword-kind + ${QUERIES.length - keywordQueries} paraphrase queries (a paraphrase shares no analyzer term with its answer, so no keyword engine can find it)`,
  }));
}

// ───────────────────────────── vector side ─────────────────────────────

/** Unit-length copy of every row (zero rows stay zero). */
function unitRows(data, dimensions) {
  const out = Float32Array.from(data);
  for (let start = 0; start < out.length; start += dimensions) {
    let sum = 0;
    for (let j = 0; j < dimensions; j++) sum += out[start + j] ** 2;
    const norm = Math.sqrt(sum);
    if (norm > 0) for (let j = 0; j < dimensions; j++) out[start + j] /= norm;
  }
  return out;
}

/** The plain JavaScript baseline: a dot product per unit row and a running top-k (insertion). */
function plainTopK(data, dimensions, query, k) {
  const indices = new Int32Array(k).fill(-1);
  const scores = new Float64Array(k).fill(-Infinity);
  const count = data.length / dimensions;
  for (let row = 0, start = 0; row < count; row++, start += dimensions) {
    let dot = 0;
    for (let j = 0; j < dimensions; j++) dot += data[start + j] * query[j];
    if (dot <= scores[k - 1]) continue;
    let at = k - 1;
    while (at > 0 && dot > scores[at - 1]) {
      scores[at] = scores[at - 1];
      indices[at] = indices[at - 1];
      at--;
    }
    scores[at] = dot;
    indices[at] = row;
  }
  return indices;
}

async function vectorRows(label, runtime, data, dimensions, queries, { buildRuns, queryReps }) {
  const count = data.length / dimensions;
  // Orama validates vectors with Array.isArray: it is handed plain arrays (converted outside the timing).
  const documents = Array.from({ length: count }, (_, i) => ({
    id: String(i),
    v: Array.from(data.subarray(i * dimensions, (i + 1) * dimensions)),
  }));
  // Ours: the index is created, and the rows are uploaded to the backend on the first query; both count as build.
  const ours = await buildTime(
    async () => {
      const index = runtime.createIndex({ data, shape: [count, dimensions] }, { metric: 'dot' });
      await index.query(queries[0], K);
      return index;
    },
    buildRuns,
    buildRuns > 1,
  );
  const orama = await buildTime(
    async () => {
      const db = createOrama({ schema: { v: `vector[${dimensions}]` } });
      await oramaInsertMultiple(db, documents);
      return db;
    },
    buildRuns,
    buildRuns > 1,
  );
  const index = ours.value;
  const db = orama.value;
  const oramaQuery = (q) =>
    oramaSearch(db, { mode: 'vector', vector: { value: q, property: 'v' }, similarity: 0, limit: K });
  const oursLatency = await queryLatency(queries, queryReps, (q) => index.query(q, K));
  const oramaLatency = await queryLatency(queries, queryReps, oramaQuery);
  const plainLatency = await queryLatency(queries, queryReps, (q) => plainTopK(data, dimensions, q, K));

  // Do the three agree? (Same top-10 set; float32 vs float64 sums can swap near-ties.)
  let sameOrama = 0;
  let samePlain = 0;
  for (const q of queries) {
    const a = [...(await index.query(q, K)).indices].sort((x, y) => x - y).join();
    const b = (await oramaQuery(q)).hits
      .map((hit) => Number(hit.id))
      .sort((x, y) => x - y)
      .join();
    const c = [...plainTopK(data, dimensions, q, K)].sort((x, y) => x - y).join();
    if (a === b) sameOrama++;
    if (a === c) samePlain++;
  }
  index.dispose();
  const buildNote = buildRuns > 1 ? `median of ${buildRuns} builds` : 'one build';
  const queryNote = `median over ${queries.length} queries (each run ${queryReps}×)`;
  return [
    {
      name: `vector build · ${label}`,
      backend: `${runtime.backend} (Node)`,
      ours_ms: round(ours.ms),
      peer: ORAMA,
      peer_ms: round(orama.ms),
      ratio: round(orama.ms / ours.ms),
      note: `${buildNote}; ours = createIndex + the first query (which uploads the rows to the backend); Orama = create + insertMultiple of { v: number[] } documents (conversion from Float32Array not timed)`,
    },
    {
      name: `vector query exact top-${K} · ${label}`,
      backend: `${runtime.backend} (Node)`,
      ours_ms: round(oursLatency.median),
      peer: ORAMA,
      peer_ms: round(oramaLatency.median),
      ratio: round(oramaLatency.median / oursLatency.median),
      note: `${queryNote}; Orama search({ mode: 'vector', similarity: 0, limit: 10 }): a JS cosine scan that keeps every row with cosine ≥ 0 and sorts them; same top-10 set as ours for ${sameOrama}/${queries.length} queries`,
    },
    {
      name: `vector query exact top-${K} · ${label}`,
      backend: `${runtime.backend} (Node)`,
      ours_ms: round(oursLatency.median),
      peer: 'plain JavaScript loop (unit rows, dot, running top 10)',
      peer_ms: round(plainLatency.median),
      ratio: round(plainLatency.median / oursLatency.median),
      note: `${queryNote}; a hand-written Float32Array loop with no index and no allocation per row, the floor a JS-only library could reach; same top-10 set as ours for ${samePlain}/${queries.length} queries`,
    },
  ];
}

// ───────────────────────────── run ─────────────────────────────

export default async function run() {
  const rows = [];
  const passageTexts = PASSAGES.map((p) => p.text);
  console.log(`  keyword: built-in corpus (${PASSAGES.length} passages, ${QUERIES.length} queries)…`);
  const small = await keywordRows(`built-in ${PASSAGES.length} passages`, passageTexts, QUERIES, {
    buildRuns: 15,
    queryReps: 200,
  });
  rows.push(...small.rows, ...qualityRows(small.built));

  console.log(`  keyword: generating ${SYNTHETIC_PASSAGES.toLocaleString('en')} synthetic passages…`);
  const synthetic = syntheticPassages(SYNTHETIC_PASSAGES);
  console.log('  keyword: building the synthetic indexes (one build per engine)…');
  const large = await keywordRows(
    `${SYNTHETIC_PASSAGES.toLocaleString('en')} synthetic passages (en+ko)`,
    synthetic,
    QUERIES,
    { buildRuns: 1, queryReps: 5 },
  );
  rows.push(...large.rows);

  console.log('  vector: tensor-core on wasm (Node)…');
  const runtime = await createRuntime({ backends: ['wasm', 'cpu'] });
  try {
    // The built-in corpus's LSA chunk vectors, exactly as the explorer builds them.
    const retrieval = await createRetrievalIndex(PASSAGES, { runtime });
    const { data, count, dimensions } = retrieval.lsa.documents;
    const lsaData = unitRows(data, dimensions);
    const lsaQueries = QUERIES.map((q) => retrieval.lsa.embed(q.text))
      .filter((v) => v !== null)
      .map((v) => unitRows(v, v.length))
      .filter((v) => v.some((x) => x !== 0));
    retrieval.dispose();
    rows.push(
      ...(await vectorRows(`built-in LSA, ${count} chunks × ${dimensions}`, runtime, lsaData, dimensions, lsaQueries, {
        buildRuns: 15,
        queryReps: 100,
      })),
    );

    const random = createSeededRandom(7);
    const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const vectors = unitRows(Float32Array.from({ length: SYNTHETIC_VECTORS * DIMENSIONS }, gaussian), DIMENSIONS);
    const vectorQueries = Array.from({ length: 48 }, () =>
      unitRows(Float32Array.from({ length: DIMENSIONS }, gaussian), DIMENSIONS),
    );
    rows.push(
      ...(await vectorRows(
        `${SYNTHETIC_VECTORS.toLocaleString('en')} synthetic × ${DIMENSIONS}`,
        runtime,
        vectors,
        DIMENSIONS,
        vectorQueries,
        { buildRuns: 1, queryReps: 5 },
      )),
    );
  } finally {
    runtime.dispose();
  }
  return rows;
}

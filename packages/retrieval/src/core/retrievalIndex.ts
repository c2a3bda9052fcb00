import { checkFunction, checkInteger, checkOneOf, checkOptions } from '@tensorscope/common';
import type { NeighborIndex, TensorRuntime } from '@tensorscope/tensor-core';
import { analyze } from './analyze.js';
import { createBm25Index, type Bm25Index, type Bm25Options } from './bm25.js';
import { DEFAULT_CHUNKING, chunkText, type ChunkOptions, type TextChunk } from './chunk.js';
import { loadCorpus } from './corpus.js';
import { fail, throwIfAborted } from './errors.js';
import { fitLsa, type LsaSpace } from './lsa.js';
import { checkQuery, guessLanguage } from './query.js';
import { reciprocalRankFusion, type Hit } from './ranking.js';
import { commonComponent, createSifEncoder, removeComponent, type WordVectors } from './sif.js';
import { loadTensorCore } from '@tensorscope/tensor-core/lazy';
import type { Language, Passage } from './types.js';
import { normalizeInPlace, unitRows, type DenseVectors } from './vectors.js';

/** The retrievers: keyword (BM25), two vector spaces, and their fusion. */
export const VECTOR_KINDS = ['lsa', 'sif'] as const;
export type VectorKind = (typeof VECTOR_KINDS)[number];

/** A chunk of a passage, as every retriever ranks it. */
export interface Chunk extends TextChunk {
  /** `passageId#n` (n from 1). */
  id: string;
  /** Position in {@link RetrievalIndex.chunks}. */
  index: number;
  passage: Passage;
}

/** A hit with its rank (1-based) in this list and where the chunk stood in the other lists. */
export interface RankedHit extends Hit {
  chunk: Chunk;
  rank: number;
  /** Rank in the keyword and vector lists (undefined: not in that list's top `depth`). */
  keywordRank: number | undefined;
  vectorRank: number | undefined;
}

export interface SearchOptions {
  /** Hits per list. Default 10. */
  k?: number;
  /** The vector side: `lsa` (both languages) or `sif` (English only, needs word vectors). Default `lsa`. */
  vector?: VectorKind;
  /** Depth of each list fed to the fusion. Default 50. */
  fusionDepth?: number;
}

export interface SearchResult {
  query: string;
  language: Language;
  /** The query's terms as the keyword index sees them, with how many chunks hold each. */
  terms: { term: string; documents: number; idf: number }[];
  keyword: RankedHit[];
  vector: RankedHit[];
  hybrid: RankedHit[];
  vectorKind: VectorKind;
  /** The query in the LSA space (for the map); null when none of its terms occurs in the corpus. */
  queryVector: Float32Array | null;
  /** Why a list is empty or short, for the view to say: `no-terms`, `no-known-words`, `english-only`. */
  notes: { keyword?: 'no-terms'; vector?: 'no-terms' | 'no-known-words' | 'english-only' };
}

export type BuildStep = 'chunking' | 'keyword' | 'lsa' | 'sif' | 'index';

export interface RetrievalIndexOptions {
  /** How passages are cut. Default {@link DEFAULT_CHUNKING} (2 sentences, no overlap). */
  chunking?: ChunkOptions;
  bm25?: Omit<Bm25Options, 'analyzer'>;
  /** Dimensions of the latent semantic space. Default 64. */
  lsaDimensions?: number;
  /** English word vectors for the SIF retriever; without them only `lsa` is available. */
  wordVectors?: WordVectors;
  runtime?: TensorRuntime;
  signal?: AbortSignal;
  onProgress?: (step: BuildStep, done: number, total: number) => void;
}

/** Build times in milliseconds, per step. */
export type BuildTimes = Partial<Record<BuildStep, number>>;

export interface RetrievalIndex {
  readonly passages: readonly Passage[];
  readonly chunks: readonly Chunk[];
  /** The LSA space (documents = chunks). */
  readonly lsa: LsaSpace;
  /** Whether the SIF retriever is available (word vectors were given). */
  readonly hasSif: boolean;
  /** Name of the word vectors, when given. */
  readonly wordVectorsName: string | undefined;
  readonly bm25: Bm25Index;
  readonly buildTimes: BuildTimes;
  search(query: string, options?: SearchOptions): Promise<SearchResult>;
  /** Frees the tensor-core indexes. Later searches reject with `ABORTED`. */
  dispose(): void;
}

const STEPS: BuildStep[] = ['chunking', 'keyword', 'lsa', 'sif', 'index'];

/**
 * Builds everything the explainer searches with: chunks of every passage (never across passages),
 * a BM25 index, a latent semantic space learned from the chunks, optionally SIF sentence vectors
 * from pretrained word vectors, and exact top-k indexes for both vector spaces in tensor-core.
 * Reports progress per step and stops with `ABORTED` when `signal` fires.
 */
export async function createRetrievalIndex(
  passages: unknown,
  options?: RetrievalIndexOptions,
): Promise<RetrievalIndex> {
  const o = checkOptions(options);
  const corpus = loadCorpus(passages);
  const progress =
    o.onProgress === undefined
      ? undefined
      : checkFunction<NonNullable<RetrievalIndexOptions['onProgress']>>(o.onProgress, 'options.onProgress');
  const signal = o.signal;
  const times: BuildTimes = {};
  const step = async <T>(name: BuildStep, work: () => T | Promise<T>): Promise<T> => {
    throwIfAborted(signal);
    progress?.(name, STEPS.indexOf(name), STEPS.length);
    const started = performance.now();
    const value = await work();
    times[name] = performance.now() - started;
    // Let the page paint between steps (and a cancel click arrive).
    await new Promise((resolve) => setTimeout(resolve, 0));
    throwIfAborted(signal);
    return value;
  };

  const chunks = await step('chunking', () => {
    const out: Chunk[] = [];
    for (const passage of corpus) {
      chunkText(passage.text, o.chunking ?? DEFAULT_CHUNKING).forEach((piece, n) =>
        out.push({ ...piece, id: `${passage.id}#${n + 1}`, index: out.length, passage }),
      );
    }
    return out;
  });
  const texts = chunks.map((chunk) => chunk.text);
  const bm25 = await step('keyword', () => createBm25Index(texts, o.bm25));
  const lsa = await step('lsa', () => fitLsa(texts, { dimensions: o.lsaDimensions, runtime: o.runtime }));

  const sif = await step('sif', async () => {
    if (o.wordVectors === undefined) return null;
    const encoder = createSifEncoder(o.wordVectors);
    const english = chunks.filter((chunk) => chunk.passage.lang === 'en');
    const d = encoder.dimensions;
    const data = new Float32Array(english.length * d);
    english.forEach((chunk, i) => {
      const embedded = encoder.embed(chunk.text);
      if (embedded) data.set(embedded.vector, i * d);
    });
    const vectors: DenseVectors = { data, count: english.length, dimensions: d };
    const direction = await commonComponent(vectors, o.runtime);
    for (let i = 0; i < english.length; i++) removeComponent(data, direction, i * d);
    return { encoder, direction, vectors, rows: english.map((chunk) => chunk.index) };
  });

  const [lsaIndex, sifIndex] = await step('index', async () => {
    const core = await loadTensorCore();
    // Rows are made unit length here (zero rows stay zero) and searched by dot product, which is
    // cosine for unit rows; tensor-core's cosine metric refuses zero rows.
    const build = (vectors: DenseVectors) => {
      const unit = unitRows(vectors);
      return core.createIndex(
        { data: unit.data, shape: [unit.count, unit.dimensions] },
        { metric: 'dot', runtime: o.runtime },
      );
    };
    return Promise.all([
      build(lsa.documents),
      sif && sif.vectors.count > 0 ? build(sif.vectors) : Promise.resolve(null),
    ]);
  });
  let disposed = false;

  const vectorSearch = async (
    query: string,
    lsaQuery: Float32Array | null,
    kind: VectorKind,
    depth: number,
  ): Promise<{ hits: Hit[]; note?: SearchResult['notes']['vector'] }> => {
    if (kind === 'lsa') {
      // A copy: normalised for the search, while the result keeps the query's own coordinates.
      const q = lsaQuery && Float32Array.from(lsaQuery);
      if (!q || normalizeInPlace(q) === 0) return { hits: [], note: 'no-terms' };
      return { hits: await topHits(lsaIndex, q, depth) };
    }
    if (!sif || !sifIndex)
      throw fail('UNAVAILABLE', 'The SIF retriever needs English word vectors (options.wordVectors).');
    if (guessLanguage(query) === 'ko') return { hits: [], note: 'english-only' };
    const embedded = sif.encoder.embed(query);
    if (!embedded) return { hits: [], note: 'no-known-words' };
    removeComponent(embedded.vector, sif.direction);
    if (normalizeInPlace(embedded.vector) === 0) return { hits: [], note: 'no-known-words' };
    const hits = await topHits(sifIndex, embedded.vector, depth);
    return { hits: hits.map((hit) => ({ index: sif.rows[hit.index]!, score: hit.score })) };
  };

  return {
    passages: corpus,
    chunks,
    lsa,
    hasSif: sif !== null,
    wordVectorsName: o.wordVectors?.name,
    bm25,
    buildTimes: times,
    async search(rawQuery, searchOptions) {
      if (disposed) throw fail('ABORTED', 'This retrieval index was disposed.');
      const query = checkQuery(rawQuery);
      const s = checkOptions(searchOptions);
      const k = checkInteger(s.k ?? 10, 'options.k', { min: 1, max: 1000 });
      const vectorKind = checkOneOf(s.vector ?? 'lsa', 'options.vector', VECTOR_KINDS);
      const depth = Math.max(k, checkInteger(s.fusionDepth ?? 50, 'options.fusionDepth', { min: 1, max: 10_000 }));
      const keywordHits = bm25.search(query, depth);
      // The query's LSA coordinates: searched with (LSA) and drawn on the map (either kind).
      const lsaQuery = lsa.embed(query);
      const vector = await vectorSearch(query, lsaQuery, vectorKind, depth);
      const hybridHits = reciprocalRankFusion([keywordHits, vector.hits], 60, depth);
      const rankIn = (list: Hit[]) => new Map(list.map((hit, i) => [hit.index, i + 1]));
      const keywordRanks = rankIn(keywordHits);
      const vectorRanks = rankIn(vector.hits);
      const rank = (list: Hit[]): RankedHit[] =>
        list.slice(0, k).map((hit, i) => ({
          ...hit,
          chunk: chunks[hit.index]!,
          rank: i + 1,
          keywordRank: keywordRanks.get(hit.index),
          vectorRank: vectorRanks.get(hit.index),
        }));
      const notes: SearchResult['notes'] = {};
      if (keywordHits.length === 0 && analyze(query).length === 0) notes.keyword = 'no-terms';
      if (vector.note) notes.vector = vector.note;
      return {
        query,
        language: guessLanguage(query),
        terms: bm25.explain(query),
        keyword: rank(keywordHits),
        vector: rank(vector.hits),
        hybrid: rank(hybridHits),
        vectorKind,
        queryVector: lsaQuery,
        notes,
      };
    },
    dispose() {
      disposed = true;
      lsaIndex.dispose();
      sifIndex?.dispose();
    },
  };
}

async function topHits(index: NeighborIndex, query: Float32Array, depth: number): Promise<Hit[]> {
  const { indices, scores } = await index.query(query, Math.min(depth, index.size));
  const hits: Hit[] = [];
  indices.forEach((row, i) => {
    const score = scores[i]!;
    // A zero row (a chunk with no known feature) scores 0: it is no match, so it is not listed.
    if (Number.isFinite(score) && score > 0) hits.push({ index: row, score });
  });
  return hits;
}

import {
  checkInteger,
  checkOneOf,
  checkOptions,
  createStore,
  toTensorscopeError,
  type AnyTensorscopeError,
  type Store,
} from '@tensorscope/common';
import type { RuntimeOptions, TensorRuntime } from '@tensorscope/tensor-core';
import { CHUNK_UNITS, DEFAULT_CHUNKING, DEFAULT_CHUNK_SIZE, MAX_CHUNK_SIZE } from './chunk.js';
import { loadCorpus } from './corpus.js';
import { fail } from './errors.js';
import { evaluateRetrieval, type Evaluation } from './metrics.js';
import { assemblePrompt, type AssembledPrompt } from './prompt.js';
import { checkQuery } from './query.js';
import {
  createRetrievalIndex,
  VECTOR_KINDS,
  type BuildStep,
  type RetrievalIndex,
  type SearchResult,
  type VectorKind,
} from './retrievalIndex.js';
import type { WordVectors } from './sif.js';
import { loadRuntime } from '@tensorscope/tensor-core/lazy';
import { loadO200k, type Tokenizer } from './tokenizer.js';
import type { LabelledQuery, Passage } from './types.js';

/** How passages are cut into chunks (the unit of size and overlap follows `by`). */
export type ChunkSettings = typeof DEFAULT_CHUNKING;

export interface ExplorerState {
  /** `building`: an index is being built (the previous one, if any, still answers). */
  status: 'loading' | 'building' | 'ready' | 'failed';
  progress: { step: BuildStep; done: number; total: number } | null;
  index: RetrievalIndex | null;
  chunking: ChunkSettings;
  query: string;
  vector: VectorKind;
  /** Hits shown per list. */
  k: number;
  /** Token budget of the assembled prompt. */
  budget: number;
  result: SearchResult | null;
  prompt: AssembledPrompt | null;
  evaluation: Evaluation | null;
  /** Queries scored so far while an evaluation runs. */
  evaluating: { done: number; total: number } | null;
  tokenizer: Tokenizer | null;
  /** The last problem (a blank query, an overlap above the size, a failed build). What was shown before stays. */
  error: AnyTensorscopeError | null;
}

export interface ExplorerOptions {
  passages: unknown;
  /** Labelled queries: with them, recall@5 and MRR are measured after every build. */
  queries?: readonly LabelledQuery[];
  wordVectors?: WordVectors;
  /** Default: o200k_base, loaded lazily. */
  tokenizer?: Tokenizer;
  runtime?: TensorRuntime;
  /** Options for tensor-core's shared runtime (e.g. `{ wasmPaths }`), when no `runtime` is given. */
  runtimeOptions?: RuntimeOptions;
  initialQuery?: string;
  chunking?: Partial<ChunkSettings>;
  vector?: VectorKind;
  k?: number;
  budget?: number;
  lsaDimensions?: number;
}

export interface ExplorerController {
  store: Store<ExplorerState>;
  /** Starts the first build (loads the tokenizer, chunks, indexes, searches and evaluates). */
  start(): Promise<void>;
  /** Runs a query. A blank or huge query is an error in the state; the previous results stay. */
  search(query: string): Promise<void>;
  /** Re-chunks and rebuilds. An invalid setting is an error in the state; the current index stays. */
  setChunking(settings: Partial<ChunkSettings>): Promise<void>;
  setVector(kind: VectorKind): Promise<void>;
  setK(k: number): Promise<void>;
  setBudget(budget: number): void;
  /** Stops a build in progress; the previous index keeps answering. */
  cancel(): void;
  dispose(): void;
}

/**
 * The headless state of the retrieval explorer: the index, the current query and its results,
 * the assembled prompt and the measured quality, with every slow step cancellable and every
 * error kept beside (not instead of) what was shown before. Runs without React.
 */
export function createRetrievalExplorer(options: ExplorerOptions): ExplorerController {
  const o = checkOptions(options) as ExplorerOptions;
  const passages: Passage[] = loadCorpus(o.passages);
  const queries = o.queries ?? [];
  const chunking = checkChunking({ ...DEFAULT_CHUNKING, ...o.chunking });
  const store = createStore<ExplorerState>({
    status: 'loading',
    progress: null,
    index: null,
    chunking,
    query: o.initialQuery ?? '',
    vector: checkOneOf(o.vector ?? 'lsa', 'options.vector', VECTOR_KINDS),
    k: checkInteger(o.k ?? 5, 'options.k', { min: 1, max: 50 }),
    budget: checkInteger(o.budget ?? 400, 'options.budget', { min: 50, max: 100_000 }),
    result: null,
    prompt: null,
    evaluation: null,
    evaluating: null,
    tokenizer: o.tokenizer ?? null,
    error: null,
  });
  const set = (patch: Partial<ExplorerState>) => store.setState(patch);
  const report = (error: unknown) => set({ error: toTensorscopeError(error, 'INVALID_VALUE') });
  let build: AbortController | null = null;
  let generation = 0;
  let searchTicket = 0;
  let disposed = false;

  const tokenizer = async (): Promise<Tokenizer> => {
    const current = store.getState().tokenizer;
    if (current) return current;
    const loaded = await loadO200k();
    set({ tokenizer: loaded });
    return loaded;
  };

  const makePrompt = (result: SearchResult | null): AssembledPrompt | null => {
    const { tokenizer: t, budget, k } = store.getState();
    if (!result || !t) return null;
    return assemblePrompt(
      result.query,
      result.hybrid.slice(0, Math.max(k, 10)).map((hit) => hit.chunk),
      { tokenizer: t, budget, language: result.language },
    );
  };

  const runSearch = async (query: string, index: RetrievalIndex) => {
    const ticket = ++searchTicket;
    const { vector, k } = store.getState();
    const kind = vector === 'sif' && !index.hasSif ? 'lsa' : vector;
    const result = await index.search(query, { k: Math.max(k, 10), vector: kind });
    if (ticket !== searchTicket || disposed) return;
    set({ result, prompt: makePrompt(result), error: null });
  };

  const rebuild = async (settings: ChunkSettings) => {
    build?.abort();
    const controller = new AbortController();
    build = controller;
    const mine = ++generation;
    set({ status: 'building', progress: null, chunking: settings });
    try {
      const t = settings.by === 'tokens' ? await tokenizer() : store.getState().tokenizer;
      const runtime = o.runtime ?? (o.runtimeOptions ? await loadRuntime(o.runtimeOptions) : undefined);
      const index = await createRetrievalIndex(passages, {
        chunking: { ...settings, tokenizer: t ?? undefined },
        wordVectors: o.wordVectors,
        runtime,
        lsaDimensions: o.lsaDimensions,
        signal: controller.signal,
        onProgress: (step, done, total) => mine === generation && set({ progress: { step, done, total } }),
      });
      if (mine !== generation || disposed) return index.dispose();
      const previous = store.getState().index;
      set({ index, status: 'ready', progress: null, error: null, evaluation: null });
      previous?.dispose();
      if (!store.getState().tokenizer)
        void tokenizer().then(() => set({ prompt: makePrompt(store.getState().result) }), report);
      const query = store.getState().query;
      if (query.trim() !== '') await runSearch(query, index);
      if (queries.length > 0) {
        set({ evaluating: { done: 0, total: queries.length } });
        const evaluation = await evaluateRetrieval(index, queries, {
          signal: controller.signal,
          onProgress: (done, total) => mine === generation && set({ evaluating: { done, total } }),
        });
        if (mine === generation && !disposed) set({ evaluation, evaluating: null });
      }
    } catch (error) {
      if (mine !== generation || disposed) return;
      const typed = toTensorscopeError(error, 'INVALID_VALUE');
      // A cancelled build leaves the previous index answering.
      set({ status: store.getState().index ? 'ready' : 'failed', progress: null, evaluating: null, error: typed });
    }
  };

  return {
    store,
    start: () => rebuild(store.getState().chunking),
    async search(raw) {
      try {
        const query = checkQuery(raw);
        set({ query });
        const index = store.getState().index;
        if (index) await runSearch(query, index);
      } catch (error) {
        report(error);
      }
    },
    async setChunking(partial) {
      try {
        await rebuild(checkChunking({ ...store.getState().chunking, ...checkOptions(partial, 'settings') }));
      } catch (error) {
        report(error);
      }
    },
    async setVector(kind) {
      try {
        const vector = checkOneOf(kind, 'kind', VECTOR_KINDS);
        const index = store.getState().index;
        if (vector === 'sif' && index && !index.hasSif) {
          throw fail('UNAVAILABLE', 'SIF needs English word vectors; this explorer was given none.');
        }
        set({ vector });
        const query = store.getState().query;
        if (index && query.trim() !== '') await runSearch(query, index);
      } catch (error) {
        report(error);
      }
    },
    async setK(k) {
      try {
        set({ k: checkInteger(k, 'k', { min: 1, max: 50 }) });
        const { index, query } = store.getState();
        if (index && query.trim() !== '') await runSearch(query, index);
      } catch (error) {
        report(error);
      }
    },
    setBudget(budget) {
      try {
        set({ budget: checkInteger(budget, 'budget', { min: 50, max: 100_000 }) });
        set({ prompt: makePrompt(store.getState().result) });
      } catch (error) {
        report(error);
      }
    },
    cancel() {
      build?.abort();
    },
    dispose() {
      disposed = true;
      build?.abort();
      store.getState().index?.dispose();
    },
  };
}

/** Checks chunk settings: a known unit, a whole size within bounds and an overlap below it. */
export function checkChunking(settings: Partial<ChunkSettings>): ChunkSettings {
  const s = checkOptions(settings, 'chunking');
  const by = checkOneOf(s.by ?? DEFAULT_CHUNKING.by, 'chunking.by', CHUNK_UNITS);
  const size = checkInteger(s.size ?? DEFAULT_CHUNK_SIZE[by], 'chunking.size', { min: 1, max: MAX_CHUNK_SIZE });
  const overlap = checkInteger(s.overlap ?? 0, 'chunking.overlap', { min: 0, max: MAX_CHUNK_SIZE });
  if (overlap >= size) {
    throw fail('INVALID_ARGUMENT', `The overlap (${overlap} ${by}) must be smaller than the chunk size (${size}).`, {
      details: { argument: 'chunking.overlap', size, overlap },
    });
  }
  return { by, size, overlap };
}

import {
  TensorscopeArgumentError,
  checkArray,
  checkInteger,
  checkOptions,
  checkStringArray,
} from '@tensorscope/common';
import { throwIfAborted } from './errors.js';
import type { RankedHit, RetrievalIndex, SearchResult } from './retrievalIndex.js';
import type { Language, LabelledQuery } from './types.js';

/** Distinct passage ids in the order their first chunk appears: what the metrics rank. */
export function passageOrder(hits: readonly Pick<RankedHit, 'chunk'>[]): string[] {
  const ids = checkArray(hits, 'hits').map((hit, i) => {
    const id = (hit as Partial<RankedHit> | null)?.chunk?.passage?.id;
    if (typeof id !== 'string') {
      throw new TensorscopeArgumentError(`hits[${i}]`, 'a ranked hit { chunk: { passage: { id } } }', hit);
    }
    return id;
  });
  return [...new Set(ids)];
}

/** Share of the relevant passages found in the first `k` of `ranked` (0 to 1). */
export function recallAtK(ranked: readonly string[], relevant: readonly string[], k: number): number {
  const list = checkStringArray(ranked, 'ranked');
  const wanted = new Set(checkStringArray(relevant, 'relevant'));
  const cut = checkInteger(k, 'k', { min: 1 });
  if (wanted.size === 0) return 0;
  const top = new Set(list.slice(0, cut));
  return [...wanted].filter((id) => top.has(id)).length / wanted.size;
}

/** `1 / rank` of the first relevant passage (1-based), 0 when none is ranked. */
export function reciprocalRank(ranked: readonly string[], relevant: readonly string[]): number {
  const list = checkStringArray(ranked, 'ranked');
  const wanted = new Set(checkStringArray(relevant, 'relevant'));
  const at = list.findIndex((id) => wanted.has(id));
  return at < 0 ? 0 : 1 / (at + 1);
}

/** The retrievers the evaluation scores; the `*+` ones are reciprocal-rank fusions with BM25. */
export type EvaluatedRetriever = 'keyword' | 'lsa' | 'hybrid-lsa' | 'sif' | 'hybrid-sif';

/** How one retriever did on one query. */
export interface QueryOutcome {
  query: LabelledQuery;
  /** Passage ids it ranked, best first (up to the evaluation depth). */
  ranked: string[];
  recall: number;
  reciprocalRank: number;
}

/** One retriever on one language's queries. */
export interface RetrieverQuality {
  retriever: EvaluatedRetriever;
  language: Language;
  queries: number;
  /** Mean recall@k over the queries. */
  recall: number;
  /** Mean reciprocal rank (cut at the evaluation depth). */
  mrr: number;
  outcomes: QueryOutcome[];
}

export interface Evaluation {
  k: number;
  depth: number;
  rows: RetrieverQuality[];
}

export interface EvaluateOptions {
  /** The recall cut-off. Default 5. */
  k?: number;
  /** Passages ranked per query for MRR. Default 20. */
  depth?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Runs every labelled query through every retriever of `index` and scores it: recall@k and MRR
 * over passages (a passage counts when any of its chunks is ranked), per language. SIF is scored
 * on English queries only: its word vectors are English.
 */
export async function evaluateRetrieval(
  index: RetrievalIndex,
  queries: readonly LabelledQuery[],
  options?: EvaluateOptions,
): Promise<Evaluation> {
  const list = checkArray(queries, 'queries') as LabelledQuery[];
  const o = checkOptions(options);
  const k = checkInteger(o.k ?? 5, 'options.k', { min: 1, max: 100 });
  const depth = Math.max(k, checkInteger(o.depth ?? 20, 'options.depth', { min: 1, max: 1000 }));
  const outcomes = new Map<string, QueryOutcome[]>();
  const add = (retriever: EvaluatedRetriever, language: Language, query: LabelledQuery, hits: RankedHit[]) => {
    const ranked = passageOrder(hits).slice(0, depth);
    const key = `${retriever}|${language}`;
    if (!outcomes.has(key)) outcomes.set(key, []);
    outcomes.get(key)!.push({
      query,
      ranked,
      recall: recallAtK(ranked, query.relevant, k),
      reciprocalRank: reciprocalRank(ranked, query.relevant),
    });
  };
  // Chunks per list: enough that `depth` distinct passages survive de-duplication.
  const chunkDepth = depth * Math.max(1, Math.ceil(index.chunks.length / Math.max(1, index.passages.length)));
  for (const [done, query] of list.entries()) {
    throwIfAborted(o.signal);
    o.onProgress?.(done, list.length);
    const lsa: SearchResult = await index.search(query.text, { k: chunkDepth, fusionDepth: chunkDepth });
    add('keyword', query.lang, query, lsa.keyword);
    add('lsa', query.lang, query, lsa.vector);
    add('hybrid-lsa', query.lang, query, lsa.hybrid);
    if (index.hasSif && query.lang === 'en') {
      const sif = await index.search(query.text, { k: chunkDepth, fusionDepth: chunkDepth, vector: 'sif' });
      add('sif', query.lang, query, sif.vector);
      add('hybrid-sif', query.lang, query, sif.hybrid);
    }
  }
  o.onProgress?.(list.length, list.length);
  const order: EvaluatedRetriever[] = ['keyword', 'lsa', 'hybrid-lsa', 'sif', 'hybrid-sif'];
  const rows: RetrieverQuality[] = [];
  for (const language of ['ko', 'en'] as const) {
    for (const retriever of order) {
      const found = outcomes.get(`${retriever}|${language}`);
      if (!found || found.length === 0) continue;
      const mean = (pick: (o: QueryOutcome) => number) => found.reduce((sum, o) => sum + pick(o), 0) / found.length;
      rows.push({
        retriever,
        language,
        queries: found.length,
        recall: mean((o) => o.recall),
        mrr: mean((o) => o.reciprocalRank),
        outcomes: found,
      });
    }
  }
  return { k, depth, rows };
}

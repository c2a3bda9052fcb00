import { TensorscopeArgumentError, checkInteger, checkObject, checkOneOf } from '@tensorscope/common';
import type { RetrievalIndex, SearchResult } from './retrievalIndex.js';
import { normalizeInPlace } from './vectors.js';

/** What a chunk is on the map: the query itself, found by both sides, by one, or not at all. */
export const MAP_ROLES = ['query', 'both', 'keyword', 'vector', 'other'] as const;
export type MapRole = (typeof MAP_ROLES)[number];

/** The map's column names and roles in each language (they show in the explorer's legend). */
export const MAP_TEXT = {
  en: {
    retrieved: 'retrieved',
    topic: 'topic',
    language: 'language',
    roles: {
      query: 'query',
      both: 'keyword + vector',
      keyword: 'keyword only',
      vector: 'vector only',
      other: 'not retrieved',
    },
  },
  ko: {
    retrieved: '검색 결과',
    topic: '주제',
    language: '언어',
    roles: { query: '질문', both: '키워드 + 벡터', keyword: '키워드만', vector: '벡터만', other: '찾지 못함' },
  },
} as const satisfies Record<
  'en' | 'ko',
  { retrieved: string; topic: string; language: string; roles: Record<MapRole, string> }
>;

/** Plain vectors, labels and columns: the input `createEmbeddingData` of embedding-space takes. */
export interface RetrievalMapData {
  vectors: Float32Array;
  dimensions: number;
  labels: string[];
  columns: { name: string; values: string[] }[];
  /** Row of the query point, or -1 when there is no query (or none of its terms is known). */
  queryRow: number;
}

/**
 * Every chunk in the latent semantic space, plus the query as one more point, with a `retrieved`
 * column saying which of the top `k` of the keyword and vector lists it is in. Drawn by
 * embedding-space, selecting the query row shows its exact nearest chunks, which are the vector hits.
 */
export function retrievalMap(
  index: RetrievalIndex,
  result: SearchResult | null,
  k = 5,
  locale: 'en' | 'ko' = 'en',
): RetrievalMapData {
  const text = MAP_TEXT[checkOneOf(locale, 'locale', ['en', 'ko'] as const)];
  const given = checkObject(index, 'index') as Partial<RetrievalIndex>;
  if (!given.lsa || !Array.isArray(given.chunks)) {
    throw new TensorscopeArgumentError('index', 'an index from createRetrievalIndex', index);
  }
  if (result !== null) {
    const r = checkObject(result, 'result') as Partial<SearchResult>;
    if (!Array.isArray(r.keyword) || !Array.isArray(r.vector) || typeof r.query !== 'string') {
      throw new TensorscopeArgumentError('result', 'a search result from index.search, or null', result);
    }
  }
  const top = checkInteger(k, 'k', { min: 1, max: 1000 });
  const { documents } = index.lsa;
  const withQuery = result?.queryVector != null;
  const count = documents.count + (withQuery ? 1 : 0);
  const vectors = new Float32Array(count * documents.dimensions);
  vectors.set(documents.data);
  if (withQuery) vectors.set(result.queryVector!, documents.count * documents.dimensions);
  // Unit length, so distances on the map follow the cosine the retriever ranks by.
  for (let row = 0; row < count; row++) normalizeInPlace(vectors, row * documents.dimensions, documents.dimensions);
  const keyword = new Set(result?.keyword.slice(0, top).map((hit) => hit.index));
  const vector = new Set(result?.vector.slice(0, top).map((hit) => hit.index));
  const roles: MapRole[] = index.chunks.map((chunk) =>
    keyword.has(chunk.index) && vector.has(chunk.index)
      ? 'both'
      : keyword.has(chunk.index)
        ? 'keyword'
        : vector.has(chunk.index)
          ? 'vector'
          : 'other',
  );
  const labels = index.chunks.map((chunk) => chunk.id);
  const topics = index.chunks.map((chunk) => chunk.passage.topic || '—');
  const languages: string[] = index.chunks.map((chunk) => chunk.passage.lang);
  if (withQuery) {
    roles.push('query');
    labels.push(`“${result.query.slice(0, 40)}”`);
    topics.push('query');
    languages.push(result.language);
  }
  return {
    vectors,
    dimensions: documents.dimensions,
    labels,
    columns: [
      { name: text.retrieved, values: roles.map((role) => text.roles[role]) },
      { name: text.topic, values: topics },
      { name: text.language, values: languages },
    ],
    queryRow: withQuery ? documents.count : -1,
  };
}

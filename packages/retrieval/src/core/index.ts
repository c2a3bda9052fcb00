// `@tensorscope/retrieval/core`: the React-free retrieval pipeline (runs in Node and workers).
export { RETRIEVAL_ERROR_CODES } from './errors.js';
export type { RetrievalErrorCode } from './errors.js';
export { TOPICS } from './types.js';
export type { Language, LabelledQuery, Passage, Topic } from './types.js';
export { analyze, analyzeWithOffsets, ENGLISH_STOP_WORDS } from './analyze.js';
export type { Term } from './analyze.js';
export { chunkText, CHUNK_UNITS, DEFAULT_CHUNKING, DEFAULT_CHUNK_SIZE, MAX_CHUNK_SIZE } from './chunk.js';
export type { ChunkOptions, ChunkUnit, TextChunk } from './chunk.js';
export { loadO200k, tokenOffsets } from './tokenizer.js';
export type { Tokenizer } from './tokenizer.js';
export { createBm25Index } from './bm25.js';
export type { Bm25Index, Bm25Options } from './bm25.js';
export { reciprocalRankFusion } from './ranking.js';
export type { Hit } from './ranking.js';
export { fitLsa } from './lsa.js';
export type { LsaOptions, LsaSpace } from './lsa.js';
export { createSifEncoder, wordVectorsFrom } from './sif.js';
export type { EmbeddingLike, SifEncoder, WordVectors } from './sif.js';
export { loadCorpus, MAX_PASSAGES } from './corpus.js';
export { checkQuery, guessLanguage, MAX_QUERY_CHARACTERS } from './query.js';
export { createRetrievalIndex, VECTOR_KINDS } from './retrievalIndex.js';
export type {
  BuildStep,
  BuildTimes,
  Chunk,
  RankedHit,
  RetrievalIndex,
  RetrievalIndexOptions,
  SearchOptions,
  SearchResult,
  VectorKind,
} from './retrievalIndex.js';
export { evaluateRetrieval, passageOrder, recallAtK, reciprocalRank } from './metrics.js';
export type { EvaluateOptions, EvaluatedRetriever, Evaluation, QueryOutcome, RetrieverQuality } from './metrics.js';
export { assemblePrompt } from './prompt.js';
export type { AssembledPrompt, PromptOptions, PromptPart } from './prompt.js';
export { retrievalMap, MAP_ROLES, MAP_TEXT } from './map.js';
export type { MapRole, RetrievalMapData } from './map.js';
export { createRetrievalExplorer, checkChunking } from './explorer.js';
export type { ChunkSettings, ExplorerController, ExplorerOptions, ExplorerState } from './explorer.js';

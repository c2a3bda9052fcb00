// @vitest-environment node
// The package contract (docs/architecture.md): its public API, server rendering and size budget,
// checked against the BUILT package (turbo builds before it tests).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { readDist } from '../../../scripts/dist-contents.mjs';

const CORE = [
  'CHUNK_UNITS',
  'DEFAULT_CHUNKING',
  'DEFAULT_CHUNK_SIZE',
  'ENGLISH_STOP_WORDS',
  'MAP_ROLES',
  'MAP_TEXT',
  'MAX_CHUNK_SIZE',
  'MAX_PASSAGES',
  'MAX_QUERY_CHARACTERS',
  'RETRIEVAL_ERROR_CODES',
  'TOPICS',
  'VECTOR_KINDS',
  'analyze',
  'analyzeWithOffsets',
  'assemblePrompt',
  'checkChunking',
  'checkQuery',
  'chunkText',
  'createBm25Index',
  'createRetrievalExplorer',
  'createRetrievalIndex',
  'createSifEncoder',
  'evaluateRetrieval',
  'fitLsa',
  'guessLanguage',
  'loadCorpus',
  'loadO200k',
  'passageOrder',
  'recallAtK',
  'reciprocalRank',
  'reciprocalRankFusion',
  'retrievalMap',
  'tokenOffsets',
  'wordVectorsFrom',
];

it('exports exactly the public API', async () => {
  expect(Object.keys(await import('@tensorscope/retrieval')).sort()).toEqual(
    ['ChunkView', 'RetrievalExplorer', ...CORE].sort(),
  );
  expect(Object.keys(await import('@tensorscope/retrieval/core')).sort()).toEqual([...CORE].sort());
  expect(Object.keys(await import('@tensorscope/retrieval/corpus')).sort()).toEqual([
    'CORPUS_INFO',
    'PASSAGES',
    'QUERIES',
  ]);
  expect(Object.keys(await import('@tensorscope/retrieval/element')).sort()).toEqual(
    ['RetrievalElement', 'RETRIEVAL_TAG', 'defineRetrievalElement'].sort(),
  );
});

it('imports and renders on the server without window or document', async () => {
  expect(typeof window).toBe('undefined');
  const { RetrievalExplorer, ChunkView } = await import('@tensorscope/retrieval');
  const { defineRetrievalElement } = await import('@tensorscope/retrieval/element');
  const { renderToString } = await import('react-dom/server');
  expect(defineRetrievalElement()).toBe(false);
  expect(renderToString(<RetrievalExplorer locale="ko" />)).toContain('색인을 만드는 중');
  expect(renderToString(<ChunkView text="One. Two." options={{ by: 'sentences', size: 1 }} />)).toContain('2 chunks');
  expect(renderToString(<ChunkView text="abc" options={{ size: 2, overlap: 2 }} />)).toContain('role="alert"');
  expect(renderToString(<RetrievalExplorer passages="id\tlang\nx\ten" />)).toContain('PARSE_ERROR');
  // An unknown locale or theme falls back instead of throwing.
  expect(renderToString(<RetrievalExplorer locale={'xx' as never} theme={'bogus' as never} />)).toContain('Building');
});

it('is small and carries neither tfjs nor three in its own files', () => {
  const { files, imports, gzipBytes } = readDist(path.join(path.dirname(fileURLToPath(import.meta.url)), '..'), {
    // The built-in corpus is its own entry, loaded only when the explorer runs without passages.
    exclude: (file: string) => file.startsWith('corpus/'),
  });
  expect(files.length).toBeGreaterThan(3);
  for (const specifier of imports) expect(specifier).not.toMatch(/@tensorflow|^three($|\/)|@react-three/);
  // Core (analyzer, chunker, BM25, LSA, SIF, metrics, prompt, explorer) and six small views: 31 KB today.
  expect(gzipBytes).toBeLessThanOrEqual(36 * 1024);
});

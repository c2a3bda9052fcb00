// @vitest-environment node
import { TensorscopeError } from '@tensorscope/common';
import { describe, expect, it } from 'vitest';
import { retrievalMap } from './map.js';
import { evaluateRetrieval } from './metrics.js';
import { createRetrievalIndex } from './retrievalIndex.js';
import { FIXTURE } from './testing.js';
import type { WordVectors } from './sif.js';

/** Tiny "pretrained" vectors: words about hardware point one way, words about text another. */
const WORDS: WordVectors = (() => {
  const entries: [string, number[]][] = [
    ['gpu', [1, 0, 0]],
    ['threads', [0.9, 0.1, 0]],
    ['graphics', [0.95, 0, 0.05]],
    ['card', [0.8, 0.1, 0.1]],
    ['memory', [0.7, 0, 0.3]],
    ['bandwidth', [0.7, 0, 0.3]],
    ['tokenizer', [0, 1, 0]],
    ['tokens', [0, 1, 0]],
    ['text', [0.1, 0.9, 0]],
    ['words', [0, 0.95, 0.05]],
    ['pieces', [0, 0.9, 0.1]],
    ['the', [0.3, 0.3, 0.3]],
  ];
  return {
    words: entries.map((e) => e[0]),
    vectors: Float32Array.from(entries.flatMap((e) => e[1])),
    dimensions: 3,
    frequencyRanks: entries.map((_, i) => (i === entries.length - 1 ? 1 : 1000 + i)),
    name: 'test vectors',
  };
})();

describe('createRetrievalIndex', () => {
  it('builds every retriever, reports progress and finds the right chunk', async () => {
    const steps: string[] = [];
    const index = await createRetrievalIndex(FIXTURE, {
      wordVectors: WORDS,
      lsaDimensions: 4,
      onProgress: (step) => steps.push(step),
    });
    expect(steps).toEqual(['chunking', 'keyword', 'lsa', 'sif', 'index']);
    expect(index.chunks.length).toBeGreaterThanOrEqual(FIXTURE.length);
    expect(index.lsa.documents.dimensions).toBe(4);
    const result = await index.search('memory bandwidth of the GPU', { k: 3 });
    expect(result.keyword[0]!.chunk.passage.id).toBe('en-gpu-02');
    expect(result.vector.length).toBeGreaterThan(0);
    expect(result.hybrid[0]!.keywordRank).toBeDefined();
    const sif = await index.search('graphics card', { vector: 'sif', k: 2 });
    expect(sif.keyword).toEqual([]);
    expect(sif.vector[0]!.chunk.passage.topic).toBe('gpu');
    expect((await index.search('그래픽', { vector: 'sif' })).notes.vector).toBe('english-only');
    const map = retrievalMap(index, result, 3);
    expect(map.labels).toHaveLength(index.chunks.length + 1);
    expect(map.queryRow).toBe(index.chunks.length);
    expect(map.columns[0]!.values[map.queryRow]).toBe('query');
    expect(map.columns[0]!.values.filter((v) => v !== 'not retrieved' && v !== 'query').length).toBeGreaterThan(0);
    expect(retrievalMap(index, result, 3, 'ko').columns[0]!.name).toBe('검색 결과');
    index.dispose();
    await expect(index.search('gpu')).rejects.toMatchObject({ code: 'ABORTED' });
  });

  it('scores recall@k and MRR from the labelled queries', async () => {
    const index = await createRetrievalIndex(FIXTURE, { lsaDimensions: 4 });
    const evaluation = await evaluateRetrieval(index, [
      { id: 'q1', lang: 'en', text: 'memory bandwidth', relevant: ['en-gpu-02'], kind: 'keyword' },
      { id: 'q2', lang: 'ko', text: '토큰이 뭔가요', relevant: ['ko-tok-01'], kind: 'keyword' },
    ]);
    const keywordEn = evaluation.rows.find((r) => r.retriever === 'keyword' && r.language === 'en')!;
    expect(keywordEn.recall).toBe(1);
    expect(keywordEn.mrr).toBe(1);
    expect(evaluation.rows.find((r) => r.retriever === 'keyword' && r.language === 'ko')!.mrr).toBe(1);
    expect(evaluation.rows.some((r) => r.retriever === 'sif')).toBe(false);
    index.dispose();
  });

  it('cancels, and refuses bad corpora and queries with typed errors', async () => {
    const controller = new AbortController();
    const building = createRetrievalIndex(FIXTURE, { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(building).rejects.toMatchObject({ code: 'ABORTED' });
    await expect(createRetrievalIndex([{ id: 'x', lang: 'en' }])).rejects.toBeInstanceOf(TensorscopeError);
    await expect(createRetrievalIndex(FIXTURE, { chunking: { size: 5, overlap: 9 } })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    const index = await createRetrievalIndex(FIXTURE, { lsaDimensions: 2 });
    await expect(index.search('  ')).rejects.toMatchObject({ code: 'EMPTY_INPUT' });
    await expect(index.search('q'.repeat(1_000_000))).rejects.toMatchObject({ code: 'TOO_LARGE' });
    await expect(index.search('gpu', { vector: 'sif' })).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    const nothing = await index.search('zebra');
    expect(nothing.keyword).toEqual([]);
    expect(nothing.notes.vector).toBe('no-terms');
    index.dispose();
  });
});

import { describe, expect, it } from 'vitest';
import { checkEmbeddingData } from './checkEmbeddingData.js';
import type { EmbeddingData } from './embeddingData.js';

const good = (): EmbeddingData => ({
  vectors: new Float32Array([1, 0, 0, 1, 1, 1]),
  count: 3,
  dimensions: 2,
  labels: ['a', 'b', 'c'],
  columns: [],
});

describe('checkEmbeddingData', () => {
  it('returns valid data unchanged', () => {
    const data = good();
    expect(checkEmbeddingData(data)).toBe(data);
  });
  it.each([
    ['one vector', { count: 1, vectors: new Float32Array([1, 2]), labels: ['a'] }, 'EMPTY_INPUT', 'at least 2 vectors'],
    [
      'one dimension',
      { dimensions: 1, vectors: new Float32Array([1, 2, 3]) },
      'INVALID_SHAPE',
      'at least 2 dimensions',
    ],
    ['a short buffer', { vectors: new Float32Array(5) }, 'INVALID_SHAPE', 'need 6'],
    ['a label mismatch', { labels: ['a'] }, 'LENGTH_MISMATCH', 'There are 1 labels for 3 vectors.'],
    [
      'a NaN',
      { vectors: new Float32Array([1, 0, 0, NaN, 1, 1]) },
      'INVALID_VALUE',
      'Vector 2 (“b”) has NaN in dimension 2',
    ],
  ])('names %s', (_, patch, code, text) => {
    expect(() => checkEmbeddingData({ ...good(), ...patch } as EmbeddingData)).toThrowError(
      expect.objectContaining({ code, message: expect.stringContaining(text) }),
    );
  });
  it('checks column lengths', () => {
    const data = good();
    data.columns.push({ kind: 'number', name: 'rank', values: new Float32Array(2), min: 0, max: 1 });
    expect(() => checkEmbeddingData(data)).toThrow('Column “rank” has 2 values for 3 vectors.');
  });
});

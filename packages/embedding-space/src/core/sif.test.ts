import { describe, expect, it } from 'vitest';
import { createEmbeddingData } from './embeddingData.js';
import { createSifEncoder, wordVectorsOf } from './sif.js';
import { TensorscopeError } from '@tensorscope/common';

function thrown(run: () => unknown): TensorscopeError<string> {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TensorscopeError);
    return error as TensorscopeError<string>;
  }
  throw new Error('expected a TensorscopeError');
}

const data = createEmbeddingData({
  vectors: [
    [1, 0],
    [0, 1],
    [1, 1],
  ],
  labels: ['the', 'king', 'Royal'],
  columns: [{ name: 'frequency rank', values: [1, 500, 3000] }],
});

describe('createSifEncoder', () => {
  it('weights rare words more than frequent ones and names the unknown words', () => {
    const encoder = createSifEncoder(wordVectorsOf(data));
    expect(encoder.weighted).toBe(true);
    const result = encoder.embed('The king, the ROYAL foo foo')!;
    expect(result).toMatchObject({ known: 4, words: 6, knownWords: ['the', 'king', 'royal'], unknownWords: ['foo'] });
    const a = 1e-3;
    const harmonic = Math.log(341_479) + 0.5772156649;
    const w = (rank: number) => a / (a + 1 / (rank * harmonic));
    expect(result.weight).toBeCloseTo(2 * w(1) + w(500) + w(3000), 6);
    expect(result.vector[0]).toBeCloseTo((2 * w(1) + w(3000)) / 6, 6);
    expect(result.vector[1]).toBeCloseTo((w(500) + w(3000)) / 6, 6);
    expect(encoder.embed('foo bar')).toBeNull();
  });

  it('takes a plain average without a frequency column', () => {
    const plain = createEmbeddingData({ vectors: data.vectors, dimensions: 2, labels: ['the', 'king', 'royal'] });
    const encoder = createSifEncoder(wordVectorsOf(plain));
    expect(encoder.weighted).toBe(false);
    const result = encoder.embed('the king')!;
    expect(Array.from(result.vector)).toEqual([0.5, 0.5]);
    expect(result.weight).toBe(2);
  });

  it('throws typed errors for malformed word vectors', () => {
    expect(thrown(() => createSifEncoder(null as never)).code).toBe('INVALID_ARGUMENT');
    const base = wordVectorsOf(data);
    expect(thrown(() => createSifEncoder({ ...base, vectors: new Float32Array(1) })).code).toBe('LENGTH_MISMATCH');
    expect(thrown(() => createSifEncoder({ ...base, frequencyRanks: [1] })).code).toBe('LENGTH_MISMATCH');
    expect(thrown(() => createSifEncoder(base, Number.NaN)).code).toBe('INVALID_ARGUMENT');
    expect(thrown(() => createSifEncoder(base).embed(3 as never)).code).toBe('INVALID_ARGUMENT');
    expect(thrown(() => wordVectorsOf(data, { rankColumn: 3 as never })).code).toBe('INVALID_ARGUMENT');
  });
});

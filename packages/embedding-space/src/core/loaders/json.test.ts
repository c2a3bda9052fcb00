import { describe, expect, it } from 'vitest';

import { parseEmbeddingJson } from './json.js';
import { thrown } from '../thrown.testing.js';

describe('parseEmbeddingJson', () => {
  it('reads { vectors, labels, metadata columns, coordinates }', () => {
    const data = parseEmbeddingJson(
      JSON.stringify({
        vectors: [
          [1, 2],
          [3, 4],
        ],
        labels: ['고양이', 'dog'],
        metadata: { topic: ['animal', 'animal'], rank: [1, 2] },
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      }),
    );
    expect(data.labels).toEqual(['고양이', 'dog']);
    expect(data.columns.map((column) => [column.name, column.kind])).toEqual([
      ['topic', 'category'],
      ['rank', 'number'],
    ]);
    expect(data.coordinates?.dimensions).toBe(2);
  });

  it('reads metadata given as one object per vector, with missing keys as missing values', () => {
    const data = parseEmbeddingJson({
      vectors: [
        [1, 2],
        [3, 4],
      ],
      metadata: [{ topic: 'a', rank: 3 }, { topic: 'b' }],
    });
    const rank = data.columns.find((column) => column.name === 'rank');
    if (rank?.kind !== 'number') throw new Error('expected a number column');
    expect(Array.from(rank.values)).toEqual([3, NaN]);
  });

  it('reads a plain { word: vector } object, with the words as labels', () => {
    const data = parseEmbeddingJson('{"king": [1, 2], "queen": [3, 4], "vectors": [5, 6]}');
    expect(data.labels).toEqual(['king', 'queen', 'vectors']);
    expect(Array.from(data.vectors)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('reads a bare array of vectors', () => {
    expect(parseEmbeddingJson('[[1, 2], [3, 4]]').count).toBe(2);
  });

  it('gives the line and column of a JSON syntax error', () => {
    const error = thrown(() => parseEmbeddingJson('{\n  "vectors": [[1, 2],\n  [3, 4]]]\n}', { fileName: 'e.json' }));
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.location).toEqual({ file: 'e.json', line: 3, column: 10 });
    expect(error.message).toMatch(/^Line 3, column 10 of e\.json is not valid JSON: /);
  });

  it.each([
    [
      { king: [1, 2], queen: 'x' },
      'INVALID_VALUE',
      '“queen” in embedding.json is the string "x"; expected an array of numbers.',
    ],
    [{ king: [1, 2], queen: [1, 2, 3] }, 'INVALID_SHAPE', 'Row 2 (“queen”) of vectors has 3 values; row 1 has 2.'],
    [
      {
        vectors: [
          [1, 2],
          [3, 4],
        ],
        labels: ['a'],
      },
      'LENGTH_MISMATCH',
      'There is 1 label for 2 vectors.',
    ],
    [
      {
        vectors: [
          [1, 2],
          [3, 4],
        ],
        metadata: [{ a: 1 }],
      },
      'LENGTH_MISMATCH',
      '"metadata" in embedding.json has 1 row for 2 vectors.',
    ],
    [
      {
        vectors: [
          [1, 2],
          [3, 4],
        ],
        metadata: { a: [1, { b: 2 }] },
      },
      'INVALID_VALUE',
      'Metadata “a” of row 2 in embedding.json is a object',
    ],
    [
      {
        vectors: [
          [1, 2],
          [3, null],
        ],
      },
      'INVALID_VALUE',
      'Row 2, column 2 of vectors is null; expected a number.',
    ],
    [42, 'INVALID_VALUE', 'it holds 42'],
  ])('rejects %j with %s', (input, code, message) => {
    const error = thrown(() => parseEmbeddingJson(input));
    expect(error.code).toBe(code);
    expect(error.message).toContain(message);
  });
});

import { describe, expect, it } from 'vitest';
import { createEmbeddingData, createMetadataColumn } from './embeddingData.js';
import { thrown } from './thrown.testing.js';

describe('createEmbeddingData', () => {
  it('copies nested rows into a Float32Array and labels points by index by default', () => {
    const data = createEmbeddingData({
      vectors: [
        [1, 2, 3],
        [4, 5, 6],
      ],
    });
    expect(data.count).toBe(2);
    expect(data.dimensions).toBe(3);
    expect(Array.from(data.vectors)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(data.labels).toEqual(['0', '1']);
    expect(data.columns).toEqual([]);
    expect(data.coordinates).toBeUndefined();
  });

  it('keeps a flat Float32Array without copying', () => {
    const vectors = new Float32Array([1, 2, 3, 4, 5, 6]);
    const data = createEmbeddingData({ vectors, dimensions: 2, labels: ['a', '가', 'c'] });
    expect(data.vectors).toBe(vectors);
    expect(data.count).toBe(3);
    expect(data.labels).toEqual(['a', '가', 'c']);
  });

  it('turns plain columns into number or category columns', () => {
    const data = createEmbeddingData({
      vectors: new Float32Array(8),
      dimensions: 2,
      columns: [
        { name: 'rank', values: [3, '1.5', null, ''] },
        { name: 'topic', values: ['animal', 'plant', 'animal', null] },
      ],
    });
    const [rank, topic] = data.columns;
    expect(rank?.kind).toBe('number');
    if (rank?.kind !== 'number') return;
    expect(Array.from(rank.values)).toEqual([3, 1.5, NaN, NaN]);
    expect([rank.min, rank.max]).toEqual([1.5, 3]);
    expect(topic?.kind).toBe('category');
    if (topic?.kind !== 'category') return;
    expect(topic.categories).toEqual(['animal', 'plant', '']);
    expect(Array.from(topic.codes)).toEqual([0, 1, 0, 2]);
  });

  it('reads coordinates given as rows', () => {
    const data = createEmbeddingData({
      vectors: new Float32Array(4),
      dimensions: 2,
      coordinates: {
        values: [
          [1, 2, 3],
          [4, 5, 6],
        ],
        name: 'UMAP',
      },
    });
    expect(data.coordinates?.dimensions).toBe(3);
    expect(data.coordinates?.name).toBe('UMAP');
    expect(Array.from(data.coordinates?.values ?? [])).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it.each([
    ['EMPTY_INPUT', { vectors: [] }, 'at least 2 vectors'],
    ['INVALID_SHAPE', { vectors: [[1, 2]] }, 'at least 2 vectors'],
    ['INVALID_SHAPE', { vectors: [[1], [2]] }, 'Vectors have 1 dimension; they need at least 2'],
    ['INVALID_SHAPE', { vectors: new Float32Array(6) }, 'needs `dimensions`'],
    ['LENGTH_MISMATCH', { vectors: new Float32Array(7), dimensions: 2 }, '7 is not a multiple of 2'],
    [
      'INVALID_SHAPE',
      {
        vectors: [
          [1, 2, 3],
          [1, 2, 3],
          [1, 2],
        ],
        labels: ['a', 'b', 'c'],
      },
      'Row 3 (“c”) of vectors has 2 values; row 1 has 3.',
    ],
    [
      'INVALID_VALUE',
      {
        vectors: [
          [1, 2],
          [3, NaN],
        ],
      },
      'Row 2, column 2 of vectors is NaN; every value must be a finite number.',
    ],
    [
      'INVALID_VALUE',
      {
        vectors: [
          [1, 2],
          [Infinity, 1],
        ],
      },
      'Row 2, column 1 of vectors is Infinity',
    ],
    [
      'INVALID_VALUE',
      {
        vectors: [
          [1, 1e39],
          [1, 2],
        ],
      },
      'Row 1, column 2 of vectors is 1e+39, too large for a 32-bit float.',
    ],
    [
      'INVALID_VALUE',
      {
        vectors: [
          [1, '2'],
          [1, 2],
        ],
      },
      'Row 1, column 2 of vectors is the string "2"; expected a number.',
    ],
    ['INVALID_VALUE', { vectors: new Float64Array([1, 2, 3, NaN]), dimensions: 2 }, 'Row 2, column 2'],
    [
      'LENGTH_MISMATCH',
      { vectors: new Float32Array(10), dimensions: 2, labels: ['a', 'b', 'c'] },
      'There are 3 labels for 5 vectors.',
    ],
    [
      'LENGTH_MISMATCH',
      { vectors: new Float32Array(4), dimensions: 2, columns: [{ name: 'topic', values: ['a'] }] },
      'Column “topic” has 1 value for 2 vectors.',
    ],
    [
      'INVALID_VALUE',
      {
        vectors: new Float32Array(4),
        dimensions: 2,
        columns: [
          { name: 'x', values: [1, 2] },
          { name: 'x', values: [1, 2] },
        ],
      },
      'Columns 1 and 2 are both named “x”',
    ],
    [
      'INVALID_VALUE',
      {
        vectors: new Float32Array(4),
        dimensions: 2,
        columns: [{ kind: 'category', name: 'c', categories: ['a'], codes: new Uint32Array([0, 1]) }],
      },
      'Row 2 of column “c” has category code 1, but there are only 1 categories.',
    ],
    [
      'LENGTH_MISMATCH',
      { vectors: new Float32Array(4), dimensions: 2, coordinates: [[1, 2]] },
      'There is 1 coordinate row for 2 vectors.',
    ],
    [
      'INVALID_SHAPE',
      { vectors: new Float32Array(4), dimensions: 2, coordinates: [[1], [2]] },
      'Coordinates must have 2 or 3 values per point',
    ],
    [
      'INVALID_VALUE',
      {
        vectors: new Float32Array(4),
        dimensions: 2,
        coordinates: { values: new Float32Array([0, 0, NaN, 1]), dimensions: 2 },
      },
      'Coordinate row 2, column 1 is NaN',
    ],
  ] as const)('rejects bad input with %s: %s', (code, input, message) => {
    const error = thrown(() => createEmbeddingData(input as never));
    expect(error.code).toBe(code);
    expect(error.message).toContain(message);
  });

  it('names the row and column of a non-finite value in details (1-based)', () => {
    const error = thrown(() =>
      createEmbeddingData({
        vectors: [
          [0, 0],
          [0, 0],
          [0, -Infinity],
        ],
      }),
    );
    expect(error.details).toMatchObject({ row: 3, column: 2 });
  });
});

describe('createMetadataColumn', () => {
  it('treats hex and NaN strings as categories, not numbers', () => {
    expect(createMetadataColumn('id', ['0x1F', '2']).kind).toBe('category');
    expect(createMetadataColumn('v', ['NaN', '2']).kind).toBe('category');
  });

  it('gives NaN min and max to a column with no values', () => {
    const column = createMetadataColumn('empty', [null, '']);
    expect(column.kind).toBe('number');
    if (column.kind === 'number') expect([column.min, column.max]).toEqual([NaN, NaN]);
  });
});

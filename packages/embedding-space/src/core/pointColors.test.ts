import { describe, expect, it } from 'vitest';
import type { EmbeddingData, MetadataColumn } from './embeddingData.js';
import { MISSING_COLOR, OTHER_COLOR, categoryColor, numericColor } from './palette.js';
import { computePointColors } from './pointColors.js';

const dataWith = (count: number, columns: MetadataColumn[]): EmbeddingData => ({
  vectors: new Float32Array(count),
  count,
  dimensions: 1,
  labels: Array.from({ length: count }, (_, i) => `p${i}`),
  columns,
});

const colorOf = (colors: Float32Array, i: number) => Array.from(colors.subarray(i * 3, i * 3 + 3));
const f32 = (rgb: number[]) => Array.from(new Float32Array(rgb));

const topics: MetadataColumn = {
  kind: 'category',
  name: 'topic',
  categories: ['sport', 'art', 'food', 'zoo'],
  // art ×3, food ×2, sport ×2, zoo ×0
  codes: new Uint32Array([1, 2, 0, 1, 0, 2, 1]),
};
const rank: MetadataColumn = {
  kind: 'number',
  name: 'rank',
  values: new Float32Array([10, 20, NaN, 15]),
  min: 10,
  max: 20,
};

describe('computePointColors', () => {
  it('paints every point the base colour when colouring by nothing', () => {
    const result = computePointColors(dataWith(3, []), { kind: 'none' }, { baseColor: [0.25, 0.5, 1] });
    expect(Array.from(result.colors)).toEqual([0.25, 0.5, 1, 0.25, 0.5, 1, 0.25, 0.5, 1]);
    expect(Array.from(result.visible)).toEqual([1, 1, 1]);
    expect(result.legend).toBeNull();
  });

  it('colours categories by frequency rank and lists them by count, ties by name', () => {
    const result = computePointColors(
      dataWith(7, [topics]),
      { kind: 'column', column: 'topic' },
      { baseColor: [0, 0, 0] },
    );
    expect(result.legend?.kind).toBe('category');
    const entries = result.legend?.kind === 'category' ? result.legend.entries : [];
    expect(entries.map((e) => [e.category, e.count, e.code])).toEqual([
      ['art', 3, 1],
      ['food', 2, 2],
      ['sport', 2, 0],
      ['zoo', 0, 3],
    ]);
    expect(entries.map((e) => e.color)).toEqual([0, 1, 2, 3].map(categoryColor));
    // point 0 is art (rank 0), point 2 is sport (rank 2)
    expect(colorOf(result.colors, 0)).toEqual(f32(categoryColor(0)));
    expect(colorOf(result.colors, 2)).toEqual(f32(categoryColor(2)));
  });

  it('hides the points of hidden categories without changing any colour', () => {
    const shown = computePointColors(
      dataWith(7, [topics]),
      { kind: 'column', column: 'topic' },
      { baseColor: [0, 0, 0] },
    );
    const result = computePointColors(
      dataWith(7, [topics]),
      { kind: 'column', column: 'topic' },
      { baseColor: [0, 0, 0], hiddenCategories: new Set([1]) },
    );
    expect(Array.from(result.visible)).toEqual([0, 1, 1, 0, 1, 1, 0]);
    expect(result.colors).toEqual(shown.colors);
    const entries = result.legend?.kind === 'category' ? result.legend.entries : [];
    expect(entries.filter((e) => e.hidden).map((e) => e.category)).toEqual(['art']);
  });

  it('places numbers on the ramp between min and max, NaN in the missing grey', () => {
    const result = computePointColors(
      dataWith(4, [rank]),
      { kind: 'column', column: 'rank' },
      { baseColor: [0, 0, 0], scheme: 'cividis' },
    );
    expect(colorOf(result.colors, 0)).toEqual(f32(numericColor(0, 'cividis')));
    expect(colorOf(result.colors, 1)).toEqual(f32(numericColor(1, 'cividis')));
    expect(colorOf(result.colors, 2)).toEqual(f32([...MISSING_COLOR]));
    expect(colorOf(result.colors, 3)).toEqual(f32(numericColor(128 / 255, 'cividis')));
    expect(result.legend).toEqual({ kind: 'number', column: 'rank', min: 10, max: 20, scheme: 'cividis', missing: 1 });
    expect(Array.from(result.visible)).toEqual([1, 1, 1, 1]);
  });

  it('puts a constant column mid-ramp', () => {
    const flat: MetadataColumn = { kind: 'number', name: 'flat', values: new Float32Array([3, 3]), min: 3, max: 3 };
    const result = computePointColors(
      dataWith(2, [flat]),
      { kind: 'column', column: 'flat' },
      { baseColor: [0, 0, 0] },
    );
    expect(colorOf(result.colors, 1)).toEqual(f32(numericColor(128 / 255)));
  });

  it('names an unknown column and the ones there are', () => {
    expect(() =>
      computePointColors(dataWith(7, [topics]), { kind: 'column', column: 'Topic' }, { baseColor: [0, 0, 0] }),
    ).toThrow(/Cannot colour by "Topic".*Expected one of "topic"/);
  });

  it('rejects a category code beyond the category list', () => {
    const bad: MetadataColumn = { kind: 'category', name: 'c', categories: ['a'], codes: new Uint32Array([0, 4]) };
    expect(() =>
      computePointColors(dataWith(2, [bad]), { kind: 'column', column: 'c' }, { baseColor: [0, 0, 0] }),
    ).toThrow(/point 1 has category code 4, but there are only 1 categories/);
  });

  it('draws an "other" category as neutral context without using up a palette colour', () => {
    const column: MetadataColumn = {
      kind: 'category',
      name: 'topic',
      categories: ['other', 'sports', 'school'],
      codes: new Uint32Array([0, 0, 0, 1, 2, 2]),
    };
    const { colors, legend } = computePointColors(
      dataWith(6, [column]),
      { kind: 'column', column: 'topic' },
      {
        baseColor: [0, 0, 0],
      },
    );
    expect(colorOf(colors, 0)).toEqual(f32([...OTHER_COLOR]));
    // 'school' (2 points) is the largest real category: it gets the first palette colour.
    expect(colorOf(colors, 4)).toEqual(f32(categoryColor(0)));
    expect(colorOf(colors, 3)).toEqual(f32(categoryColor(1)));
    expect(legend?.kind === 'category' && legend.entries.map((e) => [e.category, e.other])).toEqual([
      ['other', true],
      ['school', false],
      ['sports', false],
    ]);
  });
});

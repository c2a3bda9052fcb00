import { describe, expect, it } from 'vitest';
import type { EmbeddingData } from './embeddingData.js';
import { semanticAxisProjection } from './semanticAxes.js';

const data = (rows: number[][], labels: string[]): EmbeddingData => ({
  vectors: new Float32Array(rows.flat()),
  count: rows.length,
  dimensions: (rows[0] as number[]).length,
  labels,
  columns: [],
});

const dot = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  Array.from(a).reduce((s, x, i) => s + x * (b[i] as number), 0);

describe('semanticAxisProjection', () => {
  const words = data(
    [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
      [1, 1, 0],
      [3, 0, 4],
    ],
    ['a', 'b', 'c', 'ab', 'ac'],
  );

  it('projects on the unit from→to direction and a Gram–Schmidt y axis, centred', () => {
    const result = semanticAxisProjection(words, ['a', 'b'], ['a', 'c'], { normalize: false });
    const x = result.axes.x.direction;
    const y = result.axes.y.direction;
    expect(Array.from(x).map((v) => +v.toFixed(6))).toEqual([-0.707107, 0.707107, 0]);
    expect(dot(x, y)).toBeCloseTo(0, 6);
    expect(dot(y, y)).toBeCloseTo(1, 6);
    // c - a = (-1, 0, 1); minus its x part (0.5, -0.5 … ) gives (-0.5, -0.5, 1) / |·|
    expect(Array.from(y).map((v) => +v.toFixed(5))).toEqual([-0.40825, -0.40825, 0.8165]);
    const xs = Array.from({ length: 5 }, (_, i) => result.coordinates[i * 2] as number);
    expect(xs.reduce((s, v) => s + v, 0)).toBeCloseTo(0, 5);
    // b - a along x is |b - a| = √2
    expect((xs[1] as number) - (xs[0] as number)).toBeCloseTo(Math.SQRT2, 5);
    expect(result.axes.x).toMatchObject({ kind: 'labels', from: 'a', to: 'b', fromIndex: 0, toIndex: 1 });
  });

  it('normalises vectors by default, so length does not matter', () => {
    const result = semanticAxisProjection(words, ['a', 'c'], ['a', 'b']);
    const x = (i: number) => result.coordinates[i * 2] as number;
    // 'ac' = (3, 0, 4) normalises to (0.6, 0, 0.8): along a→c that is 0.8·0.707 − 0.6·0.707
    expect(x(4) - x(0)).toBeCloseTo((0.8 - 0.6) / Math.SQRT2 + 1 / Math.SQRT2, 5);
  });

  it('finds the widest orthogonal spread when y is missing', () => {
    // Points spread along z (±5) far more than along y (±1); x is the a→b axis (along x).
    const rows: number[][] = [];
    for (let i = 0; i < 40; i++) rows.push([i % 3, ((i * 7) % 5) / 2 - 1, (((i * 13) % 11) - 5) * 1]);
    rows.push([0, 0, 0], [10, 0, 0]);
    const labels = rows.map((_, i) => `p${i}`);
    labels[40] = 'from';
    labels[41] = 'to';
    const result = semanticAxisProjection(data(rows, labels), ['from', 'to'], undefined, { normalize: false });
    expect(result.axes.y.kind).toBe('spread');
    const y = Array.from(result.axes.y.direction);
    expect(Math.abs(y[2] as number)).toBeGreaterThan(0.99);
    expect(y[2]).toBeGreaterThan(0);
    expect(dot(y, result.axes.x.direction)).toBeCloseTo(0, 6);
  });

  it('names an unknown label and suggests spellings', () => {
    expect(() => semanticAxisProjection(words, ['a', 'AB'])).toThrow(
      'Unknown x axis end "AB": no point has this label. Did you mean "ab"?',
    );
  });

  it('rejects an axis without direction and a y axis parallel to x', () => {
    const twins = data(
      [
        [1, 0],
        [1, 0],
        [0, 1],
      ],
      ['a', 'b', 'c'],
    );
    expect(() => semanticAxisProjection(twins, ['a', 'b'])).toThrow(/has no direction/);
    expect(() => semanticAxisProjection(words, ['a', 'b'], ['b', 'a'])).toThrow(/points the same way as the x axis/);
  });
});

import { describe, expect, it } from 'vitest';
import { gaussianClusters } from './testData.js';
import { bruteForceNeighbours, tsneAffinities, tsneNeighbourCount } from './tsneAffinities.js';

describe('tsneAffinities', () => {
  const data = gaussianClusters(3, 40, 6, 8, 2);
  const n = data.count;
  const k = tsneNeighbourCount(n, 10);
  const neighbours = bruteForceNeighbours(data.vectors, n, data.dimensions, k);
  const p = tsneAffinities(neighbours, n, 10);

  const entry = (i: number, j: number) => {
    for (let q = p.rowStart[i] as number; q < (p.rowStart[i + 1] as number); q++) {
      if (p.columns[q] === j) return p.values[q] as number;
    }
    return 0;
  };

  it('is symmetric, sums to 1 and has no duplicate or diagonal entries', () => {
    expect(k).toBe(30);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const seen = new Set<number>();
      for (let q = p.rowStart[i] as number; q < (p.rowStart[i + 1] as number); q++) {
        const j = p.columns[q] as number;
        expect(j).not.toBe(i);
        expect(seen.has(j)).toBe(false);
        seen.add(j);
        const v = p.values[q] as number;
        expect(v).toBeGreaterThan(0);
        expect(entry(j, i)).toBeCloseTo(v, 15);
        sum += v;
      }
    }
    expect(sum).toBeCloseTo(1, 12);
    expect(p.rowStart[n]).toBe(p.columns.length);
  });

  it('puts nearly all affinity inside the clusters', () => {
    let inside = 0;
    for (let i = 0; i < n; i++) {
      for (let q = p.rowStart[i] as number; q < (p.rowStart[i + 1] as number); q++) {
        if (Math.floor(i / 40) === Math.floor((p.columns[q] as number) / 40)) inside += p.values[q] as number;
      }
    }
    expect(inside).toBeGreaterThan(0.99);
  });

  it('finds the exact nearest neighbours, nearest first', () => {
    const tiny = new Float32Array([0, 0, 1, 0, 3, 0, 7, 0]);
    const { indices, squaredDistances } = bruteForceNeighbours(tiny, 4, 2, 2);
    const row = (i: number) => new Set([indices[2 * i], indices[2 * i + 1]]);
    expect(row(0)).toEqual(new Set([1, 2]));
    expect(row(3)).toEqual(new Set([2, 1]));
    expect(Math.max(squaredDistances[0] as number, squaredDistances[1] as number)).toBe(9);
  });

  it('caps the neighbour count at n − 1 and at least 1', () => {
    expect(tsneNeighbourCount(10, 30)).toBe(9);
    expect(tsneNeighbourCount(4, 0.1)).toBe(1);
    expect(tsneNeighbourCount(1000, 30)).toBe(90);
  });
});

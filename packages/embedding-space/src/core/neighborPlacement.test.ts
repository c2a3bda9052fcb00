import { describe, expect, it } from 'vitest';
import { membershipWeights, placeByNeighbors, PLACEMENT_NEIGHBORS } from './neighborPlacement.js';

const neighbor = (index: number, score: number, rank = 1) => ({ index, score, rank });

describe('membershipWeights', () => {
  it('gives the nearest weight 1 and sums to log2(k + 1), as a row of UMAP’s graph does', () => {
    const distances = [0.1, 0.2, 0.25, 0.4, 0.8, 0.9, 1.3, 2];
    const weights = membershipWeights(distances);
    expect(weights[0]).toBe(1);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(Math.log2(distances.length + 1), 4);
    for (let i = 1; i < weights.length; i++) expect(weights[i]!).toBeLessThanOrEqual(weights[i - 1]!);
  });

  it('weighs equal distances and a single neighbour alike', () => {
    expect(membershipWeights([0.3, 0.3, 0.3])).toEqual([1, 1, 1]);
    expect(membershipWeights([0.5])).toEqual([1]);
  });
});

describe('placeByNeighbors', () => {
  const positions = Float32Array.from([0, 0, 0, 10, 0, 0, 0, 10, 0, 5, 5, 5]);

  it('puts one neighbour on its own position and equal neighbours at their centroid', () => {
    expect(Array.from(placeByNeighbors(positions, [neighbor(3, 0.9)], 'cosine')!)).toEqual([5, 5, 5]);
    const centre = placeByNeighbors(positions, [neighbor(0, 0.5), neighbor(1, 0.5), neighbor(2, 0.5)], 'cosine')!;
    expect(Array.from(centre).map((v) => +v.toFixed(5))).toEqual([10 / 3, 10 / 3, 0].map((v) => +v.toFixed(5)));
  });

  it('leans towards the closest neighbour (similarity for cosine, distance for euclidean)', () => {
    const bySimilarity = placeByNeighbors(positions, [neighbor(1, 0.99), neighbor(2, 0.2)], 'cosine')!;
    expect(bySimilarity[0]!).toBeGreaterThan(bySimilarity[1]!);
    const byDistance = placeByNeighbors(positions, [neighbor(1, 0.1), neighbor(2, 3)], 'euclidean')!;
    expect(byDistance[0]!).toBeGreaterThan(byDistance[1]!);
  });

  it(`uses at most ${PLACEMENT_NEIGHBORS} neighbours and returns null without any`, () => {
    const many = Array.from({ length: PLACEMENT_NEIGHBORS + 5 }, (_, i) =>
      neighbor(i < PLACEMENT_NEIGHBORS ? 0 : 1, 0.5),
    );
    expect(Array.from(placeByNeighbors(positions, many, 'dot')!)).toEqual([0, 0, 0]);
    expect(placeByNeighbors(positions, [], 'cosine')).toBeNull();
  });

  it('refuses bad input with typed errors', () => {
    expect(() => placeByNeighbors([0, 0, 0] as never, [neighbor(0, 1)], 'cosine')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => placeByNeighbors(positions, 'x' as never, 'cosine')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => placeByNeighbors(positions, [neighbor(0, 1)], 'manhattan' as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => placeByNeighbors(positions, [neighbor(9, 1)], 'cosine')).toThrow(
      expect.objectContaining({ code: 'INVALID_VALUE' }),
    );
    expect(() => placeByNeighbors(positions, [neighbor(0, Number.NaN)], 'cosine')).toThrow(
      expect.objectContaining({ code: 'INVALID_VALUE' }),
    );
    expect(() => placeByNeighbors(positions, [null as never], 'cosine')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { HEAD_COLORS, headColor, pruneRow } from './headColors.js';

describe('head colours', () => {
  it('do not repeat within 14 heads', () => {
    expect(new Set(HEAD_COLORS).size).toBe(14);
    expect(headColor(10)).not.toBe(headColor(0));
    expect(headColor(14)).toBe(headColor(0));
  });
});

describe('pruneRow', () => {
  const row = Float32Array.from([0.05, 0.5, 0.25, 0.2, 0]);
  it('keeps the strongest keys until 70 % of the mass', () => {
    expect(pruneRow(row)).toEqual([1, 2]);
    expect(pruneRow(row, { mass: 0.9 })).toEqual([1, 2, 3]);
  });
  it('caps at top-k and skips zero weights', () => {
    expect(pruneRow(row, { mass: 1, topK: 2 })).toEqual([1, 2]);
    expect(pruneRow(row, { mass: 1 })).toEqual([1, 2, 3, 0]);
  });
});

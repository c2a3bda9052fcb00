import { describe, expect, it } from 'vitest';
import { colorPosition, createColorLut, weightAtPosition } from './colorLut.js';

describe('colour transfer', () => {
  it('maps [0, max] to [0, 1] and inverts', () => {
    for (const transfer of ['linear', 'sqrt', 'log'] as const) {
      expect(colorPosition(0, 0.5, transfer)).toBe(0);
      expect(colorPosition(0.5, 0.5, transfer)).toBeCloseTo(1, 10);
      expect(weightAtPosition(colorPosition(0.1, 0.5, transfer), 0.5, transfer)).toBeCloseTo(0.1, 10);
    }
    // sqrt and log lift small weights.
    expect(colorPosition(0.01, 1, 'sqrt')).toBeCloseTo(0.1, 10);
    expect(colorPosition(0.01, 1, 'log')).toBeGreaterThan(0.3);
  });

  it('builds a 256-entry RGBA ramp from the theme', () => {
    const lut = createColorLut('light');
    expect(lut.length).toBe(1024);
    expect(Array.from(lut.subarray(0, 4))).toEqual([247, 251, 255, 255]);
    expect(Array.from(lut.subarray(1020, 1024))).toEqual([8, 48, 107, 255]);
  });
});

describe('diverging scale for signed scores', () => {
  it('puts zero in the middle and the extremes at the ends', async () => {
    const { createDivergingLut, divergingPosition } = await import('./colorLut.js');
    expect(divergingPosition(0, 2)).toBe(0.5);
    expect(divergingPosition(-2, 2)).toBe(0);
    expect(divergingPosition(5, 2)).toBe(1);
    const lut = createDivergingLut('light');
    expect(Array.from(lut.subarray(0, 3))).toEqual([33, 102, 172]); // #2166ac, negative
    expect(Array.from(lut.subarray(1020, 1023))).toEqual([178, 24, 43]); // #b2182b, positive
  });
});

import { describe, expect, it } from 'vitest';
import { projectPrecomputed } from './precomputed.js';
import { embeddingOf } from './testData.js';

describe('projectPrecomputed', () => {
  it('normalises the given coordinates and names the axes', () => {
    const data = {
      ...embeddingOf(new Float32Array(6), 3, 2),
      coordinates: { values: new Float32Array([0, 0, 10, 2, 20, 4]), dimensions: 2 as const, name: 'UMAP (Python)' },
    };
    const result = projectPrecomputed(data);
    expect(result.dimensions).toBe(2);
    expect(Array.from(result.coordinates)).toEqual([-1, -0.20000000298023224, 0, 0, 1, 0.20000000298023224]);
    expect(result.axisLabels).toEqual(['UMAP (Python) 1', 'UMAP (Python) 2']);
    expect(result.raw).toBe(data.coordinates.values);
  });

  it('names missing or mis-sized coordinates', () => {
    const data = embeddingOf(new Float32Array(6), 3, 2);
    expect(() => projectPrecomputed(data)).toThrow(
      expect.objectContaining({
        code: 'INVALID_VALUE',
        message: expect.stringContaining('data.coordinates is missing'),
      }),
    );
    expect(() => projectPrecomputed({ ...data, coordinates: { values: new Float32Array(5), dimensions: 2 } })).toThrow(
      expect.objectContaining({
        code: 'LENGTH_MISMATCH',
        message: expect.stringMatching(/5 values; 3 points × 2 need 6/),
      }),
    );
  });
});

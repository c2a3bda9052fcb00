import { describe, expect, it } from 'vitest';
import type { AttentionData } from './attentionData.js';
import { headMatrix, validateAttentionData } from './attentionData.js';
import { errorOf, randomAttention } from './testData.js';

describe('validateAttentionData / headMatrix', () => {
  it('accepts valid data and warns about rows that do not sum to 1', () => {
    const data = randomAttention(2, 2, 3);
    expect(validateAttentionData(data)).toEqual({ notNormalised: false });
    const scaled: AttentionData = { ...data, weights: data.weights.map((w) => w * 2) };
    expect(validateAttentionData(scaled)).toEqual({ notNormalised: true });
  });

  it('returns one head as a view', () => {
    const data = randomAttention(2, 2, 3);
    const head = headMatrix(data, 1, 0);
    expect(head.length).toBe(9);
    expect(head[0]).toBe(data.weights[2 * 9]);
    expect(head.buffer).toBe(data.weights.buffer);
  });

  it('names the problem', () => {
    const data = randomAttention(1, 1, 2);
    expect(errorOf(() => validateAttentionData({ ...data, queryTokens: ['a'] })).code).toBe('LENGTH_MISMATCH');
    expect(errorOf(() => validateAttentionData({ ...data, shape: [1, 1, 2, 0] })).code).toBe('EMPTY_INPUT');
    expect(errorOf(() => validateAttentionData({ ...data, mask: new Uint8Array(3) })).code).toBe('INVALID_SHAPE');
    const negative = { ...data, weights: Float32Array.from([1, 0, -1, 2]) };
    expect(errorOf(() => validateAttentionData(negative)).message).toBe(
      'weights[0][0][1][0] is -1; attention weights must be finite and ≥ 0.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { aggregateHeads, attentionRollout } from './aggregate.js';
import type { AttentionData } from './attentionData.js';
import { errorOf, randomAttention } from './testData.js';

/** 2 layers × 2 heads of 2 × 2, easy to add up by hand. */
const small: AttentionData = {
  queryTokens: ['a', 'b'],
  keyTokens: ['a', 'b'],
  shape: [2, 2, 2, 2],
  weights: Float32Array.from([
    ...[1, 0, 0.5, 0.5], // layer 0 head 0
    ...[0, 1, 0.25, 0.75], // layer 0 head 1
    ...[0.5, 0.5, 1, 0], // layer 1 head 0
    ...[1, 0, 0, 1], // layer 1 head 1
  ]),
};

const close = (actual: Float32Array, expected: number[]) =>
  expected.forEach((v, i) => expect(actual[i]).toBeCloseTo(v, 6));

describe('aggregateHeads', () => {
  it('takes the mean, max or sum over the chosen heads and layers', () => {
    close(aggregateHeads(small, { layers: [0] }), [0.5, 0.5, 0.375, 0.625]);
    close(aggregateHeads(small, { layers: [0], method: 'max' }), [1, 1, 0.5, 0.75]);
    close(aggregateHeads(small, { layers: [0], method: 'sum' }), [1, 1, 0.75, 1.25]);
    close(aggregateHeads(small, { heads: [1] }), [0.5, 0.5, 0.125, 0.875]);
    close(aggregateHeads(small), [0.625, 0.375, 0.4375, 0.5625]);
  });

  it('keeps masked cells at 0 and rejects bad selections', () => {
    const masked = { ...small, mask: Uint8Array.from([1, 0, 1, 1]) };
    expect(aggregateHeads(masked, { method: 'max' })[1]).toBe(0);
    expect(errorOf(() => aggregateHeads(small, { layers: [2] })).code).toBe('OUT_OF_RANGE');
    expect(errorOf(() => aggregateHeads(small, { heads: [] })).code).toBe('EMPTY_INPUT');
    expect(errorOf(() => aggregateHeads(small, { method: 'median' as never })).code).toBe('INVALID_OPTION');
  });
});

describe('attentionRollout', () => {
  it('is 0.5·A + 0.5·I for one layer, row-normalised', () => {
    const one = { ...small, shape: [1, 2, 2, 2] as const, weights: small.weights.slice(0, 8) };
    // mean of heads [[0.5, 0.5], [0.375, 0.625]] → 0.5·A + 0.5·I
    close(attentionRollout(one), [0.75, 0.25, 0.1875, 0.8125]);
    close(attentionRollout(one, { addResidual: false }), [0.5, 0.5, 0.375, 0.625]);
  });

  it('multiplies the layers, the last on the left', () => {
    const a0 = [0.75, 0.25, 0.1875, 0.8125];
    // layer 1: mean [[0.75, 0.25], [0.5, 0.5]] → residual [[0.875, 0.125], [0.25, 0.75]]
    const a1 = [0.875, 0.125, 0.25, 0.75];
    const product = [
      a1[0]! * a0[0]! + a1[1]! * a0[2]!,
      a1[0]! * a0[1]! + a1[1]! * a0[3]!,
      a1[2]! * a0[0]! + a1[3]! * a0[2]!,
      a1[2]! * a0[1]! + a1[3]! * a0[3]!,
    ];
    const rollout = attentionRollout(small);
    close(rollout, product);
    expect(rollout[0]! + rollout[1]!).toBeCloseTo(1, 6);
    close(attentionRollout(small, { throughLayer: 0 }), a0);
    close(attentionRollout(small, { heads: 'max', addResidual: false, throughLayer: 0 }), [0.5, 0.5, 0.4, 0.6]);
  });

  it('rows of a causal rollout sum to 1 and stay lower-triangular', () => {
    const data = randomAttention(4, 3, 6, 2, true);
    const rollout = attentionRollout(data);
    for (let q = 0; q < 6; q++) {
      let sum = 0;
      for (let k = 0; k < 6; k++) {
        sum += rollout[q * 6 + k]!;
        if (k > q) expect(rollout[q * 6 + k]).toBe(0);
      }
      expect(sum).toBeCloseTo(1, 5);
    }
  });

  it('refuses cross attention', () => {
    const cross: AttentionData = {
      queryTokens: ['a'],
      keyTokens: ['x', 'y'],
      weights: Float32Array.from([0.5, 0.5]),
      shape: [1, 1, 1, 2],
    };
    expect(errorOf(() => attentionRollout(cross)).code).toBe('NOT_SELF_ATTENTION');
    expect(errorOf(() => attentionRollout(small, { throughLayer: 5 })).code).toBe('OUT_OF_RANGE');
  });
});

import { describe, expect, it } from 'vitest';
import type { AttentionData } from './attentionData.js';
import { headSummaries } from './headSummaries.js';

const n = 5;
const tokens = ['<s>', 'a', 'b', 'c', 'd'];
function head(cell: (q: number, k: number) => number): number[] {
  return Array.from({ length: n * n }, (_, i) => cell(Math.floor(i / n), i % n));
}
const previous = head((q, k) => (q === 0 ? (k === 0 ? 1 : 0) : k === q - 1 ? 1 : 0));
const uniform = head(() => 1 / n);
const diagonal = head((q, k) => (q === k ? 1 : 0));
const sink = head((_, k) => (k === 0 ? 1 : 0));
const data: AttentionData = {
  queryTokens: tokens,
  keyTokens: tokens,
  shape: [2, 2, n, n],
  weights: Float32Array.from([...previous, ...uniform, ...diagonal, ...sink]),
};

describe('headSummaries', () => {
  const [prev, unif, diag, first] = headSummaries(data);

  it('scores a perfect previous-token head 1', () => {
    expect(prev).toMatchObject({ layer: 0, head: 0, previousToken: 1, entropy: 0, normalisedEntropy: 0, maxWeight: 1 });
    expect(prev?.selfAttention).toBeCloseTo(1 / n, 6);
    expect(prev?.firstToken).toBeCloseTo(2 / n, 6);
  });

  it('gives uniform rows normalised entropy 1 and log2(n) bits', () => {
    expect(unif?.layer).toBe(0);
    expect(unif?.head).toBe(1);
    expect(unif?.entropy).toBeCloseTo(Math.log2(n), 5);
    expect(unif?.normalisedEntropy).toBeCloseTo(1, 5);
    expect(unif?.previousToken).toBeCloseTo(1 / n, 6);
    expect(unif?.maxWeight).toBeCloseTo(1 / n, 6);
  });

  it('scores diagonal and first-token (sink) heads', () => {
    expect(diag).toMatchObject({ layer: 1, head: 0, selfAttention: 1, previousToken: 0, entropy: 0 });
    expect(first).toMatchObject({ layer: 1, head: 1, firstToken: 1, previousToken: 0.25 });
  });

  it('normalises entropy by the unmasked keys of each row (causal) and skips cross-attention-only scores', () => {
    const mask = Uint8Array.from(head((q, k) => (k <= q ? 1 : 0)));
    const causalUniform = Float32Array.from(head((q, k) => (k <= q ? 1 / (q + 1) : 0)));
    const [summary] = headSummaries({
      queryTokens: tokens,
      keyTokens: tokens,
      shape: [1, 1, n, n],
      weights: causalUniform,
      mask,
    });
    expect(summary?.normalisedEntropy).toBeCloseTo(1, 5);
    const [cross] = headSummaries({
      queryTokens: ['x'],
      keyTokens: ['a', 'b'],
      shape: [1, 1, 1, 2],
      weights: Float32Array.from([0.25, 0.75]),
    });
    expect(cross?.previousToken).toBeNull();
    expect(cross?.selfAttention).toBeNull();
    expect(cross?.firstToken).toBe(0.25);
    expect(cross?.maxWeight).toBe(0.75);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ngramBaselines } from './ngram.js';

const code = (name: string) => expect.objectContaining({ code: name });

describe('ngramBaselines', () => {
  it('matches a hand-computed case', () => {
    // V = 3, train = 0 1 0 1 … (20 tokens), test = 0 1 2 0.
    // Tuning: the last 5 % (1 token, a 1) is held out; in the first 19 the history 0 is always
    // followed by 1, so P(1 | 0) = λ + (1 − λ)·P₁(1) grows with λ → λ = 0.99, the top of the grid.
    // Full counts: c(0) = c(1) = 10, N = 20 → P₁(0) = P₁(1) = 11/23, P₁(2) = 1/23;
    // histories c(0) = 10 (all → 1), c(1) = 9 (all → 0), c(2) = 0.
    const train = new Int32Array(20).map((_, i) => i % 2);
    const test = new Int32Array([0, 1, 2, 0]);
    const result = ngramBaselines(train, test, 3);
    const unigram = Math.pow((11 / 23) * (11 / 23) * (1 / 23) * (11 / 23), -1 / 4);
    const p = [
      11 / 23, // first token: P₁(0)
      0.99 * 1 + 0.01 * (11 / 23), // P(1 | 0)
      0.01 * (1 / 23), // P(2 | 1): c(1, 2) = 0
      11 / 23, // P(0 | 2): 2 was never a history → P₁(0)
    ];
    const bigram = Math.pow(p[0]! * p[1]! * p[2]! * p[3]!, -1 / 4);
    expect(result.unigram.smoothing).toBe('add-one');
    expect(result.unigram.perplexity).toBeCloseTo(unigram, 12);
    expect(result.unigram.perplexity).toBeCloseTo(23 / Math.pow(11, 3 / 4), 12);
    expect(result.bigram).toEqual({ perplexity: expect.any(Number), smoothing: 'jelinek-mercer', lambda: 0.99 });
    expect(result.bigram.perplexity).toBeCloseTo(bigram, 12);
  });

  it('picks a small λ when the held-out bigrams were never seen', () => {
    // First 95 %: 0 1 0 1 …; held out: 2 2 … The history 2 never occurs in the counted part, and
    // the first held-out 2 follows a 1 that was always followed by 0, so less bigram weight is better.
    const train = new Int32Array(40).map((_, i) => (i < 38 ? i % 2 : 2));
    const result = ngramBaselines(train, new Int32Array([0, 1]), 3);
    expect(result.bigram.lambda).toBe(0.05);
  });

  it('the bigram beats the unigram on text with structure', () => {
    const train = new Int32Array(1000).map((_, i) => (i * 7) % 5);
    const test = new Int32Array(100).map((_, i) => (i * 7) % 5);
    const { unigram, bigram } = ngramBaselines(train, test, 5);
    expect(unigram.perplexity).toBeGreaterThan(4.9);
    expect(bigram.perplexity).toBeLessThan(1.3);
  });

  it('refuses bad input with typed errors', () => {
    const ok = new Int32Array([0, 1, 1]);
    expect(() => ngramBaselines(new Int32Array([0]), ok, 3)).toThrow(code('EMPTY_INPUT'));
    expect(() => ngramBaselines(ok, new Int32Array(0), 3)).toThrow(code('EMPTY_INPUT'));
    expect(() => ngramBaselines(ok, new Int32Array([3]), 3)).toThrow(code('OUT_OF_RANGE'));
    expect(() => ngramBaselines([0, 1.5] as never, ok, 3)).toThrow(code('INVALID_VALUE'));
    expect(() => ngramBaselines('01' as never, ok, 3)).toThrow(code('INVALID_ARGUMENT'));
    expect(() => ngramBaselines(ok, ok, 0)).toThrow(code('INVALID_ARGUMENT'));
  });
});

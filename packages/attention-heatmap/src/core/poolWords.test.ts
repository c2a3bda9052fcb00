import { describe, expect, it } from 'vitest';
import type { AttentionData } from './attentionData.js';
import { poolWords } from './poolWords.js';
import { errorOf } from './testData.js';

const tokens = ['[CLS]', 'play', '##ing', 'ball', '[SEP]'];
const n = tokens.length;
// a deterministic, row-normalised 5 × 5 head
const raw = Array.from({ length: n * n }, (_, i) => 1 + ((i * 7) % 5));
const weights = Float32Array.from(raw, (v, i) => {
  const row = Math.floor(i / n);
  const sum = raw.slice(row * n, row * n + n).reduce((a, b) => a + b, 0);
  return v / sum;
});
const data: AttentionData = { queryTokens: tokens, keyTokens: tokens, weights, shape: [1, 1, n, n] };
const A = (q: number, k: number) => weights[q * n + k] as number;

describe('poolWords', () => {
  it('sums attention to a word over its subwords and averages attention from it', () => {
    const pooled = poolWords(data, [null, 0, 0, 1, null], { renormalise: false });
    expect(pooled.queryTokens).toEqual(['playing', 'ball']);
    expect(pooled.keyTokens).toBe(pooled.queryTokens);
    expect(pooled.shape).toEqual([1, 1, 2, 2]);
    // playing → playing: mean over rows 1, 2 of (A[q][1] + A[q][2])
    expect(pooled.weights[0]).toBeCloseTo((A(1, 1) + A(1, 2) + A(2, 1) + A(2, 2)) / 2, 6);
    expect(pooled.weights[1]).toBeCloseTo((A(1, 3) + A(2, 3)) / 2, 6);
    expect(pooled.weights[2]).toBeCloseTo(A(3, 1) + A(3, 2), 6);
    // renormalised (default): each row sums to 1 after dropping [CLS]/[SEP]
    const normalised = poolWords(data, [-1, 0, 0, 1, -1]);
    expect(normalised.weights[0]! + normalised.weights[1]!).toBeCloseTo(1, 6);
    expect(normalised.weights[0]! / normalised.weights[1]!).toBeCloseTo(pooled.weights[0]! / pooled.weights[1]!, 5);
  });

  it('groups by character offsets and labels words with the text', () => {
    const text = '학교에 갔다';
    const korean: AttentionData = {
      ...data,
      queryTokens: ['<s>', '▁학교', '에', '▁갔', '다'],
      keyTokens: ['<s>', '▁학교', '에', '▁갔', '다'],
    };
    const pooled = poolWords(korean, {
      text,
      offsets: [
        [0, 0],
        [0, 2],
        [2, 3],
        [3, 5],
        [5, 6],
      ],
    });
    expect(pooled.queryTokens).toEqual(['학교에', '갔다']);
    const byIds = poolWords(korean, [null, 0, 0, 1, 1]);
    expect(byIds.queryTokens).toEqual(['학교에', '갔다']);
    expect(Array.from(byIds.weights)).toEqual(Array.from(pooled.weights));
  });

  it('decodes byte-level word labels and keeps sentence pairs apart', () => {
    const gpt2 = ['ĠcafÃ', '©', 'Ġis', 'Ġopen'];
    const pooled = poolWords({ ...data, queryTokens: [...gpt2, '.'], keyTokens: [...gpt2, '.'] }, [0, 0, 1, 2, 3]);
    expect(pooled.queryTokens).toEqual(['café', 'is', 'open', '.']);

    // word ids restart at 0 in sentence B
    const pair = poolWords({ ...data, metadata: { sentenceBStart: 3 } }, [null, 0, 1, 0, null]);
    expect(pair.queryTokens).toEqual(['play', 'ing', 'ball']);
    expect(pair.metadata?.sentenceBStart).toBe(2);
  });

  it('pools masks (a word cell is masked only when all its cells are) and leaves cross-attention keys alone', () => {
    const mask = Uint8Array.from({ length: n * n }, (_, i) => (i % n <= Math.floor(i / n) ? 1 : 0));
    const pooled = poolWords({ ...data, mask }, [null, 0, 0, 1, null]);
    expect(Array.from(pooled.mask ?? [])).toEqual([1, 0, 1, 1]);
    const cross: AttentionData = { ...data, keyTokens: ['a', 'b', 'c', 'd', 'e'] };
    const pooledCross = poolWords(cross, [null, 0, 0, 1, null]);
    expect(pooledCross.shape).toEqual([1, 1, 2, 5]);
    expect(pooledCross.keyTokens).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('throws typed errors', () => {
    expect(errorOf(() => poolWords(data, [0, 1])).code).toBe('LENGTH_MISMATCH');
    expect(errorOf(() => poolWords(data, [null, null, null, null, null])).code).toBe('EMPTY_INPUT');
    expect(errorOf(() => poolWords(data, { text: 'ab', offsets: [[0, 9], null, null, null, null] })).code).toBe(
      'OUT_OF_RANGE',
    );
    expect(errorOf(() => poolWords(data, [0, 0.5, 1, 1, 1])).code).toBe('INVALID_VALUE');
  });
});

import { describe, expect, it } from 'vitest';
import type { AttentionData } from './attentionData.js';
import { hideTokens, isSpecialToken } from './hideTokens.js';
import { errorOf } from './testData.js';

const tokens = ['[CLS]', 'the', 'cat', '[SEP]', 'sat', '[SEP]'];
const n = tokens.length;
// every row: 0.5 on [CLS], the rest shared equally
const weights = Float32Array.from({ length: n * n }, (_, i) => (i % n === 0 ? 0.5 : 0.1));
const data: AttentionData = {
  queryTokens: tokens,
  keyTokens: tokens,
  weights,
  shape: [1, 1, n, n],
  mask: Uint8Array.from({ length: n * n }, (_, i) => (i === 7 ? 0 : 1)),
  metadata: { sentenceBStart: 4, model: 'bert' },
};

describe('isSpecialToken', () => {
  it('knows the control tokens of common tokenizers', () => {
    for (const t of [
      '[CLS]',
      '[SEP]',
      '[PAD]',
      '<s>',
      '</s>',
      '<pad>',
      '<|endoftext|>',
      '<|im_start|>',
      '<|eot_id|>',
      '<bos>',
      '<eos>',
      'Ġ<|endoftext|>',
      '▁</s>',
      '[unused3]',
      '<extra_id_0>',
    ])
      expect(isSpecialToken(t)).toBe(true);
    for (const t of ['the', 'Ġthe', '▁학교', '<0xEC>', '[MASK]', '<unk>', '[', '<', 'Ġ<', '|', '<s', 's>'])
      expect(isSpecialToken(t)).toBe(false);
  });
});

describe('hideTokens', () => {
  it('removes special tokens from both axes and renormalises each row', () => {
    const hidden = hideTokens(data);
    expect(hidden.shape).toEqual([1, 1, 3, 3]);
    expect(hidden.queryTokens).toEqual(['the', 'cat', 'sat']);
    expect(hidden.keyTokens).toBe(hidden.queryTokens);
    Array.from(hidden.weights).forEach((w) => expect(w).toBeCloseTo(1 / 3, 6));
    expect(hidden.metadata).toEqual({ sentenceBStart: 2, model: 'bert' });
    // the masked cell (query 'the', key 'the') follows the kept tokens
    expect(Array.from(hidden.mask ?? [])).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 1]);
    const raw = hideTokens(data, undefined, { renormalise: false });
    Array.from(raw.weights).forEach((w) => expect(w).toBeCloseTo(0.1, 6));
  });

  it('accepts indices, { query, key } and predicates', () => {
    expect(hideTokens(data, [0]).queryTokens).toEqual(tokens.slice(1));
    const keysOnly = hideTokens(data, { key: [0] });
    expect(keysOnly.shape).toEqual([1, 1, 6, 5]);
    expect(keysOnly.weights[0]).toBeCloseTo(0.2, 6);
    const byAxis = hideTokens(data, (token, _i, axis) => axis === 'key' && token === '[SEP]');
    expect(byAxis.keyTokens).toEqual(['[CLS]', 'the', 'cat', 'sat']);
    expect(byAxis.queryTokens).toEqual(tokens);
  });

  it('hides the tokens of cross attention per axis', () => {
    const cross: AttentionData = {
      queryTokens: ['<pad>', 'The', 'house'],
      keyTokens: ['Das', 'Haus', '</s>'],
      weights: Float32Array.from([0, 0.5, 0.5, 0.5, 0.25, 0.25, 0.2, 0.6, 0.2]),
      shape: [1, 1, 3, 3],
    };
    const hidden = hideTokens(cross);
    expect(hidden.queryTokens).toEqual(['The', 'house']);
    expect(hidden.keyTokens).toEqual(['Das', 'Haus']);
    expect(Array.from(hidden.weights).map((w) => Number(w.toFixed(4)))).toEqual([0.6667, 0.3333, 0.25, 0.75]);
  });

  it('throws typed errors', () => {
    expect(errorOf(() => hideTokens(data, () => true)).code).toBe('EMPTY_INPUT');
    expect(errorOf(() => hideTokens(data, [6])).code).toBe('OUT_OF_RANGE');
  });
});

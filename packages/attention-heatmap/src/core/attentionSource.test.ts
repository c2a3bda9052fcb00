import { describe, expect, it } from 'vitest';
import { aggregateHeads, attentionRollout } from './aggregate.js';
import { headMatrix } from './attentionData.js';
import { attentionSource, isAttentionSource, mapAttentionHeads, type AttentionSource } from './attentionSource.js';
import { decodeAttention, encodeAttention, openAttention } from './binaryFormat.js';
import { headSummaries } from './headSummaries.js';
import { hideTokens } from './hideTokens.js';
import { errorOf, randomAttention, withNaN } from './testData.js';

describe('attentionSource', () => {
  const data = randomAttention(3, 4, 6, 7, true);
  const bytes = encodeAttention(data);
  const decoded = decodeAttention(bytes);

  it('reads a lazily decoded export head by head, equal to the full decode', () => {
    const source = attentionSource(openAttention(bytes));
    expect(isAttentionSource(source)).toBe(true);
    expect(isAttentionSource(data)).toBe(false);
    expect(source.shape).toEqual([3, 4, 6, 6]);
    expect(source.mask).toEqual(data.mask);
    expect(source.metadata).toEqual({ causal: true });
    for (let l = 0; l < 3; l++)
      for (let h = 0; h < 4; h++) expect(source.head(l, h)).toEqual(headMatrix(decoded, l, h));
  });

  it('caches decoded heads (least recently used out first) and shares one source per input', () => {
    const reader = openAttention(bytes);
    const source = attentionSource(reader);
    expect(attentionSource(reader)).toBe(source);
    expect(attentionSource(source)).toBe(source);
    expect(source.head(1, 2)).toBe(source.head(1, 2));

    const small = attentionSource(reader, { cacheBytes: 2 * 36 * 4 }); // two heads of 6 × 6
    expect(small).not.toBe(source);
    const first = small.head(0, 0);
    const second = small.head(0, 1);
    expect(small.head(0, 0)).toBe(first); // 0,0 is now the most recent
    small.head(0, 2); // drops 0,1
    expect(small.head(0, 0)).toBe(first);
    const again = small.head(0, 1);
    expect(again).not.toBe(second);
    expect(again).toEqual(second);

    // The newest head is kept even when it alone is over the budget.
    const tiny = attentionSource(reader, { cacheBytes: 1 });
    expect(tiny.head(2, 3)).toBe(tiny.head(2, 3));
  });

  it('wraps AttentionData without copying, validating it at once', () => {
    const source = attentionSource(data);
    expect(source.head(2, 1)).toEqual(headMatrix(data, 2, 1));
    expect(source.head(2, 1).buffer).toBe(data.weights.buffer);
    expect(errorOf(() => source.head(3, 0)).code).toBe('OUT_OF_RANGE');
    const bad = { ...data, weights: data.weights.map((v, i) => (i === 40 ? -1 : v)) };
    expect(errorOf(() => attentionSource(bad)).code).toBe('INVALID_VALUE');
  });

  it('aggregates, rolls out and scores heads on demand, equal to the full decode', () => {
    const source = attentionSource(openAttention(bytes));
    for (const method of ['mean', 'max', 'sum'] as const) {
      expect(aggregateHeads(source, { layers: [1], heads: [0, 2, 3], method })).toEqual(
        aggregateHeads(decoded, { layers: [1], heads: [0, 2, 3], method }),
      );
      expect(aggregateHeads(source, { method })).toEqual(aggregateHeads(decoded, { method }));
    }
    expect(aggregateHeads(source, { layers: [2], heads: [1] })).toEqual(
      aggregateHeads(decoded, { layers: [2], heads: [1] }),
    );
    // The single-head path copies: masking does not change the cached head.
    expect(aggregateHeads(source, { layers: [2], heads: [1] })).not.toBe(source.head(2, 1));
    expect(attentionRollout(source, { throughLayer: 1 })).toEqual(attentionRollout(decoded, { throughLayer: 1 }));
    expect(attentionRollout(openAttention(bytes), { heads: 'max' })).toEqual(
      attentionRollout(decoded, { heads: 'max' }),
    );
    expect(headSummaries(source)).toEqual(headSummaries(decoded));
  });

  it('checks the header at once and each head when it is read, naming the layer and head', () => {
    const reader = openAttention(bytes);
    expect(errorOf(() => attentionSource({ ...reader, head: reader.head, queryTokens: ['a'] })).code).toBe(
      'LENGTH_MISMATCH',
    );
    const broken: AttentionSource = {
      shape: [2, 2, 2, 2],
      queryTokens: ['a', 'b'],
      keyTokens: ['a', 'b'],
      head: (layer, head) => Float32Array.from([1, 0, 0.5, layer === 1 && head === 0 ? Infinity : 0.5]),
    };
    const source = attentionSource(broken);
    expect(source.head(0, 1)).toEqual(Float32Array.from([1, 0, 0.5, 0.5]));
    const error = errorOf(() => source.head(1, 0));
    expect(error.code).toBe('INVALID_VALUE');
    expect(error.message).toContain('weights[1][0][1][1] (layer 1, head 0, counted from 0) is Infinity');

    const nan = attentionSource(openAttention(withNaN(data, [1, 3, 4, 2])));
    expect(nan.head(1, 2)).toEqual(headMatrix(decoded, 1, 2));
    const headError = errorOf(() => nan.head(1, 3));
    expect(headError.code).toBe('INVALID_FORMAT');
    expect(headError.message).toContain('weights[1][3][4][2] (layer 1, head 3, counted from 0) is NaN');
    expect(errorOf(() => decodeAttention(withNaN(data, [1, 3, 4, 2]))).message).toContain('weights[1][3][4][2]');
  });

  it('maps every head lazily with a token transform, equal to transforming all heads', () => {
    const tokens = ['[CLS]', 'a', 'b', '[SEP]', 'c', 'd'];
    const withSpecial = { ...randomAttention(2, 3, 6, 3), queryTokens: tokens, keyTokens: tokens };
    const full = hideTokens(withSpecial);
    const mapped = mapAttentionHeads(openAttention(encodeAttention(withSpecial)), (single) => hideTokens(single));
    const reference = hideTokens(decodeAttention(encodeAttention(withSpecial)));
    expect(mapped.shape).toEqual(full.shape);
    expect(mapped.queryTokens).toEqual(['a', 'b', 'c', 'd']);
    for (let l = 0; l < 2; l++)
      for (let h = 0; h < 3; h++) expect(mapped.head(l, h)).toEqual(headMatrix(reference, l, h));
    expect(errorOf(() => mapAttentionHeads(withSpecial, (single) => hideTokens(single, () => true))).code).toBe(
      'EMPTY_INPUT',
    );
  });
});

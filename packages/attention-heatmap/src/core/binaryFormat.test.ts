import { describe, expect, it } from 'vitest';
import type { AttentionData } from './attentionData.js';
import { decodeAttention, encodeAttention, openAttention } from './binaryFormat.js';
import { errorOf, randomAttention, toNested } from './testData.js';

function maxError(a: Float32Array, b: Float32Array): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs((a[i] as number) - (b[i] as number)));
  return max;
}

describe('encodeAttention / decodeAttention', () => {
  const data = randomAttention(2, 3, 96, 5);
  // the nested array as Python would write it, but with JSON.stringify: [layers][batch=1][heads][q][k]
  const json = JSON.stringify(toNested(data).map((layer) => [layer]));

  it('float16: ≤ ¼ of the JSON size, error ≤ 1e-3', () => {
    const bytes = encodeAttention(data, { precision: 'float16' });
    expect(bytes.byteLength).toBeLessThanOrEqual(json.length / 4);
    const back = decodeAttention(bytes);
    expect(back.shape).toEqual(data.shape);
    expect(back.queryTokens).toEqual(data.queryTokens);
    expect(back.keyTokens).toEqual(data.keyTokens);
    expect(maxError(back.weights, data.weights)).toBeLessThanOrEqual(1e-3);
    expect(maxError(back.weights, data.weights)).toBeLessThanOrEqual(2 ** -12);
  });

  it('uint8: ≤ ¼ of the JSON size, error ≤ rowMax / 255 per row (small rows keep precision)', () => {
    const scaled = randomAttention(2, 3, 96, 6);
    // make some rows tiny: a row-wise scale keeps their relative precision
    for (let i = 0; i < 96 * 10; i++) scaled.weights[i] = (scaled.weights[i] as number) * 1e-4;
    const bytes = encodeAttention(scaled, { precision: 'uint8' });
    expect(bytes.byteLength).toBeLessThanOrEqual(json.length / 4);
    expect(bytes.byteLength).toBeLessThan(encodeAttention(scaled).byteLength);
    const back = decodeAttention(bytes);
    const [, , , k] = scaled.shape;
    for (let row = 0; row < scaled.weights.length / k; row++) {
      const original = scaled.weights.subarray(row * k, (row + 1) * k);
      const decoded = back.weights.subarray(row * k, (row + 1) * k);
      const rowMax = Math.max(...original);
      expect(maxError(original, decoded)).toBeLessThanOrEqual(rowMax / 255);
    }
  });

  it('keeps cross-attention tokens, Hangul, the mask and the metadata', () => {
    const cross: AttentionData = {
      queryTokens: ['나는', '학교에', '<0xEC>'],
      keyTokens: ['I', 'Ġgo', 'Ġto', 'Ġschool'],
      weights: new Float32Array(Array.from({ length: 12 }, () => 0.25)),
      shape: [1, 1, 3, 4],
      mask: Uint8Array.from([1, 1, 1, 0, 1, 1, 1, 1, 0, 0, 0, 1]),
      metadata: { model: 'toy', causal: false, sentenceBStart: 2, note: '“dot-product attention”' },
    };
    for (const precision of ['float16', 'uint8'] as const) {
      const back = decodeAttention(encodeAttention(cross, { precision }));
      expect(back.queryTokens).toEqual(cross.queryTokens);
      expect(back.keyTokens).toEqual(cross.keyTokens);
      expect(Array.from(back.mask ?? [])).toEqual(Array.from(cross.mask ?? []));
      expect(back.metadata).toEqual(cross.metadata);
      expect(Array.from(back.weights)).toEqual(Array.from(cross.weights));
    }
    const plain = decodeAttention(encodeAttention(randomAttention(1, 1, 3)));
    expect(plain.mask).toBeUndefined();
    expect(plain.metadata).toBeUndefined();
  });

  it('decodes into a given buffer and from an unaligned view', () => {
    const bytes = encodeAttention(data);
    const into = new Float32Array(data.weights.length);
    expect(decodeAttention(bytes, { into }).weights).toBe(into);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(maxError(decodeAttention(shifted.subarray(1)).weights, data.weights)).toBeLessThanOrEqual(2 ** -12);
    expect(errorOf(() => decodeAttention(bytes, { into: new Float32Array(3) })).code).toBe('LENGTH_MISMATCH');
  });

  it('opens an export lazily and decodes single heads (odd sizes, unaligned starts)', () => {
    const odd = randomAttention(2, 3, 7, 9); // 49 values per head: heads start at odd offsets
    for (const precision of ['float16', 'uint8'] as const) {
      const bytes = encodeAttention(odd, { precision });
      const reader = openAttention(bytes);
      expect(reader.shape).toEqual([2, 3, 7, 7]);
      expect(reader.precision).toBe(precision);
      expect(reader.queryTokens).toEqual(odd.queryTokens);
      const all = reader.decode();
      for (let l = 0; l < 2; l++) {
        for (let h = 0; h < 3; h++) {
          const start = (l * 3 + h) * 49;
          expect(Array.from(reader.head(l, h))).toEqual(Array.from(all.weights.subarray(start, start + 49)));
        }
      }
      const into = new Float32Array(49);
      expect(reader.head(1, 2, into)).toBe(into);
      expect(errorOf(() => reader.head(2, 0)).code).toBe('OUT_OF_RANGE');
      expect(errorOf(() => reader.head(0, 0, new Float32Array(48))).code).toBe('LENGTH_MISMATCH');
    }
  });

  it('rejects invalid data and unknown options with typed errors', () => {
    const bad = randomAttention(1, 1, 2);
    bad.weights[1] = Number.NaN;
    expect(errorOf(() => encodeAttention(bad)).code).toBe('INVALID_VALUE');
    expect(errorOf(() => encodeAttention(data, { precision: 'int4' as never })).code).toBe('INVALID_OPTION');
  });

  it('throws typed errors for corrupt or truncated bytes', () => {
    const bytes = encodeAttention(randomAttention(1, 2, 8));
    expect(errorOf(() => decodeAttention(bytes.subarray(0, 10))).code).toBe('TRUNCATED_DATA');
    expect(errorOf(() => decodeAttention(bytes.subarray(0, bytes.length - 1))).message).toMatch(/cut short/);
    expect(errorOf(() => decodeAttention(new Uint8Array([1, 2, 3, 4, 5]))).message).toMatch(/"TSAT"/);
    expect(errorOf(() => decodeAttention(new TextEncoder().encode('{"weights": [1, 2, 3], "tokens": []}'))).code).toBe(
      'INVALID_FORMAT',
    );
    const longer = new Uint8Array(bytes.length + 4);
    longer.set(bytes);
    expect(errorOf(() => decodeAttention(longer)).code).toBe('INVALID_FORMAT');

    const version = bytes.slice();
    version[4] = 9;
    expect(errorOf(() => decodeAttention(version)).code).toBe('UNSUPPORTED_VERSION');
    const precision = bytes.slice();
    precision[5] = 7;
    expect(errorOf(() => decodeAttention(precision)).code).toBe('INVALID_FORMAT');
    const tokenLength = bytes.slice();
    new DataView(tokenLength.buffer).setUint32(32, 1000, true); // first token "claims" 1000 bytes
    expect(errorOf(() => decodeAttention(tokenLength)).code).toBe('INVALID_FORMAT');
    const shape = bytes.slice();
    new DataView(shape.buffer).setUint32(16, 9, true); // qLen 8 → 9
    expect(errorOf(() => decodeAttention(shape)).code).toBe('TRUNCATED_DATA');
    const negative = bytes.slice();
    negative[negative.length - 1] = 0xbc; // last half becomes negative
    expect(errorOf(() => decodeAttention(negative)).code).toBe('INVALID_FORMAT');
    const utf8 = encodeAttention({ ...randomAttention(1, 1, 1), queryTokens: ['é'], keyTokens: ['é'] });
    utf8[36] = 0xff; // first byte of the token
    expect(errorOf(() => decodeAttention(utf8)).message).toMatch(/UTF-8/);
    expect(errorOf(() => decodeAttention('TSAT' as never)).code).toBe('INVALID_FORMAT');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUNDLE_MAGIC, decodeEmbeddingBundle, encodeEmbeddingBundle } from './bundle.js';
import { type EmbeddingData } from './embeddingData.js';
import { thrown } from './thrown.testing.js';

function sample(): EmbeddingData {
  return {
    vectors: new Float32Array([0.5, -1, 0.25, 0, 0, 0, 3, 2, -7.5]),
    count: 3,
    dimensions: 3,
    labels: ['king', '왕', 'queen 👑'],
    columns: [
      { kind: 'category', name: 'topic', categories: ['royalty', 'other'], codes: new Uint32Array([0, 1, 0]) },
      { kind: 'number', name: 'frequency rank', values: new Float32Array([1, NaN, 3]), min: 1, max: 3 },
    ],
  };
}

describe('encodeEmbeddingBundle / decodeEmbeddingBundle', () => {
  it('decodes from a view into a larger buffer, such as a Node Buffer from readFile', () => {
    const bytes = encodeEmbeddingBundle(sample(), { quantize: 'float32' });
    // A Buffer at a non-zero offset whose own slice() is a view, not a copy.
    const pooled = Buffer.concat([Buffer.alloc(5, 0xff), Buffer.from(bytes)]).subarray(5);
    expect(pooled.byteOffset).toBeGreaterThan(0);
    expect(Array.from(decodeEmbeddingBundle(pooled).vectors)).toEqual(Array.from(sample().vectors));
  });
  it('starts with the magic and a 4-byte aligned body', () => {
    const bytes = encodeEmbeddingBundle(sample());
    expect(new TextDecoder().decode(bytes.subarray(0, 8))).toBe(BUNDLE_MAGIC);
    expect(bytes.byteLength % 4).toBe(0);
  });

  it('round-trips float32 exactly, with labels in Hangul and emoji, columns and meta', () => {
    const data = sample();
    const decoded = decodeEmbeddingBundle(encodeEmbeddingBundle(data, { quantize: 'float32', meta: { source: 'x' } }));
    expect(decoded.count).toBe(3);
    expect(decoded.dimensions).toBe(3);
    expect(decoded.vectors).toEqual(data.vectors);
    expect(decoded.labels).toEqual(['king', '왕', 'queen 👑']);
    expect(decoded.columns).toEqual(data.columns);
    expect(decoded.meta).toEqual({ source: 'x' });
    expect(decoded.coordinates).toBeUndefined();
  });

  it('round-trips int8 within half a step per value, and all-zero rows exactly', () => {
    const data = sample();
    const bytes = encodeEmbeddingBundle(data);
    const decoded = decodeEmbeddingBundle(bytes.buffer as ArrayBuffer);
    expect(Array.from(decoded.vectors.subarray(3, 6))).toEqual([0, 0, 0]);
    // Row 2: max |value| 7.5, so each value is within 7.5 / 127 / 2.
    for (let j = 6; j < 9; j++) {
      expect(Math.abs((decoded.vectors[j] as number) - (data.vectors[j] as number))).toBeLessThanOrEqual(
        7.5 / 127 / 2 + 1e-6,
      );
    }
    // The row's largest value comes back exactly (it is ±127 × scale).
    expect(decoded.vectors[8]).toBeCloseTo(-7.5, 5);
  });

  it('round-trips optional coordinates and many categories (uint16 codes)', () => {
    const count = 300;
    const data: EmbeddingData = {
      vectors: new Float32Array(count * 2).map((_, i) => Math.sin(i)),
      count,
      dimensions: 2,
      labels: Array.from({ length: count }, (_, i) => `w${i}`),
      columns: [
        {
          kind: 'category',
          name: 'id',
          categories: Array.from({ length: count }, (_, i) => `c${i}`),
          codes: Uint32Array.from({ length: count }, (_, i) => count - 1 - i),
        },
      ],
      coordinates: { values: new Float32Array(count * 3).map((_, i) => i / 7), dimensions: 3, name: 'umap' },
    };
    const decoded = decodeEmbeddingBundle(encodeEmbeddingBundle(data));
    expect(decoded.columns).toEqual(data.columns);
    expect(decoded.coordinates).toEqual(data.coordinates);
  });

  it('int8 error is at most scale / 2 per value (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.float({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }), {
          minLength: 54,
          maxLength: 54,
        }),
        (count, dimensions, pool) => {
          const vectors = Float32Array.from({ length: count * dimensions }, (_, i) => pool[i % pool.length] as number);
          const data: EmbeddingData = {
            vectors,
            count,
            dimensions,
            labels: Array.from({ length: count }, (_, i) => String(i)),
            columns: [],
          };
          const decoded = decodeEmbeddingBundle(encodeEmbeddingBundle(data, { quantize: 'int8' }));
          for (let i = 0; i < count; i++) {
            let maxAbs = 0;
            for (let j = 0; j < dimensions; j++)
              maxAbs = Math.max(maxAbs, Math.abs(vectors[i * dimensions + j] as number));
            const scale = Math.fround(maxAbs / 127);
            for (let j = 0; j < dimensions; j++) {
              const k = i * dimensions + j;
              const error = Math.abs((decoded.vectors[k] as number) - (vectors[k] as number));
              // Half a step, plus float32 rounding of the decoded product (and of subnormal scales).
              expect(error).toBeLessThanOrEqual(scale / 2 + maxAbs * 1e-6 + 1e-40);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rejects a file without the magic', () => {
    const error = thrown(() => decodeEmbeddingBundle(new TextEncoder().encode('{"count": 1}')));
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.message).toContain('not a tensorscope embedding bundle');
    expect(thrown(() => decodeEmbeddingBundle(new Uint8Array(0))).code).toBe('PARSE_ERROR');
  });

  it('rejects an unknown version', () => {
    const bytes = encodeEmbeddingBundle(sample());
    bytes.set(new TextEncoder().encode('TSEMB999'), 0);
    const error = thrown(() => decodeEmbeddingBundle(bytes));
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.message).toContain("version '999'");
    expect(error.details).toMatchObject({ reason: 'version', version: '999' });
  });

  it('rejects truncated data, naming the section and the expected and actual bytes', () => {
    const bytes = encodeEmbeddingBundle(sample(), { quantize: 'float32' });
    const cut = bytes.slice(0, bytes.byteLength - 4);
    const error = thrown(() => decodeEmbeddingBundle(cut));
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.message).toMatch(/section 'column:1' needs \d+ bytes but the file has \d+/);
    expect(error.details).toMatchObject({ reason: 'truncated', expectedBytes: bytes.byteLength });
    const header = thrown(() => decodeEmbeddingBundle(bytes.slice(0, 20)));
    expect(header.message).toContain('the header needs');
  });

  it('rejects a corrupt header', () => {
    const bytes = encodeEmbeddingBundle(sample());
    bytes[12] = 0x7b + 1; // '{' → '|'
    const error = thrown(() => decodeEmbeddingBundle(bytes));
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.details).toMatchObject({ reason: 'header' });
  });

  it('refuses inconsistent data on encode', () => {
    const data = sample();
    expect(thrown(() => encodeEmbeddingBundle({ ...data, labels: ['a'] })).code).toBe('LENGTH_MISMATCH');
    expect(thrown(() => encodeEmbeddingBundle({ ...data, vectors: new Float32Array(2) })).code).toBe('LENGTH_MISMATCH');
    const infinite = { ...data, vectors: new Float32Array(9).fill(Infinity) };
    expect(thrown(() => encodeEmbeddingBundle(infinite)).code).toBe('INVALID_VALUE');
    // The float32 writer copies values as they are; the reader refuses the non-finite ones (issue "Hardening").
    const decoded = thrown(() => decodeEmbeddingBundle(encodeEmbeddingBundle(infinite, { quantize: 'float32' })));
    expect(decoded.code).toBe('PARSE_ERROR');
    expect(decoded.details).toMatchObject({ field: 'vectors', row: 1 });
  });
});

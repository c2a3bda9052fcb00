import { describe, expect, it } from 'vitest';

import { parseProjectorBytes } from './projectorBytes.js';
import { thrown } from '../thrown.testing.js';

describe('parseProjectorBytes', () => {
  it('round-trips float32 little-endian values written byte by byte', () => {
    const values = [1.5, -2, 0.1, 3e-8, 1e30, -0.25];
    const view = new DataView(new ArrayBuffer(values.length * 4));
    values.forEach((value, i) => view.setFloat32(i * 4, value, true));
    const data = parseProjectorBytes(view.buffer, [3, 2], { metadata: 'a\nb\nc\n' });
    expect(data.count).toBe(3);
    expect(data.dimensions).toBe(2);
    expect(Array.from(data.vectors)).toEqual(values.map(Math.fround));
    expect(data.labels).toEqual(['a', 'b', 'c']);
  });

  it('reads an unaligned byte view (as Node Buffers can be)', () => {
    const bytes = new Uint8Array(1 + 16);
    new DataView(bytes.buffer).setFloat32(1 + 12, 7, true);
    const data = parseProjectorBytes(bytes.subarray(1), [2, 2]);
    expect(Array.from(data.vectors)).toEqual([0, 0, 0, 7]);
  });

  it('names the byte length and the length the shape needs', () => {
    const error = thrown(() => parseProjectorBytes(new ArrayBuffer(20), [2, 3], { fileName: 'w.bytes' }));
    expect(error.code).toBe('LENGTH_MISMATCH');
    expect(error.message).toBe(
      'w.bytes has 20 bytes, but a float32 tensor of shape [2, 3] needs 2 × 3 × 4 = 24 bytes.',
    );
    expect(error.location).toEqual({ file: 'w.bytes' });
  });

  it('rejects a bad shape and non-finite values', () => {
    expect(thrown(() => parseProjectorBytes(new ArrayBuffer(8), [2, 0] as never)).code).toBe('INVALID_SHAPE');
    const nan = new Float32Array([1, 2, NaN, 4]);
    const error = thrown(() => parseProjectorBytes(nan.buffer, [2, 2]));
    expect(error.code).toBe('INVALID_VALUE');
    expect(error.message).toContain('Row 2, column 1');
  });
});

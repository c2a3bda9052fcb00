import { describe, expect, it } from 'vitest';
import { pcaKernel } from './pcaKernel.js';

function seeded(length: number, seed: number, offset = 0): Float32Array {
  let s = seed;
  return Float32Array.from({ length }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s / 4294967296) * 2 - 1 + offset;
  });
}

describe('pcaKernel (WebAssembly SIMD)', () => {
  const kernel = pcaKernel();

  it('loads where WebAssembly SIMD exists (Node 20+)', () => {
    expect(kernel).not.toBeNull();
  });

  // Widths that are and are not multiples of the 4 × 8 tiles, row counts that are not multiples of 4.
  it.each([2, 3, 7, 8, 13, 100])('stats, centring, the upper triangle of XᵀX and the projection, d = %i', (d) => {
    const k = kernel!;
    const rows = 37;
    const x = seeded(rows * d, d, 0.5);
    const dp = Math.ceil(d / 8) * 8;
    const align = (bytes: number) => Math.ceil(bytes / 16) * 16;
    const sumsAt = 0;
    const maxAt = align(8 * d);
    const meanAt = maxAt + 16;
    const axesAt = align(meanAt + 4 * d);
    const cAt = align(axesAt + 4 * 2 * d);
    const outAt = cAt + 8 * dp * dp;
    const xAt = align(outAt + 4 * rows * 2);
    const need = xAt + 4 * rows * d + 64;
    if (k.memory.buffer.byteLength < need) k.memory.grow(Math.ceil((need - k.memory.buffer.byteLength) / 65536));
    const f32 = new Float32Array(k.memory.buffer);
    const f64 = new Float64Array(k.memory.buffer);
    new Uint8Array(k.memory.buffer, 0, need).fill(0);
    f32.set(x, xAt / 4);
    k.stats(xAt, rows, d, sumsAt, maxAt);
    const mean = Array.from({ length: d }, (_, j) => {
      let s = 0;
      for (let i = 0; i < rows; i++) s += x[i * d + j]!;
      return s / rows;
    });
    for (let j = 0; j < d; j++) expect(f64[sumsAt / 8 + j]! / rows).toBeCloseTo(mean[j]!, 10);
    expect(f32[maxAt / 4]).toBe(Math.max(...Array.from(x, Math.abs)));
    for (let j = 0; j < d; j++) f32[meanAt / 4 + j] = mean[j]!;
    k.center(xAt, rows, d, meanAt, 0.5);
    const centred = Float64Array.from(x, (v, i) => (v - Math.fround(mean[i % d]!)) * 0.5);
    k.gram(xAt, rows, d, dp, cAt);
    for (let i = 0; i < d; i++)
      for (let j = i; j < d; j++) {
        let s = 0;
        for (let r = 0; r < rows; r++) s += centred[r * d + i]! * centred[r * d + j]!;
        expect(f64[cAt / 8 + i * dp + j]).toBeCloseTo(s, 4);
      }
    const axes = seeded(2 * d, 99);
    f32.set(axes, axesAt / 4);
    k.project(xAt, rows, d, axesAt, 2, outAt);
    for (let r = 0; r < rows; r++)
      for (let a = 0; a < 2; a++) {
        let s = 0;
        for (let j = 0; j < d; j++) s += centred[r * d + j]! * axes[a * d + j]!;
        expect(f32[outAt / 4 + r * 2 + a]).toBeCloseTo(s, 4);
      }
  });

  it('turns max |x| into NaN or Infinity when a value is not finite', () => {
    const k = kernel!;
    const f32 = new Float32Array(k.memory.buffer);
    new Uint8Array(k.memory.buffer, 0, 1024).fill(0);
    f32.set([1, 2, NaN, 3, 4, 5, 6, 7], 64);
    k.stats(256, 2, 4, 0, 128);
    expect(Number.isNaN(f32[32])).toBe(true);
    f32[32] = 0;
    f32.set([1, 2, 3, 4, 5, 6, -Infinity], 64);
    k.stats(256, 1, 7, 0, 128);
    expect(f32[32]).toBe(Infinity);
  });
});

import { describe, expect, it } from 'vitest';
import { float16DecodeTable, float32BitsToFloat16, fromFloat16Bits, toFloat16Bits } from './float16.js';

describe('float16 conversion', () => {
  it('encodes known values exactly', () => {
    expect(toFloat16Bits(0)).toBe(0x0000);
    expect(toFloat16Bits(-0)).toBe(0x8000);
    expect(toFloat16Bits(1)).toBe(0x3c00);
    expect(toFloat16Bits(0.5)).toBe(0x3800);
    expect(toFloat16Bits(-2)).toBe(0xc000);
    expect(toFloat16Bits(65504)).toBe(0x7bff);
    expect(toFloat16Bits(2 ** -14)).toBe(0x0400); // smallest normal
    expect(toFloat16Bits(2 ** -24)).toBe(0x0001); // smallest subnormal
    expect(toFloat16Bits(Infinity)).toBe(0x7c00);
    expect(toFloat16Bits(1e6)).toBe(0x7c00); // overflow
    expect(toFloat16Bits(NaN) & 0x7e00).toBe(0x7e00);
  });

  it('rounds to nearest, ties to even', () => {
    const ulp = 2 ** -10; // spacing of halves in [1, 2)
    expect(toFloat16Bits(1 + ulp / 2)).toBe(0x3c00); // tie → even (down)
    expect(toFloat16Bits(1 + (3 * ulp) / 2)).toBe(0x3c02); // tie → even (up)
    expect(toFloat16Bits(1 + ulp / 2 + 2 ** -20)).toBe(0x3c01); // above the tie
    expect(toFloat16Bits(65519)).toBe(0x7bff);
    expect(toFloat16Bits(65520)).toBe(0x7c00); // ties to even → Infinity
    expect(toFloat16Bits(2 ** -25)).toBe(0x0000); // tie between 0 and the smallest subnormal → 0
    expect(toFloat16Bits(2 ** -25 * 1.5)).toBe(0x0001);
    expect(toFloat16Bits(3 * 2 ** -25)).toBe(0x0002); // tie between 1 and 2 subnormal ulps → 2
    expect(toFloat16Bits(2 ** -26)).toBe(0x0000);
  });

  it('round-trips every finite half exactly and agrees with a reference rounding', () => {
    const table = float16DecodeTable();
    const floats = new Float32Array(65536);
    new Uint32Array(floats.buffer).set(table);
    const back = new Uint16Array(65536);
    float32BitsToFloat16(new Uint32Array(floats.buffer), back);
    for (let h = 0; h < 65536; h++) {
      const isNaN = (h & 0x7c00) === 0x7c00 && (h & 0x3ff) !== 0;
      if (!isNaN) expect(back[h]).toBe(h);
    }
    expect(fromFloat16Bits(0x3555)).toBeCloseTo(0.333251953125, 12);
    expect(fromFloat16Bits(0x0001)).toBe(2 ** -24);
    expect(fromFloat16Bits(0xfc00)).toBe(-Infinity);

    // reference: the nearest half by search, ties to even
    const halves = Array.from({ length: 0x7c00 }, (_, h) => fromFloat16Bits(h));
    let seed = 7;
    for (let i = 0; i < 600; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const x = Math.fround((seed / 2 ** 31) * 2 ** -(i % 30));
      let best = 0;
      for (let h = 1; h < halves.length; h++) {
        const d = Math.abs((halves[h] as number) - x) - Math.abs((halves[best] as number) - x);
        if (d < 0 || (d === 0 && h % 2 === 0)) best = h;
      }
      expect(toFloat16Bits(x)).toBe(best);
    }
  });
});

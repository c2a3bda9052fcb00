import { describe, expect, it } from 'vitest';
import {
  MISSING_COLOR,
  OTHER_COLOR,
  OTHER_COLOR_HEX,
  TOL_MUTED,
  categoryColor,
  categoryColorHex,
  hexToRgb,
  numericColor,
  numericColorTable,
  oklchToRgb,
  rgbToHex,
} from './palette.js';

const distance = (a: number[], b: number[]) => Math.hypot(...a.map((x, i) => (x - (b[i] as number)) * 255));

describe('categoryColor', () => {
  it("starts with Paul Tol's muted scheme", () => {
    expect(TOL_MUTED.map((_, i) => categoryColorHex(i))).toEqual(TOL_MUTED.map((hex) => hex.toLowerCase()));
    expect(categoryColor(0)).toEqual([0x33 / 255, 0x22 / 255, 0x88 / 255]);
  });

  it('gives 4096 categories 4096 different, non-grey colours, the first 256 well apart', () => {
    const hexes = Array.from({ length: 4096 }, (_, i) => categoryColorHex(i));
    expect(new Set(hexes).size).toBe(4096);
    expect(hexes).not.toContain(OTHER_COLOR_HEX.toLowerCase());
    for (const hex of hexes) {
      const rgb = hexToRgb(hex);
      expect(Math.max(...rgb) - Math.min(...rgb)).toBeGreaterThan(0.15);
    }
    let closest = Infinity;
    for (let i = 0; i < 256; i++) {
      for (let j = 0; j < i; j++) closest = Math.min(closest, distance(categoryColor(i), categoryColor(j)));
    }
    expect(closest).toBeGreaterThan(3.5);
  });

  it('is deterministic and agrees between hex and rgb', () => {
    expect(categoryColorHex(300)).toBe(categoryColorHex(300));
    expect(rgbToHex(categoryColor(300))).toBe(categoryColorHex(300));
  });

  it('rejects a negative or fractional index', () => {
    expect(() => categoryColorHex(-1)).toThrow(/whole number/);
    expect(() => categoryColor(1.5)).toThrow(/whole number/);
  });

  it('has grey "other" and "missing" colours', () => {
    expect(rgbToHex(OTHER_COLOR)).toBe('#bbbbbb');
    expect(rgbToHex(MISSING_COLOR)).toBe('#dddddd');
  });
});

describe('colour conversions', () => {
  it('round-trips hex', () => {
    expect(rgbToHex(hexToRgb('#12aBef'))).toBe('#12abef');
    expect(rgbToHex([2, -1, 0.5])).toBe('#ff0080');
    expect(() => hexToRgb('red')).toThrow(/#rrggbb/);
  });

  it('maps OKLCH white, black and a known red to sRGB', () => {
    expect(rgbToHex(oklchToRgb(1, 0, 0))).toBe('#ffffff');
    expect(rgbToHex(oklchToRgb(0, 0, 0))).toBe('#000000');
    // CSS Color 4: oklch(62.8% 0.2577 29.23) is #ff0000.
    expect(rgbToHex(oklchToRgb(0.62796, 0.25768, 29.2339))).toBe('#ff0000');
  });

  it('clips out-of-gamut chroma but keeps the colour valid', () => {
    const rgb = oklchToRgb(0.9, 0.4, 140);
    for (const channel of rgb) {
      expect(channel).toBeGreaterThanOrEqual(0);
      expect(channel).toBeLessThanOrEqual(1);
    }
  });
});

describe('numericColor', () => {
  it("matches matplotlib's viridis and cividis at the ends and middle", () => {
    const near = (actual: number[], expected: number[]) => expect(distance(actual, expected)).toBeLessThan(1);
    near(numericColor(0, 'viridis'), [0.267004, 0.004874, 0.329415]);
    near(numericColor(1, 'viridis'), [0.993248, 0.906157, 0.143936]);
    near(numericColor(128 / 255, 'viridis'), [0.127568, 0.566949, 0.550556]); // #21918c
    near(numericColor(0, 'cividis'), [0, 0.135112, 0.304751]);
    near(numericColor(1, 'cividis'), [0.995737, 0.909344, 0.217772]);
  });

  it('clamps, interpolates and greys out NaN', () => {
    expect(numericColor(-3)).toEqual(numericColor(0));
    expect(numericColor(7)).toEqual(numericColor(1));
    const a = numericColor(10 / 255);
    const b = numericColor(11 / 255);
    const mid = numericColor(10.5 / 255);
    mid.forEach((x, i) => expect(x).toBeCloseTo(((a[i] as number) + (b[i] as number)) / 2, 6));
    expect(numericColor(NaN, 'cividis')).toEqual([...MISSING_COLOR]);
  });

  it('gets brighter along viridis (perceptually ordered)', () => {
    const luminance = ([r, g, b]: number[]) => 0.2126 * (r as number) + 0.7152 * (g as number) + 0.0722 * (b as number);
    for (let i = 1; i <= 16; i++) {
      expect(luminance(numericColor(i / 16))).toBeGreaterThan(luminance(numericColor((i - 1) / 16)));
    }
  });

  it('exposes 256-entry tables and rejects unknown schemes', () => {
    expect(numericColorTable('cividis').length).toBe(768);
    expect(() => numericColor(0.5, 'magma' as 'viridis')).toThrow(/Unknown colour scheme "magma"/);
  });
});

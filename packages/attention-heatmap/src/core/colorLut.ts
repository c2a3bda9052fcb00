import type { ThemeName } from '@tensorscope/common';
import { createAttentionColorScale } from './colorScale.js';

/** How weights map to colour: linear, or sqrt / log to lift small weights out of the background. */
export type ColorTransfer = 'linear' | 'sqrt' | 'log';

const LOG_K = 999;

/** Position in [0, 1] on the colour ramp of a weight in [0, max]. */
export function colorPosition(value: number, max: number, transfer: ColorTransfer): number {
  const x = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  if (transfer === 'sqrt') return Math.sqrt(x);
  if (transfer === 'log') return Math.log10(1 + LOG_K * x) / Math.log10(1 + LOG_K);
  return x;
}

/** The weight at a ramp position (the inverse of `colorPosition`), for legend ticks. */
export function weightAtPosition(position: number, max: number, transfer: ColorTransfer): number {
  const p = Math.min(1, Math.max(0, position));
  if (transfer === 'sqrt') return p * p * max;
  if (transfer === 'log') return ((10 ** (p * Math.log10(1 + LOG_K)) - 1) / LOG_K) * max;
  return p * max;
}

/** 256 RGBA colours of the theme's ramp, for painting pixels directly (fast for long sequences). */
export function createColorLut(theme: ThemeName): Uint8ClampedArray {
  const scale = createAttentionColorScale(theme, 255);
  const lut = new Uint8ClampedArray(256 * 4);
  for (let i = 0; i < 256; i++) {
    const [r, g, b] = (scale(i).match(/\d+/g) ?? ['0', '0', '0']).map(Number) as [number, number, number];
    lut.set([r, g, b, 255], i * 4);
  }
  return lut;
}

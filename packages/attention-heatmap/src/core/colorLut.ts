import type { ThemeName } from '@tensorscope/common';
import { scaleLinear } from '@visx/scale';
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

/**
 * Diverging, colour-blind-safe ramps (ColorBrewer RdBu) for signed scores: blue below 0, the
 * theme's background at 0, red above — bright at the extremes in dark mode.
 */
export const DIVERGING_RAMPS: Readonly<Record<ThemeName, readonly string[]>> = {
  light: ['#2166ac', '#67a9cf', '#d1e5f0', '#f7f7f7', '#fddbc7', '#ef8a62', '#b2182b'],
  dark: ['#9ecae1', '#3182bd', '#1f3b5c', '#1d2430', '#5c2a2a', '#de2d26', '#fc9272'],
};

/** Position in [0, 1] on the diverging ramp of a score in [−max, max] (0.5 = zero). */
export function divergingPosition(value: number, max: number): number {
  return max > 0 ? (Math.min(1, Math.max(-1, value / max)) + 1) / 2 : 0.5;
}

/** 256 RGBA colours of the theme's diverging ramp. */
export function createDivergingLut(theme: ThemeName): Uint8ClampedArray {
  const scale = divergingScale(theme);
  const lut = new Uint8ClampedArray(256 * 4);
  for (let i = 0; i < 256; i++) {
    const [r, g, b] = (scale(i / 255).match(/\d+/g) ?? ['0', '0', '0']).map(Number) as [number, number, number];
    lut.set([r, g, b, 255], i * 4);
  }
  return lut;
}

/** Maps a ramp position in [0, 1] to a diverging colour. */
export function divergingScale(theme: ThemeName): (position: number) => string {
  const ramp = DIVERGING_RAMPS[theme];
  const scale = scaleLinear<string>({
    domain: ramp.map((_, i) => i / (ramp.length - 1)),
    range: [...ramp],
    clamp: true,
  });
  return (position: number) => scale(position);
}

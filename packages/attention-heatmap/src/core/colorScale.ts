import type { ThemeName } from '@tensorscope/common';
import { checkNumber, checkOneOf } from '@tensorscope/common';
import { scaleLinear } from '@visx/scale';

/**
 * Sequential, colour-blind-safe ramps (ColorBrewer Blues / YlGnBu). Low attention blends into the
 * background of each theme; high attention stands out.
 */
export const ATTENTION_RAMPS: Readonly<Record<ThemeName, readonly string[]>> = {
  light: ['#f7fbff', '#c6dbef', '#6baed6', '#2171b5', '#08306b'],
  dark: ['#1d2430', '#253494', '#2c7fb8', '#41b6c4', '#ffffcc'],
};

/** Maps a weight in [0, max] to a colour of the theme's ramp. */
export function createAttentionColorScale(theme: ThemeName, max: number): (value: number) => string {
  checkOneOf(theme, 'theme', ['light', 'dark']);
  const ramp = ATTENTION_RAMPS[theme];
  const top = typeof max === 'number' && max > 0 && Number.isFinite(max) ? max : 1;
  const domain = ramp.map((_, i) => (top * i) / (ramp.length - 1));
  const scale = scaleLinear<string>({ domain, range: [...ramp], clamp: true });
  return (value: number) => scale(checkNumber(value, 'value'));
}

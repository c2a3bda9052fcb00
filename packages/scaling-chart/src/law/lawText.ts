import { formatNumber, interpolate, type Locale } from '@tensorscope/common';
import { formatCount } from '../core/formatCount.js';
import { formatScientific } from '../core/formatScientific.js';
import type { LawAxis } from '../core/lawCurves.js';
import type { LawMarker } from '../core/lawData.js';
import { messages } from '../messages.js';

/** Labels of the x-axis: powers of ten for compute (10²³), counts (175B / 1,750억) otherwise. */
export function lawTickLabel(value: number, axis: LawAxis, locale: Locale): string {
  return axis === 'compute' ? formatScientific(value, locale).replace(/^1 × /, '') : formatCount(value, locale);
}

/** A loss with two decimals. */
export const formatLoss = (loss: number, locale: Locale) =>
  formatNumber(loss, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The spoken label of a model on the law: size, tokens, tokens per parameter, predicted loss. */
export function markerLabel(m: LawMarker, locale: Locale): string {
  return interpolate(messages[locale].lawPointLabel, {
    name: m.model.name,
    parameters: formatCount(m.parameters, locale),
    tokens: formatCount(m.tokens, locale),
    ratio: formatNumber(m.tokens / m.parameters, locale, { maximumFractionDigits: 1 }),
    loss: formatLoss(m.loss, locale),
  });
}

import { formatNumber, interpolate, type Locale } from '@tensorscope/common';
import { formatScientific } from '../core/formatScientific.js';
import { trainingComputeOf } from '../core/modelData.js';
import { parseDate, type ModelRecord } from '../core/models.js';
import type { ExponentialTrend } from '../core/regression.js';
import { messages } from '../messages.js';
import { dateFormatter, statusText } from '../ui/describe.js';

/** Power-of-ten tick labels of the compute axis: 10²³. */
export function powerLabel(value: number, locale: Locale): string {
  return formatScientific(value, locale).replace(/^1 × /, '');
}

/** The spoken label of a model's point on the compute chart. */
export function computePointLabel(m: ModelRecord, locale: Locale): string {
  return interpolate(messages[locale].computePointLabel, {
    name: m.name,
    organisation: m.organisation,
    date: dateFormatter(locale)(parseDate(m.date)),
    flops: formatScientific(trainingComputeOf(m), locale),
    status: m.trainingFlops ? statusText(m.trainingFlops, locale) : '',
  });
}

/** "×4.2 per year, doubling every 5.9 months (R² 0.93, 40 models)" in the reader's language. */
export function trendSummary(trend: ExponentialTrend, locale: Locale): string {
  return interpolate(messages[locale].trendLabel, {
    growth: formatNumber(trend.growthPerYear, locale, { maximumFractionDigits: 1 }),
    months: formatNumber(trend.doublingMonths, locale, { maximumFractionDigits: 1 }),
    r2: formatNumber(trend.r2, locale, { maximumFractionDigits: 2 }),
    n: trend.n,
  });
}

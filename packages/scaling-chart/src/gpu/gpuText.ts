import { formatNumber, interpolate, type Locale } from '@tensorscope/common';
import { metricUnit } from '../core/acceleratorData.js';
import type { AcceleratorMetric, AcceleratorRecord } from '../core/accelerators.js';
import { messages } from '../messages.js';

/** Each metric's name in the reader's language. */
export function metricLabels(locale: Locale): Record<AcceleratorMetric, string> {
  const t = messages[locale];
  return {
    fp16: t.metricFp16,
    fp16Sparse: t.metricFp16Sparse,
    fp32: t.metricFp32,
    memory: t.metricMemory,
    bandwidth: t.metricBandwidth,
  };
}

/** A figure with its unit, 3 significant digits (4 from 100 up). */
export function formatMetric(value: number, metric: AcceleratorMetric, locale: Locale): string {
  return formatNumber(value, locale, { maximumSignificantDigits: value >= 100 ? 4 : 3 }) + ` ${metricUnit(metric)}`;
}

/** "H100 SXM (2022)". */
export const chipName = (a: AcceleratorRecord) => `${a.name} (${a.date.slice(0, 4)})`;

/** The spoken label of a chip's bar: its figure and status, or that the figure is not published. */
export function barLabel(a: AcceleratorRecord, metric: AcceleratorMetric, locale: Locale): string {
  const t = messages[locale];
  const value = a[metric];
  const name = metricLabels(locale)[metric];
  return value
    ? interpolate(t.gpuLabel, {
        name: chipName(a),
        value: formatMetric(value.value, metric, locale),
        metric: name,
        status: t[value.status],
      })
    : interpolate(t.gpuMissing, { name: chipName(a), metric: name });
}

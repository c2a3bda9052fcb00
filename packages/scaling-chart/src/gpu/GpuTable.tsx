'use client';
import { formatNumber, type Locale } from '@tensorscope/common';
import { DataTable, type DataColumn } from '@tensorscope/common/react';
import { ACCELERATOR_METRICS, type AcceleratorMetric, type AcceleratorRecord } from '../core/accelerators.js';
import { messages } from '../messages.js';
import { SourceLink } from '../ui/SourceLink.js';
import { metricLabels } from './gpuText.js';

/** Every figure of every chip as a table, with the shown metric's source. */
export function GpuTable({
  accelerators,
  metric,
  locale,
}: {
  accelerators: readonly AcceleratorRecord[];
  metric: AcceleratorMetric;
  locale: Locale;
}) {
  const t = messages[locale];
  const labels = metricLabels(locale);
  return (
    <DataTable
      caption={t.gpuTitle}
      rows={accelerators}
      rowKey={(a) => a.name}
      locale={locale}
      columns={[
        { key: 'name', header: t.colAccelerator },
        { key: 'date', header: t.colDate },
        ...ACCELERATOR_METRICS.map((m): DataColumn<AcceleratorRecord> => ({
          key: m,
          header: labels[m],
          align: 'end',
          format: (_, a) => (a[m] ? formatNumber(a[m].value, locale, { maximumSignificantDigits: 5 }) : '—'),
        })),
        {
          key: 'source',
          header: t.colSource,
          format: (_, a) => (a[metric] ? <SourceLink href={a[metric].source} text={t.source} /> : null),
        },
      ]}
    />
  );
}

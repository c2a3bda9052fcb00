'use client';
import { formatNumber, type Locale } from '@tensorscope/common';
import { ACCELERATOR_METRICS, type AcceleratorMetric, type AcceleratorRecord } from '../core/accelerators.js';
import { messages } from '../messages.js';
import { DataTable } from '../ui/DataTable.js';
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
      columns={[
        { key: 'name', header: t.colAccelerator, cell: (a) => a.name },
        { key: 'date', header: t.colDate, cell: (a) => a.date },
        ...ACCELERATOR_METRICS.map((m) => ({
          key: m,
          header: labels[m],
          numeric: true,
          cell: (a: AcceleratorRecord) =>
            a[m] ? formatNumber(a[m].value, locale, { maximumSignificantDigits: 5 }) : '—',
        })),
        {
          key: 'source',
          header: t.colSource,
          cell: (a) => (a[metric] ? <SourceLink href={a[metric].source} text={t.source} /> : null),
        },
      ]}
    />
  );
}

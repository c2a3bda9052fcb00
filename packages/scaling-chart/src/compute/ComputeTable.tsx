'use client';
import type { Locale } from '@tensorscope/common';
import { formatScientific } from '../core/formatScientific.js';
import { trainingComputeOf } from '../core/modelData.js';
import type { ModelRecord } from '../core/models.js';
import { messages } from '../messages.js';
import { DataTable } from '../ui/DataTable.js';
import { statusText } from '../ui/describe.js';
import { SourceLink } from '../ui/SourceLink.js';

/** The compute chart's data as a table. */
export function ComputeTable({ models, locale }: { models: readonly ModelRecord[]; locale: Locale }) {
  const t = messages[locale];
  return (
    <DataTable
      caption={t.computeTitle}
      rows={models}
      rowKey={(m) => `${m.name}-${m.date}`}
      columns={[
        { key: 'name', header: t.colModel, cell: (m) => m.name },
        { key: 'organisation', header: t.colOrganisation, cell: (m) => m.organisation },
        { key: 'date', header: t.colDate, cell: (m) => m.date },
        {
          key: 'flops',
          header: t.colFlops,
          numeric: true,
          cell: (m) => formatScientific(trainingComputeOf(m), locale),
        },
        {
          key: 'status',
          header: t.colStatus,
          cell: (m) => (m.trainingFlops ? statusText(m.trainingFlops, locale) : ''),
        },
        {
          key: 'source',
          header: t.colSource,
          cell: (m) => (m.trainingFlops ? <SourceLink href={m.trainingFlops.source} text={t.source} /> : null),
        },
      ]}
    />
  );
}

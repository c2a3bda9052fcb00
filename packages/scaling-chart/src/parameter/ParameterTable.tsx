'use client';
import type { Locale } from '@tensorscope/common';
import { formatCount } from '../core/formatCount.js';
import type { ModelRecord } from '../core/models.js';
import { messages } from '../messages.js';
import { DataTable } from '../ui/DataTable.js';
import { SourceLink } from '../ui/SourceLink.js';

/** The parameter chart's data as a table (also the models whose size is not disclosed). */
export function ParameterTable({ models, locale }: { models: readonly ModelRecord[]; locale: Locale }) {
  const t = messages[locale];
  return (
    <DataTable
      caption={t.parameterTitle}
      rows={models}
      rowKey={(m) => `${m.name}-${m.date}`}
      columns={[
        { key: 'name', header: t.colModel, cell: (m) => m.name },
        { key: 'organisation', header: t.colOrganisation, cell: (m) => m.organisation },
        { key: 'date', header: t.colDate, cell: (m) => m.date },
        {
          key: 'parameters',
          header: t.colParameters,
          numeric: true,
          cell: (m) => (m.parameters === null ? t.notDisclosed : formatCount(m.parameters, locale)),
        },
        {
          key: 'active',
          header: t.colActive,
          numeric: true,
          cell: (m) => (m.activeParameters ? formatCount(m.activeParameters, locale) : ''),
        },
        { key: 'status', header: t.colStatus, cell: (m) => (m.parameters === null ? '' : t[m.status]) },
        { key: 'source', header: t.colSource, cell: (m) => <SourceLink href={m.source} text={t.source} /> },
      ]}
    />
  );
}

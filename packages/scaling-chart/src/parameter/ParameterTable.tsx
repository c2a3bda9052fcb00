'use client';
import type { Locale } from '@tensorscope/common';
import { formatCount } from '../core/formatCount.js';
import type { ModelRecord } from '../core/models.js';
import { messages } from '../messages.js';
import { ModelTable } from '../ui/ModelTable.js';
import { SourceLink } from '../ui/SourceLink.js';

/** The parameter chart's data as a table (also the models whose size is not disclosed). */
export function ParameterTable({ models, locale }: { models: readonly ModelRecord[]; locale: Locale }) {
  const t = messages[locale];
  return (
    <ModelTable
      caption={t.parameterTitle}
      models={models}
      locale={locale}
      columns={[
        {
          key: 'parameters',
          header: t.colParameters,
          align: 'end',
          format: (_, m) => (m.parameters === null ? t.notDisclosed : formatCount(m.parameters, locale)),
        },
        {
          key: 'activeParameters',
          header: t.colActive,
          align: 'end',
          format: (_, m) => (m.activeParameters ? formatCount(m.activeParameters, locale) : ''),
        },
        { key: 'status', header: t.colStatus, format: (_, m) => (m.parameters === null ? '' : t[m.status]) },
        { key: 'source', header: t.colSource, format: (_, m) => <SourceLink href={m.source} text={t.source} /> },
      ]}
    />
  );
}

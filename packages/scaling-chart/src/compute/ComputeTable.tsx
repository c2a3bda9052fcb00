'use client';
import type { Locale } from '@tensorscope/common';
import { formatScientific } from '../core/formatScientific.js';
import { trainingComputeOf } from '../core/modelData.js';
import type { ModelRecord } from '../core/models.js';
import { messages } from '../messages.js';
import { statusText } from '../ui/describe.js';
import { ModelTable } from '../ui/ModelTable.js';
import { SourceLink } from '../ui/SourceLink.js';

/** The compute chart's data as a table. */
export function ComputeTable({ models, locale }: { models: readonly ModelRecord[]; locale: Locale }) {
  const t = messages[locale];
  return (
    <ModelTable
      caption={t.computeTitle}
      models={models}
      locale={locale}
      columns={[
        {
          key: 'trainingFlops',
          header: t.colFlops,
          align: 'end',
          format: (_, m) => formatScientific(trainingComputeOf(m), locale),
        },
        {
          key: 'status',
          header: t.colStatus,
          format: (_, m) => (m.trainingFlops ? statusText(m.trainingFlops, locale) : ''),
        },
        {
          key: 'source',
          header: t.colSource,
          format: (_, m) => (m.trainingFlops ? <SourceLink href={m.trainingFlops.source} text={t.source} /> : null),
        },
      ]}
    />
  );
}

'use client';
import type { Locale } from '@tensorscope/common';
import { DataTable, type DataColumn } from '@tensorscope/common/react';
import type { ModelRecord } from '../core/models.js';
import { messages } from '../messages.js';

/**
 * A chart's models as a table: the columns every model chart shares (model, organisation, date),
 * then the chart's own value columns.
 */
export function ModelTable({
  caption,
  models,
  locale,
  columns,
}: {
  caption: string;
  models: readonly ModelRecord[];
  locale: Locale;
  columns: readonly DataColumn<ModelRecord>[];
}) {
  const t = messages[locale];
  return (
    <DataTable
      caption={caption}
      rows={models}
      rowKey={(m) => `${m.name}-${m.date}`}
      locale={locale}
      columns={[
        { key: 'name', header: t.colModel },
        { key: 'organisation', header: t.colOrganisation },
        { key: 'date', header: t.colDate },
        ...columns,
      ]}
    />
  );
}

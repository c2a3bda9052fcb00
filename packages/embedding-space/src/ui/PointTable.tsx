'use client';
import { formatNumber, interpolate, type Locale } from '@tensorscope/common';
import { Button, DataTable, type DataColumn } from '@tensorscope/common/react';
import { useMemo } from 'react';
import type { EmbeddingData } from '../core/embeddingData.js';
import type { Layout } from '../core/layout.js';
import type { ExplorerMessages } from './messages.js';

/**
 * The non-visual alternative to the canvas: every point as a table row (label, metadata,
 * coordinates), paged, with the selection first. Rows select a point.
 */
export function PointTable({
  data,
  layout,
  selection,
  onSelect,
  messages: t,
  locale,
  pageSize,
}: {
  data: EmbeddingData;
  layout: Layout | null;
  selection: readonly number[];
  onSelect: (index: number) => void;
  messages: ExplorerMessages;
  locale: Locale;
  pageSize: number;
}) {
  // Rows are point indices: the selection first, then every other point in order.
  const rows = useMemo(() => {
    const selected = new Set(selection);
    const rest = Array.from({ length: data.count }, (_, i) => i).filter((i) => !selected.has(i));
    return [...selected, ...rest];
  }, [data, selection]);
  const columns = useMemo((): DataColumn<number>[] => {
    const selected = new Set(selection);
    const fmt = (v: number) => formatNumber(v, locale, { maximumFractionDigits: 3 });
    const dims = layout?.dimensions ?? 0;
    return [
      { key: 'row', header: '#', align: 'end', format: (_, i) => i + 1 },
      {
        key: 'label',
        header: t.focused,
        format: (_, i) => (selected.has(i) ? <strong aria-current="true">{data.labels[i]}</strong> : data.labels[i]),
      },
      ...data.columns.map((column): DataColumn<number> => ({
        key: `column:${column.name}`,
        header: column.name,
        format: (_, i) => (column.kind === 'category' ? column.categories[column.codes[i]!] : fmt(column.values[i]!)),
      })),
      ...(layout?.axisLabels ?? []).map((label, d): DataColumn<number> => ({
        key: `axis:${d}`,
        header: label,
        align: 'end',
        format: (_, i) => fmt(layout!.coordinates[i * dims + d]!),
      })),
      {
        key: 'select',
        header: t.select,
        format: (_, i) => (
          <Button size="sm" onClick={() => onSelect(i)} aria-label={`${t.select} ${data.labels[i]}`}>
            {t.select}
          </Button>
        ),
      },
    ];
  }, [data, layout, selection, onSelect, t, locale]);
  return (
    <DataTable
      caption={interpolate(t.tableCaption, {
        from: 1,
        to: formatNumber(data.count, locale),
        count: formatNumber(data.count, locale),
      })}
      columns={columns}
      rows={rows}
      rowKey={(i) => i}
      pageSize={pageSize}
      locale={locale}
    />
  );
}

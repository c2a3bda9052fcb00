'use client';
import { formatNumber, interpolate, type Locale } from '@tensorscope/common';
import { useState } from 'react';
import type { EmbeddingData } from '../core/embeddingData.js';
import type { explorerMessages } from '../explorerMessages.js';
import type { Layout } from '../core/layout.js';
import { Button, panelStyle } from './controls.js';

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
  messages: (typeof explorerMessages)['en'];
  locale: Locale;
  pageSize: number;
}) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(data.count / pageSize));
  const from = page * pageSize;
  const to = Math.min(data.count, from + pageSize);
  const selected = new Set(selection);
  const rows = [
    ...selection.slice(0, pageSize),
    ...Array.from({ length: to - from }, (_, i) => from + i).filter((i) => !selected.has(i)),
  ];
  const dims = layout?.dimensions ?? 0;
  const fmt = (v: number) => formatNumber(v, locale, { maximumFractionDigits: 3 });
  return (
    <div style={{ display: 'grid', gap: 6 }}>
      <div style={{ maxHeight: 360, overflow: 'auto', border: '1px solid var(--ts-border)', borderRadius: 6 }}>
        <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: 13 }}>
          <caption style={{ textAlign: 'left', padding: 4 }}>
            {interpolate(t.tableCaption, { from: from + 1, to, count: formatNumber(data.count, locale) })}
          </caption>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'right' }}>
                #
              </th>
              <th scope="col" style={{ textAlign: 'left' }}>
                {t.focused}
              </th>
              {data.columns.map((column) => (
                <th key={column.name} scope="col" style={{ textAlign: 'left' }}>
                  {column.name}
                </th>
              ))}
              {layout?.axisLabels.map((label) => (
                <th key={label} scope="col" style={{ textAlign: 'right' }}>
                  {label}
                </th>
              ))}
              <th scope="col">
                <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
                  {t.select}
                </span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((i) => (
              <tr
                key={i}
                aria-selected={selected.has(i)}
                style={selected.has(i) ? { background: 'var(--ts-surface)', fontWeight: 600 } : undefined}
              >
                <td style={{ textAlign: 'right', paddingRight: 6 }}>{i + 1}</td>
                <th scope="row" style={{ textAlign: 'left', fontWeight: 'inherit' }}>
                  {data.labels[i]}
                </th>
                {data.columns.map((column) => (
                  <td key={column.name}>
                    {column.kind === 'category' ? column.categories[column.codes[i]!] : fmt(column.values[i]!)}
                  </td>
                ))}
                {Array.from({ length: dims }, (_, d) => (
                  <td key={d} style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
                    {fmt(layout!.coordinates[i * dims + d]!)}
                  </td>
                ))}
                <td>
                  <Button onClick={() => onSelect(i)} aria-label={`${t.select} ${data.labels[i]}`}>
                    {t.select}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div style={panelStyle}>
        <Button onClick={() => setPage(Math.max(0, page - 1))} disabled={page === 0}>
          {t.previous}
        </Button>
        <span style={{ fontSize: 13 }}>
          {t.page} {page + 1} / {pages}
        </span>
        <Button onClick={() => setPage(Math.min(pages - 1, page + 1))} disabled={page >= pages - 1}>
          {t.next}
        </Button>
      </div>
    </div>
  );
}

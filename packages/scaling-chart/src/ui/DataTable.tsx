'use client';
import type { ReactNode } from 'react';

export interface TableColumn<Row> {
  key: string;
  header: string;
  /** Right-align numbers. */
  numeric?: boolean;
  cell: (row: Row) => ReactNode;
}

/** The same data as the chart, as an accessible, scrollable table. */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
}: {
  caption: string;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
}) {
  return (
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      style={{ overflow: 'auto', maxHeight: 420, border: '1px solid var(--ts-border)', borderRadius: 6 }}
    >
      <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: 12 }}>
        <caption style={{ textAlign: 'start', padding: '6px 8px', color: 'var(--ts-muted)' }}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                style={{
                  position: 'sticky',
                  top: 0,
                  background: 'var(--ts-surface)',
                  textAlign: c.numeric ? 'end' : 'start',
                  padding: '4px 8px',
                  borderBottom: '1px solid var(--ts-border)',
                  whiteSpace: 'nowrap',
                }}
              >
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => (
                <td
                  key={c.key}
                  style={{
                    textAlign: c.numeric ? 'end' : 'start',
                    padding: '3px 8px',
                    borderBottom: '1px solid var(--ts-grid)',
                    fontVariantNumeric: 'tabular-nums',
                  }}
                >
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

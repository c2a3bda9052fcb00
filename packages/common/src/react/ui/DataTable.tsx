'use client';
import { useState, type ReactNode } from 'react';
import { formatNumber, interpolate, type Locale } from '../../locale.js';
import { Button } from './Button.js';
import { classNames } from './classNames.js';
import { KitStyle } from './KitStyle.js';
import { ErrorMessage } from '../ErrorMessage.js';
import { TensorscopeArgumentError, checkArray, checkFunction, checkObject, checkString } from '../../validate.js';
import { asReactNode } from './isReactNode.js';
import { propsError } from './propsError.js';
import { useKitLocale } from './useKitLocale.js';

export interface DataColumn<Row> {
  /** The row field shown in this column (and the React key). */
  key: string;
  header: ReactNode;
  /** `end` for numbers. Default `start`. */
  align?: 'start' | 'center' | 'end';
  /** Renders a cell from its value; default: numbers formatted for the locale, other values as text. */
  format?: (value: unknown, row: Row) => ReactNode;
}

export interface DataTableProps<Row> {
  /** The table's caption; also names its scroll region. */
  caption: string;
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  /** A stable key per row. Default: the row index. */
  rowKey?: (row: Row, index: number) => string | number;
  /** Rows per page; without it every row is shown (scrolling under a sticky header). */
  pageSize?: number;
  locale?: Locale;
  className?: string;
}

const TEXT: Record<Locale, { previous: string; next: string; range: string; pages: string }> = {
  en: { previous: 'Previous', next: 'Next', range: 'Rows {from}–{to} of {total}', pages: 'Pages of {caption}' },
  ko: { previous: '이전', next: '다음', range: '전체 {total}행 중 {from}–{to}행', pages: '{caption} 페이지' },
};

function cellText(value: unknown, locale: Locale): ReactNode {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(value, locale) : String(value);
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  // A nested object or a symbol: a plain marker rather than "[object Object]" or a throw.
  return Array.isArray(value) ? `[${value.length}]` : '…';
}

/** A React key: the given one when it is text or a number, else the row index. */
const keyOf = (key: unknown, index: number): string | number =>
  typeof key === 'string' || typeof key === 'number' ? key : index;

/** The documented prop types, checked: rows and columns come from users' data. */
function checkTableProps(caption: unknown, columns: unknown, rows: unknown, rowKey: unknown): void {
  checkString(caption, 'caption');
  checkArray(columns, 'columns', { maxLength: 1000 }).forEach((column, i) => {
    checkString(checkObject(column, `columns[${i}]`).key, `columns[${i}].key`);
  });
  checkArray(rows, 'rows').forEach((row, i) => {
    if (typeof row !== 'object' || row === null) throw new TensorscopeArgumentError(`rows[${i}]`, 'an object', row);
  });
  if (rowKey !== undefined) checkFunction(rowKey, 'rowKey');
}

/**
 * A semantic `<table>` with caption, sticky header and optional paging ("Rows 1–50 of 1,234" with
 * Previous/Next). The scroll region is focusable so keyboard users can scroll it.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  pageSize,
  locale: localeProp,
  className,
}: DataTableProps<Row>) {
  const locale = useKitLocale(localeProp);
  const text = TEXT[locale];
  const [page, setPage] = useState(0);
  const problem = propsError(() => checkTableProps(caption, columns, rows, rowKey));
  if (problem) return <ErrorMessage error={problem} locale={locale} />;
  const paged = typeof pageSize === 'number' && Number.isFinite(pageSize) && pageSize >= 1;
  const size = paged ? Math.floor(pageSize) : rows.length;
  const pageCount = Math.max(1, Math.ceil(rows.length / Math.max(1, size)));
  // Rows may shrink under the current page (new data): show the last page instead of an empty one.
  const current = Math.min(page, pageCount - 1);
  const start = current * size;
  const visible = paged ? rows.slice(start, start + size) : rows;
  const alignClass = (align: DataColumn<Row>['align']) =>
    align === 'end' ? 'ts-table__cell--end' : align === 'center' ? 'ts-table__cell--center' : undefined;
  return (
    <div className={classNames('ts-data-table', className)}>
      <KitStyle />
      <div className="ts-table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table className="ts-table">
          <caption className="ts-table__caption">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.key} scope="col" className={alignClass(column.align)}>
                  {asReactNode(column.header)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map((row, i) => (
              <tr key={keyOf(rowKey ? rowKey(row, start + i) : undefined, start + i)}>
                {columns.map((column) => {
                  const record = row as Record<string, unknown>;
                  // Own fields only: a column keyed `constructor` must not show Object's.
                  const value =
                    Object.hasOwn(record, column.key) || !(column.key in Object.prototype)
                      ? record[column.key]
                      : undefined;
                  return (
                    <td key={column.key} className={alignClass(column.align)}>
                      {typeof column.format === 'function'
                        ? asReactNode(column.format(value, row), cellText(value, locale))
                        : cellText(value, locale)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {paged && rows.length > size ? (
        <nav className="ts-table-pager" aria-label={interpolate(text.pages, { caption })}>
          <Button size="sm" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {text.previous}
          </Button>
          <span aria-live="polite">
            {interpolate(text.range, {
              from: formatNumber(start + 1, locale),
              to: formatNumber(start + visible.length, locale),
              total: formatNumber(rows.length, locale),
            })}
          </span>
          <Button size="sm" disabled={current >= pageCount - 1} onClick={() => setPage(current + 1)}>
            {text.next}
          </Button>
        </nav>
      ) : null}
    </div>
  );
}

/**
 * The one CSV writer of tensorscope (RFC 4180: comma-separated, CRLF line ends, a field with a
 * comma, quote, line break or leading/trailing space quoted with `"` doubled). Every export button
 * of every package writes through it, so every CSV is safe to open in a spreadsheet.
 */

/** A cell: text, a number, a boolean, or empty (`null`/`undefined`). */
export type CsvValue = string | number | boolean | null | undefined;

export interface CsvOptions {
  /**
   * Prefix a text cell that a spreadsheet would run as a formula — starting with `=`, `+`, `-`, `@`,
   * tab or carriage return — with `'` (OWASP "CSV injection"). Plain numbers, also as text such as
   * `-0.5`, stay numbers. Default `true`.
   */
  escapeFormulas?: boolean;
  /** Start with a UTF-8 byte-order mark so that Excel reads Hangul correctly. Default `false`. */
  bom?: boolean;
}

import { TensorscopeArgumentError, checkArray, checkObject, checkOptions, checkString } from './validate.js';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One CSV field, quoted and formula-escaped as {@link CsvOptions} says. */
export function csvCell(value: CsvValue, options?: CsvOptions): string {
  return cellText(value, checkOptions(options), 'value');
}

function cellText(value: unknown, options: CsvOptions, argument: string): string {
  if (value === null || value === undefined) return '';
  if (
    typeof value !== 'string' &&
    typeof value !== 'number' &&
    typeof value !== 'boolean' &&
    typeof value !== 'bigint'
  ) {
    throw new TensorscopeArgumentError(argument, 'text, a number, a boolean or empty', value);
  }
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  if (
    typeof value === 'string' &&
    (options.escapeFormulas ?? true) &&
    FORMULA_START.test(text) &&
    !PLAIN_NUMBER.test(text)
  ) {
    text = `'${text}`;
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells → CSV text (each line ends with CRLF). */
export function toCsv(rows: Iterable<readonly CsvValue[]>, options?: CsvOptions): string {
  const given = checkOptions(options);
  if (
    typeof (rows as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function' ||
    typeof rows === 'string'
  ) {
    throw new TensorscopeArgumentError('rows', 'an iterable of rows (arrays of cells)', rows);
  }
  const lines: string[] = [];
  let index = 0;
  for (const row of rows) {
    const cells = checkArray(row, `rows[${index}]`);
    lines.push(cells.map((value, column) => cellText(value, given, `rows[${index}][${column}]`)).join(','));
    index++;
  }
  return `${given.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

/** One column of a table: the row key it reads and its header. */
export interface CsvColumn<Row> {
  key: keyof Row & string;
  header: string;
}

/** Records → CSV with a header row, one column per {@link CsvColumn}. */
export function recordsToCsv<Row extends object>(
  columns: readonly CsvColumn<Row>[],
  rows: readonly Row[],
  options?: CsvOptions,
): string {
  const checkedColumns = checkArray(columns, 'columns').map((column, i) => {
    const { key, header } = checkObject(column, `columns[${i}]`);
    return { key: checkString(key, `columns[${i}].key`), header: header as CsvValue };
  });
  const header = checkedColumns.map((column) => column.header);
  const body = checkArray(rows, 'rows').map((row, i) => {
    const record = checkObject(row, `rows[${i}]`);
    // Only the row's own fields: a column named `constructor` must not read Object's.
    return checkedColumns.map(({ key }) =>
      Object.hasOwn(record, key) || !(key in Object.prototype) ? (record[key] as CsvValue) : undefined,
    );
  });
  return toCsv([header, ...body], options);
}

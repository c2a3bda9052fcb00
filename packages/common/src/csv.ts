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

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One CSV field, quoted and formula-escaped as {@link CsvOptions} says. */
export function csvCell(value: CsvValue, options: CsvOptions = {}): string {
  if (value === null || value === undefined) return '';
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
export function toCsv(rows: Iterable<readonly CsvValue[]>, options: CsvOptions = {}): string {
  const lines: string[] = [];
  for (const row of rows) lines.push(row.map((value) => csvCell(value, options)).join(','));
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
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
  options: CsvOptions = {},
): string {
  const header = columns.map((column) => column.header);
  const body = rows.map((row) => columns.map((column) => row[column.key] as CsvValue));
  return toCsv([header, ...body], options);
}

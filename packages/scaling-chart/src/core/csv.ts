import { recordsToCsv, type CsvColumn } from '@tensorscope/common';

export type { CsvColumn };

/**
 * Rows → RFC 4180 CSV through `@tensorscope/common`'s one CSV writer: quoted where needed, CRLF line
 * ends, and a text cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) escaped with `'`.
 * `null`/`undefined` become empty fields; numbers are written in full precision.
 */
export function toCsv<Row extends Record<string, unknown>>(
  columns: readonly CsvColumn<Row>[],
  rows: readonly Row[],
): string {
  return recordsToCsv(columns, rows);
}

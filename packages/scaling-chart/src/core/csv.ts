import {
  checkArray,
  checkObject,
  checkString,
  toCsv as writeCsv,
  type CsvColumn,
  type CsvValue,
} from '@tensorscope/common';
import { fail } from './errors.js';

export type { CsvColumn };

/** What a CSV cell can hold; anything else (an object, a function) is refused rather than written as "[object Object]". */
const isCsvValue = (value: unknown): value is CsvValue =>
  value === null || value === undefined || ['string', 'number', 'boolean'].includes(typeof value);

/**
 * Rows → RFC 4180 CSV through `@tensorscope/common`'s one CSV writer: quoted where needed, CRLF line
 * ends, and a text cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) escaped with `'`.
 * `null`/`undefined` become empty fields; numbers are written in full precision. Only a row's own
 * fields are read (a column `constructor` is the row's field, not `Object`). Throws `INVALID_ARGUMENT`
 * for columns or rows of the wrong shape and `INVALID_VALUE` for a cell that is not a plain value.
 */
export function toCsv<Row extends Record<string, unknown>>(
  columns: readonly CsvColumn<Row>[],
  rows: readonly Row[],
): string {
  checkArray(columns, 'columns').forEach((column, i) => {
    checkObject(column, `columns[${i}]`);
    checkString((column as CsvColumn<Row>).key, `columns[${i}].key`);
    checkString((column as CsvColumn<Row>).header, `columns[${i}].header`);
  });
  const body = checkArray(rows, 'rows').map((row, r) => {
    const record = checkObject(row, `rows[${r}]`);
    return columns.map(({ key }) => {
      const value = Object.hasOwn(record, key) ? record[key] : undefined;
      if (!isCsvValue(value)) {
        throw fail('INVALID_VALUE', `rows[${r}].${key} is not a plain value for a CSV cell.`, {
          details: { field: `rows[${r}].${key}` },
        });
      }
      return value;
    });
  });
  return writeCsv([columns.map((column) => column.header), ...body]);
}

import {
  TensorscopeArgumentError,
  checkBoolean,
  checkFiniteNumbers,
  checkInteger,
  checkOptions,
  checkString,
  checkStringArray,
  toCsv,
  type CsvValue,
} from '@tensorscope/common';
import { fail } from './errors.js';

export interface AttentionCsvOptions {
  /** Significant digits of each weight (`toPrecision`, trailing zeros dropped). Default 6. */
  digits?: number;
  /** `qLen × kLen` mask: masked cells (0) are written as empty cells, never as 0. */
  mask?: Uint8Array;
  /** Text of the top-left cell. Default `'query \\ key'`. */
  corner?: string;
  /**
   * Prefix cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or
   * carriage return) with `'`. Default `true` (OWASP CSV-injection advice).
   */
  escapeFormulas?: boolean;
  /** Start with a UTF-8 byte-order mark so that Excel reads Hangul correctly. Default `false`. */
  bom?: boolean;
}

/**
 * Writes one attention matrix (row-major `queryTokens.length × keyTokens.length`, e.g. from
 * `headMatrix` or `aggregateHeads`) as RFC 4180 CSV: a header row (corner, then the key tokens),
 * then one row per query token (the token, then its weights). Lines end with CRLF; a cell with a
 * comma, quote, line break or leading/trailing space is quoted (`"` doubled). Tokens are written as
 * given (format them first with `displayToken` if wanted). A matrix of the wrong length is
 * `LENGTH_MISMATCH`. Quoting and formula escaping are `toCsv`'s from `@tensorscope/common`, the
 * one CSV writer of every export.
 */
export function attentionToCsv(
  matrix: ArrayLike<number>,
  queryTokens: readonly string[],
  keyTokens: readonly string[],
  options?: AttentionCsvOptions,
): string {
  checkFiniteNumbers(matrix, 'matrix');
  checkStringArray(queryTokens, 'queryTokens');
  checkStringArray(keyTokens, 'keyTokens');
  const chosen = checkOptions(options);
  if (chosen.mask != null && !(chosen.mask instanceof Uint8Array)) {
    throw new TensorscopeArgumentError('options.mask', 'a Uint8Array', chosen.mask);
  }
  if (chosen.digits !== undefined) checkInteger(chosen.digits, 'options.digits', { min: 1, max: 21 });
  if (chosen.corner !== undefined) checkString(chosen.corner, 'options.corner');
  if (chosen.escapeFormulas !== undefined) checkBoolean(chosen.escapeFormulas, 'options.escapeFormulas');
  if (chosen.bom !== undefined) checkBoolean(chosen.bom, 'options.bom');
  const rows = queryTokens.length;
  const columns = keyTokens.length;
  if (matrix.length !== rows * columns) {
    throw fail(
      'LENGTH_MISMATCH',
      `The matrix has ${matrix.length} values; ${rows} query × ${columns} key tokens need ${rows * columns}.`,
      { details: { expected: rows * columns, actual: matrix.length } },
    );
  }
  if (chosen.mask && chosen.mask.length !== rows * columns) {
    throw fail('LENGTH_MISMATCH', `The mask has ${chosen.mask.length} values; expected ${rows * columns}.`);
  }
  const digits = chosen.digits ?? 6;
  const mask = chosen.mask;
  function* lines(): Generator<readonly CsvValue[]> {
    yield [chosen.corner ?? 'query \\ key', ...keyTokens];
    for (let q = 0; q < rows; q++) {
      const row: CsvValue[] = [queryTokens[q]];
      for (let k = 0; k < columns; k++) {
        const i = q * columns + k;
        row.push(mask && !mask[i] ? null : Number((matrix[i] as number).toPrecision(digits)));
      }
      yield row;
    }
  }
  return toCsv(lines(), { escapeFormulas: chosen.escapeFormulas ?? true, bom: chosen.bom ?? false });
}

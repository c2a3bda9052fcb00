import { TensorscopeArgumentError, checkBoolean, checkInteger, checkSize } from '@tensorscope/common';
import { MAX_ATTENTION_VALUES } from './attentionData.js';
/**
 * Max-pools a `rows × columns` matrix to at most `maxRows × maxColumns` cells, so a long sequence
 * (e.g. 8,192 tokens) can be drawn on a screen-sized canvas without hiding strong weights: each
 * output cell is the largest weight in its block (with `byMagnitude`, the value of largest |value|). Returns the input unchanged when it already fits.
 */
export function maxPool(
  matrix: Float32Array | Uint8Array,
  rows: number,
  columns: number,
  maxRows: number,
  maxColumns: number,
  byMagnitude = false,
): { data: Float32Array | Uint8Array; rows: number; columns: number; rowFactor: number; columnFactor: number } {
  if (!(matrix instanceof Float32Array || matrix instanceof Uint8Array)) {
    throw new TensorscopeArgumentError('matrix', 'a Float32Array or Uint8Array', matrix);
  }
  checkInteger(rows, 'rows', { min: 0 });
  checkInteger(columns, 'columns', { min: 0 });
  checkSize(rows * columns, 'rows × columns', { max: MAX_ATTENTION_VALUES, available: matrix.length });
  checkInteger(maxRows, 'maxRows', { min: 1 });
  checkInteger(maxColumns, 'maxColumns', { min: 1 });
  checkBoolean(byMagnitude, 'byMagnitude');
  const rowFactor = Math.max(1, Math.ceil(rows / Math.max(1, maxRows)));
  const columnFactor = Math.max(1, Math.ceil(columns / Math.max(1, maxColumns)));
  if (rowFactor === 1 && columnFactor === 1) return { data: matrix, rows, columns, rowFactor, columnFactor };
  const outRows = Math.ceil(rows / rowFactor);
  const outColumns = Math.ceil(columns / columnFactor);
  const out = new Float32Array(outRows * outColumns);
  // Column → output column, computed once (no division in the inner loop).
  const columnTarget = new Int32Array(columns);
  for (let c = 0; c < columns; c++) columnTarget[c] = Math.floor(c / columnFactor);
  for (let r = 0; r < rows; r++) {
    const outRow = Math.floor(r / rowFactor) * outColumns;
    const source = r * columns;
    for (let c = 0; c < columns; c++) {
      const v = matrix[source + c] as number;
      const target = outRow + (columnTarget[c] as number);
      // Signed scores keep the value of largest magnitude, with its sign.
      if (byMagnitude ? Math.abs(v) > Math.abs(out[target] as number) : v > (out[target] as number)) out[target] = v;
    }
  }
  return { data: out, rows: outRows, columns: outColumns, rowFactor, columnFactor };
}

import {
  checkArray,
  checkBoolean,
  checkInteger,
  checkObject,
  checkSize,
  checkStringArray,
  describeValue,
} from '@tensorscope/common';
import { MAX_ATTENTION_VALUES } from './attentionData.js';
import { fail } from './errors.js';

/** One attention matrix: how much each query token attends to each key token. */
export interface AttentionMatrix {
  queryTokens: readonly string[];
  keyTokens: readonly string[];
  /** Row-major weights, `queryTokens.length × keyTokens.length`, each ≥ 0. */
  weights: Float32Array;
  /** True when some row does not sum to ~1 (shown as a "not normalised" note, not an error). */
  notNormalised: boolean;
  /** The largest weight (the top of the colour scale); for signed scores, the largest |value|. */
  max: number;
  /** Raw scores of either sign, drawn on a diverging scale. */
  signed?: boolean;
  /** `qLen × kLen`, 1 = may attend, 0 = masked (drawn as masked, never as 0); absent = nothing masked. */
  mask?: Uint8Array;
}

export interface AttentionMatrixInput {
  /** Tokens whose attention is shown (rows). */
  queryTokens: readonly string[];
  /** Tokens attended to (columns). Default: the query tokens (self-attention). */
  keyTokens?: readonly string[] | undefined;
  /** `queryTokens.length × keyTokens.length` weights, as a flat row-major array or rows. */
  weights: Float32Array | readonly (readonly number[])[];
  /** `qLen × kLen`, 1 = may attend, 0 = masked (padding or causal). Default: nothing masked. */
  mask?: Uint8Array | undefined;
  /**
   * Raw scores of either sign (e.g. QKᵀ/√d before the softmax) instead of weights: any finite
   * value is accepted and drawn on a diverging scale centred on 0. Default false.
   */
  signed?: boolean | undefined;
}

const ROW_SUM_TOLERANCE = 1e-3;

/**
 * Validates attention input and returns an {@link AttentionMatrix}. Throws a `TensorscopeError`
 * that names the problem: shape mismatch, a negative or non-finite weight, or no tokens.
 */
export function createAttentionMatrix(input: AttentionMatrixInput): AttentionMatrix {
  checkObject(input, 'input');
  const queryTokens = checkStringArray(input.queryTokens, 'queryTokens');
  const keyTokens = input.keyTokens == null ? queryTokens : checkStringArray(input.keyTokens, 'keyTokens');
  const rows = queryTokens.length;
  const columns = keyTokens.length;
  if (rows === 0 || columns === 0) {
    throw fail('EMPTY_INPUT', 'Attention needs at least one query token and one key token.');
  }
  checkSize(rows * columns, 'queryTokens × keyTokens', { max: MAX_ATTENTION_VALUES });
  if (input.signed != null) checkBoolean(input.signed, 'signed');
  let weights: Float32Array;
  if (input.weights instanceof Float32Array) {
    weights = input.weights;
  } else {
    const nested = checkArray(input.weights, 'weights') as readonly (readonly number[])[];
    if (nested.length !== rows) {
      throw fail('LENGTH_MISMATCH', `weights has ${nested.length} rows but there are ${rows} query tokens.`, {
        details: { expected: rows, actual: nested.length },
      });
    }
    weights = new Float32Array(rows * columns);
    nested.forEach((row, r) => {
      if (!Array.isArray(row) && !(row instanceof Float32Array || row instanceof Float64Array)) {
        throw fail('INVALID_SHAPE', `weights row ${r} must be an array of ${columns} numbers.`, {
          details: { row: r },
        });
      }
      if (row.length !== columns) {
        throw fail(
          'LENGTH_MISMATCH',
          `weights row ${r} has ${row.length} values but there are ${columns} key tokens.`,
          { details: { row: r, expected: columns, actual: row.length } },
        );
      }
      for (let c = 0; c < columns; c++) {
        const value = row[c];
        if (typeof value !== 'number') {
          throw fail('INVALID_VALUE', `weights[${r}][${c}] is not a number.`, { details: { row: r, column: c } });
        }
        weights[r * columns + c] = value;
      }
    });
  }
  if (weights.length !== rows * columns) {
    throw fail(
      'LENGTH_MISMATCH',
      `weights has ${weights.length} values; ${rows} query × ${columns} key tokens need ${rows * columns}.`,
      { details: { expected: rows * columns, actual: weights.length } },
    );
  }
  const mask = input.mask ?? undefined;
  if (mask !== undefined && !(mask instanceof Uint8Array)) {
    throw fail('INVALID_VALUE', `mask must be a Uint8Array of ${rows * columns} values (1 = may attend, 0 = masked).`);
  }
  if (mask !== undefined && mask.length !== rows * columns) {
    throw fail(
      'LENGTH_MISMATCH',
      `mask has ${mask.length} values; ${rows} × ${columns} tokens need ${rows * columns}.`,
    );
  }
  let max = 0;
  let notNormalised = false;
  for (let r = 0; r < rows; r++) {
    let sum = 0;
    let anyKept = false;
    for (let c = 0; c < columns; c++) {
      if (!mask || mask[r * columns + c]) anyKept = true;
      const value = weights[r * columns + c] as number;
      if (input.signed) {
        if (!Number.isFinite(value)) {
          throw fail('INVALID_VALUE', `scores[${r}][${c}] is ${value}; scores must be finite.`, {
            details: { row: r, column: c, value },
          });
        }
        if (Math.abs(value) > max) max = Math.abs(value);
        continue;
      }
      if (!Number.isFinite(value) || value < 0) {
        throw fail('INVALID_VALUE', `weights[${r}][${c}] is ${value}; attention weights must be finite and ≥ 0.`, {
          details: { row: r, column: c, value },
        });
      }
      if (value > max) max = value;
      sum += value;
    }
    if (!input.signed && anyKept && Math.abs(sum - 1) > ROW_SUM_TOLERANCE) notNormalised = true;
  }
  const matrix: AttentionMatrix = { queryTokens, keyTokens, weights, notNormalised, max };
  if (mask) matrix.mask = mask;
  if (input.signed) matrix.signed = true;
  return matrix;
}

/**
 * The weight at (query row, key column). A cell outside the matrix is `OUT_OF_RANGE` (it used to
 * read as 0, which looked like a real weight).
 */
export function weightAt(matrix: AttentionMatrix, row: number, column: number): number {
  const columns = checkMatrix(matrix);
  checkCell(matrix, row, column);
  return matrix.weights[row * columns + column] as number;
}

/** The key column with the highest weight in a row (first on ties). */
export function strongestKey(matrix: AttentionMatrix, row: number): number {
  const columns = checkMatrix(matrix);
  checkCell(matrix, row, 0);
  const start = row * columns;
  let best = 0;
  for (let c = 1; c < columns; c++)
    if ((matrix.weights[start + c] as number) > (matrix.weights[start + best] as number)) best = c;
  return best;
}

/** True when the cell is masked (padding or causal): drawn as masked, not as a zero weight. */
export function isMasked(matrix: AttentionMatrix, row: number, column: number): boolean {
  const columns = checkMatrix(matrix);
  checkCell(matrix, row, column);
  return matrix.mask != null && !matrix.mask[row * columns + column];
}

/** The causal mask of a decoder: query i may attend to keys up to i + (kLen − qLen). */
export function causalMask(qLen: number, kLen: number): Uint8Array {
  checkInteger(qLen, 'qLen', { min: 0 });
  checkInteger(kLen, 'kLen', { min: 0 });
  checkSize(qLen * kLen, 'qLen × kLen', { max: MAX_ATTENTION_VALUES });
  const mask = new Uint8Array(qLen * kLen);
  const offset = kLen - qLen;
  for (let i = 0; i < qLen; i++) for (let j = 0; j <= Math.min(kLen - 1, i + offset); j++) mask[i * kLen + j] = 1;
  return mask;
}

/**
 * A matrix as {@link createAttentionMatrix} builds it: token lists and weights that agree. Returns
 * the column count. @internal
 */
export function checkMatrix(matrix: AttentionMatrix): number {
  checkObject(matrix, 'matrix');
  const rows = checkArray(matrix.queryTokens, 'matrix.queryTokens').length;
  const columns = checkArray(matrix.keyTokens, 'matrix.keyTokens').length;
  if (!(matrix.weights instanceof Float32Array) || matrix.weights.length !== rows * columns) {
    throw fail('LENGTH_MISMATCH', `matrix.weights must be a Float32Array of ${rows} × ${columns} values.`, {
      details: { expected: rows * columns },
    });
  }
  return columns;
}

function checkCell(matrix: AttentionMatrix, row: number, column: number): void {
  const rows = matrix.queryTokens.length;
  const columns = matrix.keyTokens.length;
  if (
    !Number.isInteger(row) ||
    row < 0 ||
    row >= rows ||
    !Number.isInteger(column) ||
    column < 0 ||
    column >= columns
  ) {
    throw fail(
      'OUT_OF_RANGE',
      `There is no cell (${describeValue(row)}, ${describeValue(column)}): expected row 0 … ${rows - 1} and column 0 … ${columns - 1}.`,
      { details: { rows, columns } },
    );
  }
}

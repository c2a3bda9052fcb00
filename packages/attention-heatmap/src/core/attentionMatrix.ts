import { TensorscopeError } from '@tensorscope/common';

/** One attention matrix: how much each query token attends to each key token. */
export interface AttentionMatrix {
  queryTokens: readonly string[];
  keyTokens: readonly string[];
  /** Row-major weights, `queryTokens.length × keyTokens.length`, each ≥ 0. */
  weights: Float32Array;
  /** True when some row does not sum to ~1 (shown as a "not normalised" note, not an error). */
  notNormalised: boolean;
  /** The largest weight (the top of the colour scale). */
  max: number;
}

export interface AttentionMatrixInput {
  /** Tokens whose attention is shown (rows). */
  queryTokens: readonly string[];
  /** Tokens attended to (columns). Default: the query tokens (self-attention). */
  keyTokens?: readonly string[] | undefined;
  /** `queryTokens.length × keyTokens.length` weights, as a flat row-major array or rows. */
  weights: Float32Array | readonly (readonly number[])[];
}

const ROW_SUM_TOLERANCE = 1e-3;

/**
 * Validates attention input and returns an {@link AttentionMatrix}. Throws a `TensorscopeError`
 * that names the problem: shape mismatch, a negative or non-finite weight, or no tokens.
 */
export function createAttentionMatrix(input: AttentionMatrixInput): AttentionMatrix {
  const queryTokens = input.queryTokens;
  const keyTokens = input.keyTokens ?? input.queryTokens;
  const rows = queryTokens.length;
  const columns = keyTokens.length;
  if (rows === 0 || columns === 0) {
    throw new TensorscopeError('EMPTY_INPUT', 'Attention needs at least one query token and one key token.');
  }
  let weights: Float32Array;
  if (input.weights instanceof Float32Array) {
    weights = input.weights;
  } else {
    const nested = input.weights;
    if (nested.length !== rows) {
      throw new TensorscopeError(
        'LENGTH_MISMATCH',
        `weights has ${nested.length} rows but there are ${rows} query tokens.`,
        { details: { expected: rows, actual: nested.length } },
      );
    }
    weights = new Float32Array(rows * columns);
    nested.forEach((row, r) => {
      if (row.length !== columns) {
        throw new TensorscopeError(
          'LENGTH_MISMATCH',
          `weights row ${r} has ${row.length} values but there are ${columns} key tokens.`,
          { details: { row: r, expected: columns, actual: row.length } },
        );
      }
      weights.set(row, r * columns);
    });
  }
  if (weights.length !== rows * columns) {
    throw new TensorscopeError(
      'LENGTH_MISMATCH',
      `weights has ${weights.length} values; ${rows} query × ${columns} key tokens need ${rows * columns}.`,
      { details: { expected: rows * columns, actual: weights.length } },
    );
  }
  let max = 0;
  let notNormalised = false;
  for (let r = 0; r < rows; r++) {
    let sum = 0;
    for (let c = 0; c < columns; c++) {
      const value = weights[r * columns + c] as number;
      if (!Number.isFinite(value) || value < 0) {
        throw new TensorscopeError(
          'INVALID_VALUE',
          `weights[${r}][${c}] is ${value}; attention weights must be finite and ≥ 0.`,
          { details: { row: r, column: c, value } },
        );
      }
      if (value > max) max = value;
      sum += value;
    }
    if (Math.abs(sum - 1) > ROW_SUM_TOLERANCE) notNormalised = true;
  }
  return { queryTokens, keyTokens, weights, notNormalised, max };
}

/** The weight at (query row, key column). */
export function weightAt(matrix: AttentionMatrix, row: number, column: number): number {
  return matrix.weights[row * matrix.keyTokens.length + column] ?? 0;
}

/** The key column with the highest weight in a row (first on ties). */
export function strongestKey(matrix: AttentionMatrix, row: number): number {
  const columns = matrix.keyTokens.length;
  let best = 0;
  for (let c = 1; c < columns; c++) if (weightAt(matrix, row, c) > weightAt(matrix, row, best)) best = c;
  return best;
}

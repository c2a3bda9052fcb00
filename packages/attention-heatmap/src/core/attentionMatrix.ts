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
  const queryTokens = input.queryTokens;
  const keyTokens = input.keyTokens ?? input.queryTokens;
  const rows = queryTokens.length;
  const columns = keyTokens.length;
  if (rows === 0 || columns === 0) {
    throw fail('EMPTY_INPUT', 'Attention needs at least one query token and one key token.');
  }
  let weights: Float32Array;
  if (input.weights instanceof Float32Array) {
    weights = input.weights;
  } else {
    const nested = input.weights;
    if (nested.length !== rows) {
      throw fail('LENGTH_MISMATCH', `weights has ${nested.length} rows but there are ${rows} query tokens.`, {
        details: { expected: rows, actual: nested.length },
      });
    }
    weights = new Float32Array(rows * columns);
    nested.forEach((row, r) => {
      if (row.length !== columns) {
        throw fail(
          'LENGTH_MISMATCH',
          `weights row ${r} has ${row.length} values but there are ${columns} key tokens.`,
          { details: { row: r, expected: columns, actual: row.length } },
        );
      }
      weights.set(row, r * columns);
    });
  }
  if (weights.length !== rows * columns) {
    throw fail(
      'LENGTH_MISMATCH',
      `weights has ${weights.length} values; ${rows} query × ${columns} key tokens need ${rows * columns}.`,
      { details: { expected: rows * columns, actual: weights.length } },
    );
  }
  const mask = input.mask;
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

/** True when the cell is masked (padding or causal): drawn as masked, not as a zero weight. */
export function isMasked(matrix: AttentionMatrix, row: number, column: number): boolean {
  return matrix.mask !== undefined && !matrix.mask[row * matrix.keyTokens.length + column];
}

/** The causal mask of a decoder: query i may attend to keys up to i + (kLen − qLen). */
export function causalMask(qLen: number, kLen: number): Uint8Array {
  const mask = new Uint8Array(qLen * kLen);
  const offset = kLen - qLen;
  for (let i = 0; i < qLen; i++) for (let j = 0; j <= Math.min(kLen - 1, i + offset); j++) mask[i * kLen + j] = 1;
  return mask;
}

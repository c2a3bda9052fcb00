import { TensorscopeArgumentError, checkObject, describeValue } from '@tensorscope/common';
import { TensorCoreError } from '../errors.js';

/** A row-major 2-D matrix as plain data: what every tensor-core call takes and returns. */
export interface Matrix {
  data: Float32Array;
  shape: readonly [rows: number, columns: number];
}

/** Anything tensor-core accepts as a matrix: a {@link Matrix} or nested number arrays. */
export type MatrixInput = Matrix | readonly (readonly number[])[];

/** Anything tensor-core accepts as one vector. */
export type VectorInput = Float32Array | readonly number[];

const shapeText = (shape: readonly number[]) => `[${shape.join(', ')}]`;

/**
 * The most values one input may hold (2^28 float32 = 1 GiB): checked before anything is allocated,
 * so a shape that claims far more than any browser holds is refused at once instead of hanging.
 */
export const MAX_ELEMENTS = 2 ** 28;

/** Refuses `count` values (a product of declared dimensions) above {@link MAX_ELEMENTS}, before allocating. */
export function checkElements(count: number, what: string): void {
  if (count > MAX_ELEMENTS) {
    throw new TensorCoreError(
      'TOO_LARGE',
      `${what} declares ${count} values; at most ${MAX_ELEMENTS} (1 GiB of float32) are accepted.`,
      { details: { argument: what, count, max: MAX_ELEMENTS } },
    );
  }
}

/** Converts input to a validated {@link Matrix}; throws a `TensorCoreError` naming the problem. */
export function toMatrix(input: MatrixInput, name = 'matrix', finite = true): Matrix {
  if (typeof name !== 'string') throw new TensorscopeArgumentError('name', 'a string', name);
  if (Array.isArray(input)) return fromRows(input as readonly unknown[], name);
  checkObject(input, name);
  if (!('shape' in input) || !('data' in input)) {
    throw new TensorCoreError(
      'INVALID_VALUE',
      `${name} must be { data: Float32Array, shape: [rows, columns] } or number[][].`,
    );
  }
  return checkMatrix(input as Matrix, name, finite);
}

/** Nested rows to a matrix: every row an array of the same length, every value a number. */
function fromRows(input: readonly unknown[], name: string): Matrix {
  const rows = input.length;
  if (rows === 0) throw new TensorCoreError('EMPTY_INPUT', `${name} has no rows (received shape [0, ?]).`);
  const first = input[0];
  if (!Array.isArray(first)) {
    throw new TensorCoreError('INVALID_SHAPE', `${name} must be a matrix (rows of numbers), received a flat array.`);
  }
  const columns = first.length;
  checkElements(rows * columns, `${name} (${rows} × ${columns})`);
  const data = new Float32Array(rows * columns);
  for (let r = 0; r < rows; r++) {
    const row = input[r];
    if (!Array.isArray(row) || row.length !== columns) {
      throw new TensorCoreError(
        'INVALID_SHAPE',
        `${name} row ${r} has ${Array.isArray(row) ? row.length : 'no'} values; expected ${columns} like row 0.`,
        { details: { argument: name, row: r, expected: columns, actual: Array.isArray(row) ? row.length : null } },
      );
    }
    for (let c = 0; c < columns; c++) {
      const value: unknown = row[c];
      // A string or null would silently become NaN or 0 in a Float32Array.
      if (typeof value !== 'number') throw new TensorscopeArgumentError(`${name}[${r}][${c}]`, 'a number', value);
      data[r * columns + c] = value;
    }
  }
  return checkMatrix({ data, shape: [rows, columns] }, name);
}

function checkMatrix(matrix: Matrix, name: string, finite = true): Matrix {
  const shape = matrix.shape as readonly number[];
  if (!Array.isArray(shape) || shape.length !== 2) {
    throw new TensorCoreError(
      'INVALID_SHAPE',
      `${name}.shape must be [rows, columns]; received ${JSON.stringify(shape)}.`,
    );
  }
  const [rows, columns] = shape as [number, number];
  if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 0 || columns < 0) {
    throw new TensorCoreError('INVALID_SHAPE', `${name}.shape ${shapeText(shape)} must be two non-negative integers.`);
  }
  if (rows === 0 || columns === 0) {
    throw new TensorCoreError('EMPTY_INPUT', `${name} is empty (shape ${shapeText(shape)}).`);
  }
  checkElements(rows * columns, `${name}.shape ${shapeText(shape)}`);
  if (!(matrix.data instanceof Float32Array)) {
    throw new TensorCoreError('INVALID_VALUE', `${name}.data must be a Float32Array.`);
  }
  if (matrix.data.length !== rows * columns) {
    throw new TensorCoreError(
      'LENGTH_MISMATCH',
      `${name}.data has ${matrix.data.length} values; shape ${shapeText(shape)} needs ${rows * columns}.`,
      { details: { argument: name, expected: rows * columns, actual: matrix.data.length } },
    );
  }
  if (finite) checkFiniteMatrix(matrix, name);
  return matrix;
}

/**
 * Refuses a matrix with NaN or ±Infinity, naming the first one. {@link toMatrix} does this unless
 * told not to (a caller whose own pass over the data finds non-finite values calls it then).
 */
export function checkFiniteMatrix(matrix: Matrix, name: string): void {
  const columns = matrix.shape[1];
  const bad = firstNonFinite(matrix.data);
  if (bad >= 0) {
    throw new TensorCoreError(
      'INVALID_VALUE',
      `${name} has a non-finite value (${matrix.data[bad]}) at row ${Math.floor(bad / columns)}, column ${bad % columns}.`,
      { details: { argument: name, row: Math.floor(bad / columns), column: bad % columns } },
    );
  }
}

/** Index of the first NaN or ±Infinity, or -1. */
export function firstNonFinite(data: Float32Array): number {
  for (let i = 0; i < data.length; i++) {
    const v = data[i] as number;
    // v - v is NaN exactly for NaN and ±Infinity: one comparison per value.
    if (v - v !== 0) return i;
  }
  return -1;
}

/** Converts one vector to a validated `Float32Array` of length `expected` (when given). */
export function toVector(input: VectorInput, name: string, expected?: number): Float32Array {
  if (!(input instanceof Float32Array) && !Array.isArray(input)) {
    throw new TensorscopeArgumentError(name, 'a Float32Array or an array of numbers', input);
  }
  // Lengths first: nothing is copied for a vector of the wrong size.
  if (input.length === 0) throw new TensorCoreError('EMPTY_INPUT', `${name} is empty.`);
  if (expected !== undefined && input.length !== expected) {
    throw new TensorCoreError(
      'INVALID_SHAPE',
      `${name} has ${input.length} values; expected ${expected} (the index dimension).`,
      {
        details: { argument: name, expected, actual: input.length },
      },
    );
  }
  checkElements(input.length, name);
  let data: Float32Array;
  if (input instanceof Float32Array) data = input;
  else {
    data = new Float32Array(input.length);
    for (let i = 0; i < input.length; i++) {
      const value: unknown = input[i];
      if (typeof value !== 'number') throw new TensorscopeArgumentError(`${name}[${i}]`, 'a number', value);
      data[i] = value;
    }
  }
  const bad = firstNonFinite(data);
  if (bad >= 0) throw new TensorCoreError('INVALID_VALUE', `${name}[${bad}] is ${data[bad]}; values must be finite.`);
  return data;
}

/** The largest absolute value in `data` (0 for all zeros). */
export function maxAbs(data: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < data.length; i++) {
    const v = Math.abs(data[i] as number);
    if (v > max) max = v;
  }
  return max;
}

/**
 * The power of two at or above `maxAbs` (1 for zeros): dividing by it brings every value into
 * [-1, 1] exactly (no rounding), so squares and products cannot overflow or vanish in float32.
 */
export function powerOfTwoScale(maxAbsValue: number): number {
  if (!(maxAbsValue > 0)) return 1;
  return 2 ** Math.ceil(Math.log2(maxAbsValue));
}

/**
 * 1 for ordinary magnitudes (no copy needed), else {@link powerOfTwoScale}: values beyond 2^±30
 * are where float32 squares and sums of squares start to overflow or vanish.
 */
export function overflowSafeScale(maxAbsValue: number): number {
  return maxAbsValue === 0 || (maxAbsValue <= 2 ** 30 && maxAbsValue >= 2 ** -30) ? 1 : powerOfTwoScale(maxAbsValue);
}

/** Refuses a result with NaN or ±Infinity: the true answer does not fit in float32. */
export function checkFiniteResult(data: ArrayLike<number>, what: string): void {
  for (let i = 0; i < data.length; i++) {
    const v = data[i] as number;
    if (v - v !== 0) {
      throw new TensorCoreError(
        'OVERFLOW',
        `${what} has ${describeValue(v)} at index ${i}: the inputs are too large for float32 (about ±3.4e38). Scale them down.`,
        { details: { index: i } },
      );
    }
  }
}

/** Checks that `k` is an integer in [1, max]. */
export function checkK(k: number, max: number, name = 'k', what = 'rows'): void {
  if (!Number.isInteger(k) || k < 1 || k > max) {
    throw new TensorCoreError(
      'INVALID_VALUE',
      `${name} must be an integer from 1 to ${max} (the number of ${what}); received ${k}.`,
      {
        details: { argument: name, expected: `1..${max}`, actual: k },
      },
    );
  }
}

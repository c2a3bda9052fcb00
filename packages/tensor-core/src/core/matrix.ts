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

/** Converts input to a validated {@link Matrix}; throws a `TensorCoreError` naming the problem. */
export function toMatrix(input: MatrixInput, name = 'matrix'): Matrix {
  if (Array.isArray(input)) {
    const rows = input.length;
    if (rows === 0) throw new TensorCoreError('EMPTY_INPUT', `${name} has no rows (received shape [0, ?]).`);
    const first = input[0] as readonly number[];
    if (!Array.isArray(first)) {
      throw new TensorCoreError('INVALID_SHAPE', `${name} must be a matrix (rows of numbers), received a flat array.`);
    }
    const columns = first.length;
    const data = new Float32Array(rows * columns);
    (input as readonly (readonly number[])[]).forEach((row, r) => {
      if (!Array.isArray(row) || row.length !== columns) {
        throw new TensorCoreError(
          'INVALID_SHAPE',
          `${name} row ${r} has ${Array.isArray(row) ? row.length : 'no'} values; expected ${columns} like row 0.`,
          { details: { argument: name, row: r, expected: columns, actual: Array.isArray(row) ? row.length : null } },
        );
      }
      data.set(row, r * columns);
    });
    return checkMatrix({ data, shape: [rows, columns] }, name);
  }
  if (!input || typeof input !== 'object' || !('shape' in input) || !('data' in input)) {
    throw new TensorCoreError(
      'INVALID_VALUE',
      `${name} must be { data: Float32Array, shape: [rows, columns] } or number[][].`,
    );
  }
  return checkMatrix(input as Matrix, name);
}

function checkMatrix(matrix: Matrix, name: string): Matrix {
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
  const bad = firstNonFinite(matrix.data);
  if (bad >= 0) {
    throw new TensorCoreError(
      'INVALID_VALUE',
      `${name} has a non-finite value (${matrix.data[bad]}) at row ${Math.floor(bad / columns)}, column ${bad % columns}.`,
      { details: { argument: name, row: Math.floor(bad / columns), column: bad % columns } },
    );
  }
  return matrix;
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
  const data = input instanceof Float32Array ? input : Float32Array.from(input as readonly number[]);
  if (data.length === 0) throw new TensorCoreError('EMPTY_INPUT', `${name} is empty.`);
  if (expected !== undefined && data.length !== expected) {
    throw new TensorCoreError(
      'INVALID_SHAPE',
      `${name} has ${data.length} values; expected ${expected} (the index dimension).`,
      {
        details: { argument: name, expected, actual: data.length },
      },
    );
  }
  const bad = firstNonFinite(data);
  if (bad >= 0) throw new TensorCoreError('INVALID_VALUE', `${name}[${bad}] is ${data[bad]}; values must be finite.`);
  return data;
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

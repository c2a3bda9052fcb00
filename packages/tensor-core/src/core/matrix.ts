import { TensorscopeError } from '@tensorscope/common';

/** A row-major 2-D matrix as plain data: what every tensor-core call takes and returns. */
export interface Matrix {
  data: Float32Array;
  shape: readonly [rows: number, columns: number];
}

/** Anything tensor-core accepts as a matrix: a {@link Matrix} or nested number arrays. */
export type MatrixInput = Matrix | readonly (readonly number[])[];

/** Converts input to a validated {@link Matrix}; throws a `TensorscopeError` naming the problem. */
export function toMatrix(input: MatrixInput, name = 'matrix'): Matrix {
  if (Array.isArray(input)) {
    const rows = input.length;
    if (rows === 0) throw new TensorscopeError('EMPTY_INPUT', `${name} has no rows.`);
    const columns = (input[0] as readonly number[]).length;
    const data = new Float32Array(rows * columns);
    (input as readonly (readonly number[])[]).forEach((row, r) => {
      if (row.length !== columns) {
        throw new TensorscopeError(
          'INVALID_SHAPE',
          `${name} row ${r} has ${row.length} values; row 0 has ${columns}.`,
          { details: { row: r, expected: columns, actual: row.length } },
        );
      }
      data.set(row, r * columns);
    });
    return checkMatrix({ data, shape: [rows, columns] }, name);
  }
  return checkMatrix(input as Matrix, name);
}

function checkMatrix(matrix: Matrix, name: string): Matrix {
  const [rows, columns] = matrix.shape;
  if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 1 || columns < 1) {
    throw new TensorscopeError('INVALID_SHAPE', `${name} shape [${rows}, ${columns}] must be two positive integers.`);
  }
  if (!(matrix.data instanceof Float32Array)) {
    throw new TensorscopeError('INVALID_VALUE', `${name}.data must be a Float32Array.`);
  }
  if (matrix.data.length !== rows * columns) {
    throw new TensorscopeError(
      'LENGTH_MISMATCH',
      `${name}.data has ${matrix.data.length} values; shape [${rows}, ${columns}] needs ${rows * columns}.`,
    );
  }
  for (let i = 0; i < matrix.data.length; i++) {
    if (!Number.isFinite(matrix.data[i])) {
      throw new TensorscopeError(
        'INVALID_VALUE',
        `${name} has a non-finite value at row ${Math.floor(i / columns)}, column ${i % columns}.`,
        { details: { row: Math.floor(i / columns), column: i % columns } },
      );
    }
  }
  return matrix;
}

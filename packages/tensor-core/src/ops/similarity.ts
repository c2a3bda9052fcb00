import { TensorCoreError } from '../errors.js';
import { checkFits, type OpContext } from '../core/context.js';
import { toMatrix, type Matrix, type MatrixInput } from '../core/matrix.js';

/** @internal */
/** Row norms in float64, rejecting a zero row (it has no direction). */
export function rowNorms(x: Matrix, name: string): Float64Array {
  const [rows, columns] = x.shape;
  const norms = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let sum = 0;
    for (let c = 0; c < columns; c++) {
      const v = x.data[r * columns + c] as number;
      sum += v * v;
    }
    if (sum === 0) {
      throw new TensorCoreError(
        'ZERO_VECTOR',
        `${name} row ${r} is all zeros; it has no direction for cosine similarity.`,
        {
          details: { argument: name, row: r },
        },
      );
    }
    norms[r] = Math.sqrt(sum);
  }
  return norms;
}

/** @internal */
/**
 * Every row divided by its length, in float64 on the CPU: squaring a float32 value near 1e20 on the
 * backend overflows (a [1e20, 1e20] row would get length ∞ and become zeros), in float64 it cannot.
 * Zero rows are rejected (`ZERO_VECTOR`).
 */
export function unitRows(x: Matrix, name: string): Float32Array {
  const norms = rowNorms(x, name);
  const [rows, columns] = x.shape;
  const unit = new Float32Array(rows * columns);
  for (let r = 0; r < rows; r++) {
    const norm = norms[r] as number;
    for (let c = 0; c < columns; c++) unit[r * columns + c] = (x.data[r * columns + c] as number) / norm;
  }
  return unit;
}

/** @internal */
/** Divides every row by its length. Zero rows are rejected (`ZERO_VECTOR`). */
export async function normalizeRows(_ctx: OpContext, input: MatrixInput): Promise<Matrix> {
  const x = toMatrix(input, 'x');
  return { data: unitRows(x, 'x'), shape: x.shape };
}

/** @internal */
/** Cosine similarity of every row of `a` (`m × d`) with every row of `b` (`n × d`): an `m × n` matrix. */
export async function cosineSimilarity(ctx: OpContext, aInput: MatrixInput, bInput: MatrixInput): Promise<Matrix> {
  const a = toMatrix(aInput, 'a');
  const b = toMatrix(bInput, 'b');
  if (a.shape[1] !== b.shape[1]) {
    throw new TensorCoreError(
      'INVALID_SHAPE',
      `cosineSimilarity: a has shape [${a.shape.join(', ')}] and b has shape [${b.shape.join(', ')}]; both need ${a.shape[1]} columns.`,
    );
  }
  checkFits(ctx, 'The similarity matrix', [a.shape[0], b.shape[0]]);
  const unitA = unitRows(a, 'a');
  const unitB = unitRows(b, 'b');
  const { tf } = ctx;
  const result = tf.tidy(() =>
    tf.matMul(tf.tensor2d(unitA, [...a.shape]), tf.transpose(tf.tensor2d(unitB, [...b.shape]))),
  );
  try {
    const data = (await result.data()) as Float32Array;
    // Unit vectors: rounding may step a hair past ±1.
    for (let i = 0; i < data.length; i++) data[i] = Math.min(1, Math.max(-1, data[i] as number));
    return { data, shape: [a.shape[0], b.shape[0]] };
  } finally {
    result.dispose();
  }
}

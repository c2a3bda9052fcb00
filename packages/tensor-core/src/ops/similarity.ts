import type { Tensor2D } from '@tensorflow/tfjs-core';
import { TensorCoreError } from '../errors.js';
import type { OpContext } from '../core/context.js';
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
/** Divides every row by its length. Zero rows are rejected (`ZERO_VECTOR`). */
export async function normalizeRows(ctx: OpContext, input: MatrixInput): Promise<Matrix> {
  const x = toMatrix(input, 'x');
  rowNorms(x, 'x');
  const { tf } = ctx;
  const result = tf.tidy(() => normalized(tf, tf.tensor2d(x.data, [...x.shape])));
  try {
    return { data: (await result.data()) as Float32Array, shape: x.shape };
  } finally {
    result.dispose();
  }
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
  rowNorms(a, 'a');
  rowNorms(b, 'b');
  const { tf } = ctx;
  const result = tf.tidy(() =>
    tf.matMul(
      normalized(tf, tf.tensor2d(a.data, [...a.shape])),
      tf.transpose(normalized(tf, tf.tensor2d(b.data, [...b.shape]))),
    ),
  );
  try {
    return { data: (await result.data()) as Float32Array, shape: [a.shape[0], b.shape[0]] };
  } finally {
    result.dispose();
  }
}

function normalized(tf: OpContext['tf'], x: Tensor2D): Tensor2D {
  return tf.div(x, tf.sqrt(tf.sum(tf.square(x), 1, true)));
}

import { TensorCoreError } from '../errors.js';
import { checkFits, type OpContext } from '../core/context.js';
import { checkFiniteResult, toMatrix, type Matrix, type MatrixInput } from '../core/matrix.js';

/** @internal */
/** Matrix product `a · b`: `a` is `m × k`, `b` is `k × n`, the result `m × n`. */
export async function matmul(ctx: OpContext, aInput: MatrixInput, bInput: MatrixInput): Promise<Matrix> {
  const a = toMatrix(aInput, 'a');
  const b = toMatrix(bInput, 'b');
  if (a.shape[1] !== b.shape[0]) {
    throw new TensorCoreError(
      'INVALID_SHAPE',
      `matmul: a has shape [${a.shape.join(', ')}] and b has shape [${b.shape.join(', ')}]; b must have ${a.shape[1]} rows (a's columns).`,
      { details: { argument: 'b', expected: [a.shape[1], '?'], actual: [...b.shape] } },
    );
  }
  checkFits(ctx, 'a', a.shape);
  checkFits(ctx, 'b', b.shape);
  checkFits(ctx, 'The product a · b', [a.shape[0], b.shape[1]]);
  const { tf } = ctx;
  const product = tf.tidy(() => tf.matMul(tf.tensor2d(a.data, [...a.shape]), tf.tensor2d(b.data, [...b.shape])));
  try {
    const data = (await product.data()) as Float32Array;
    checkFiniteResult(data, 'The product a · b');
    return { data, shape: [a.shape[0], b.shape[1]] };
  } finally {
    product.dispose();
  }
}

import type { NamedAttrMap, Tensor } from '@tensorflow/tfjs-core';
import { TensorCoreError } from './errors.js';
import type { Tf } from './core/context.js';

let loading: Promise<void> | null = null;

/**
 * Registers TensorFlow.js's gradient functions (tfjs-core ships them as a separate side-effect
 * module that only the `@tensorflow/tfjs` bundle imports), then a faster matrix-product gradient
 * (see {@link registerMatMulGradient}). Loaded once, on first need, so pages that never train never
 * download them. In plain Node the module's extensionless imports need the resolver
 * `@tensorscope/tensor-core/node-register` (`node --import …`); bundlers and Vitest resolve them.
 */
export function loadGradients(tf: Tf): Promise<void> {
  if (!loading) {
    loading = import('@tensorflow/tfjs-core/dist/register_all_gradients').then(
      () => registerMatMulGradient(tf),
      (cause: unknown) => {
        loading = null;
        throw new TensorCoreError(
          'BACKEND_UNAVAILABLE',
          "TensorFlow.js's gradients could not be loaded, so nothing can be trained here. In plain Node, start with `node --import @tensorscope/tensor-core/node-register`.",
          { cause },
        );
      },
    );
  }
  return loading;
}

/**
 * The same gradient of `BatchMatMul` as tfjs's, computed with explicit transposes: tfjs's wasm
 * kernel multiplies a transposed operand 10–40× slower than a plain one (2048×1024 · 1024×96 on
 * Node 20: 14 ms plain, 146 ms with `transposeB`, 533 ms with `transposeA`), and the stock gradient
 * uses transposed products for both inputs. For `aᵀ·b` it picks the cheaper of transposing `a`, or
 * transposing `b` and the (smaller) result.
 */
export function registerMatMulGradient(tf: Tf): void {
  const swap = (x: Tensor) => {
    const perm = x.shape.map((_, i) => i);
    perm[perm.length - 1] = perm.length - 2;
    perm[perm.length - 2] = perm.length - 1;
    return tf.transpose(x, perm);
  };
  // x' · y' with x' = xᵀ when tx, y' = yᵀ when ty, using only untransposed products.
  const product = (x: Tensor, y: Tensor, tx: boolean, ty: boolean): Tensor => {
    if (tx && !ty) {
      const rows = x.shape[x.rank - 1]!;
      const columns = y.shape[y.rank - 1]!;
      const inner = x.shape[x.rank - 2]!;
      // Transpose x (inner·rows), or y and the result (inner·columns + rows·columns).
      if (inner * columns + rows * columns < inner * rows) return swap(tf.matMul(swap(y), x));
    }
    return tf.matMul(tx ? swap(x) : x, ty ? swap(y) : y);
  };
  const previous = console.warn;
  console.warn = () => undefined; // tfjs warns that a gradient is being overridden: that is the point.
  try {
    tf.registerGradient({
      kernelName: 'BatchMatMul',
      inputsToSave: ['a', 'b'],
      gradFunc: (dy: Tensor | Tensor[], saved: Tensor[], attrs: NamedAttrMap) => {
        const grad = dy as Tensor;
        const [a, b] = saved as [Tensor, Tensor];
        const { transposeA, transposeB } = attrs as unknown as { transposeA: boolean; transposeB: boolean };
        if (!transposeA && !transposeB)
          return { a: () => product(grad, b, false, true), b: () => product(a, grad, true, false) };
        if (!transposeA && transposeB)
          return { a: () => product(grad, b, false, false), b: () => product(grad, a, true, false) };
        if (transposeA && !transposeB)
          return { a: () => product(b, grad, false, true), b: () => product(a, grad, false, false) };
        return { a: () => product(b, grad, true, true), b: () => product(grad, a, true, true) };
      },
    });
  } finally {
    console.warn = previous;
  }
}

import { EigenvalueDecomposition, Matrix as MlMatrix } from 'ml-matrix';

/** Eigenvalues (descending) and matching unit eigenvectors (rows) of a symmetric matrix. */
export interface SymmetricEigen {
  values: Float64Array;
  /** `d × d`, row i is the eigenvector of `values[i]`. */
  vectors: Float64Array;
}

/**
 * Eigen-decomposition of a small symmetric `d × d` matrix on the CPU in float64 (ml-matrix's
 * Householder tridiagonalisation + QL, the same routine ml-pca uses). Signs are deterministic:
 * the largest-magnitude entry of every eigenvector is positive.
 */
export function symmetricEigen(matrix: Float64Array, d: number): SymmetricEigen {
  const rows = Array.from({ length: d }, (_, i) => Array.from(matrix.subarray(i * d, (i + 1) * d)));
  const evd = new EigenvalueDecomposition(new MlMatrix(rows), { assumeSymmetric: true });
  const raw = evd.realEigenvalues;
  const eigenvectors = evd.eigenvectorMatrix;
  const order = raw.map((_, i) => i).sort((a, b) => (raw[b] as number) - (raw[a] as number) || a - b);
  const values = new Float64Array(d);
  const vectors = new Float64Array(d * d);
  order.forEach((source, target) => {
    values[target] = raw[source] as number;
    let largest = 0;
    for (let i = 0; i < d; i++) {
      const v = eigenvectors.get(i, source);
      if (Math.abs(v) > Math.abs(largest)) largest = v;
    }
    const sign = largest < 0 ? -1 : 1;
    for (let i = 0; i < d; i++) vectors[target * d + i] = sign * eigenvectors.get(i, source);
  });
  return { values, vectors };
}

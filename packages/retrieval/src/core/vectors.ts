/** Dense row-major vectors: `count × dimensions`. */
export interface DenseVectors {
  data: Float32Array;
  count: number;
  dimensions: number;
}

/** Scales `v` in place to unit length (a zero vector stays zero); returns its original length. */
export function normalizeInPlace(v: Float32Array | Float64Array, start = 0, length = v.length - start): number {
  // Scale before squaring: float32 squares of values near 1e20 overflow.
  let max = 0;
  for (let i = start; i < start + length; i++) max = Math.max(max, Math.abs(v[i]!));
  if (max === 0 || !Number.isFinite(max)) return 0;
  let sum = 0;
  for (let i = start; i < start + length; i++) sum += (v[i]! / max) ** 2;
  const norm = Math.sqrt(sum) * max;
  for (let i = start; i < start + length; i++) v[i] = v[i]! / norm;
  return norm;
}

/** Unit-length copies of every row (zero rows stay zero, so they score 0 against anything). */
export function unitRows(vectors: DenseVectors): DenseVectors {
  const data = Float32Array.from(vectors.data);
  for (let row = 0; row < vectors.count; row++) normalizeInPlace(data, row * vectors.dimensions, vectors.dimensions);
  return { ...vectors, data };
}

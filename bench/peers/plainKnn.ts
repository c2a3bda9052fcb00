// The plain-JS peer both benchmarks compare tensor-core's neighbour index with: what a user would
// write without a library — normalise the rows once, then a tight cosine top-k scan per query.

/** Rows scaled to unit length (a zero row stays zero). */
export function normalizeRowsJs(vectors: Float32Array, n: number, d: number): Float32Array {
  const normalized = new Float32Array(n * d);
  for (let i = 0; i < n; i++) {
    let norm = 0;
    for (let j = 0; j < d; j++) norm += (vectors[i * d + j] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < d; j++) normalized[i * d + j] = (vectors[i * d + j] as number) / norm;
  }
  return normalized;
}

/** The k rows most cosine-similar to `query`, best first, over rows from {@link normalizeRowsJs}. */
export function jsTopK(normalized: Float32Array, n: number, d: number, query: Float32Array, k: number): Int32Array {
  let qn = 0;
  for (let j = 0; j < d; j++) qn += (query[j] as number) ** 2;
  qn = Math.sqrt(qn);
  const best = new Float32Array(k).fill(-Infinity);
  const ids = new Int32Array(k).fill(-1);
  for (let i = 0; i < n; i++) {
    let dot = 0;
    const o = i * d;
    for (let j = 0; j < d; j++) dot += (normalized[o + j] as number) * (query[j] as number);
    const score = dot / qn;
    if (score > (best[k - 1] as number)) {
      let p = k - 1;
      while (p > 0 && (best[p - 1] as number) < score) {
        best[p] = best[p - 1] as number;
        ids[p] = ids[p - 1] as number;
        p--;
      }
      best[p] = score;
      ids[p] = i;
    }
  }
  return ids;
}

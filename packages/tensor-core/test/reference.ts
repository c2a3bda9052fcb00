// Plain float64 references for every tensor-core op, written as simply as possible.

/** Deterministic pseudo-random numbers in [-1, 1) with an offset, so data are not zero-mean. */
export function randomMatrix(rows: number, columns: number, seed: number, offset = 0): Float32Array {
  let s = seed >>> 0 || 1;
  const out = new Float32Array(rows * columns);
  for (let i = 0; i < out.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = (s / 4294967296) * 2 - 1 + offset;
  }
  return out;
}

export function matmul64(a: Float32Array, b: Float32Array, m: number, k: number, n: number): Float64Array {
  const out = new Float64Array(m * n);
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += (a[i * k + p] as number) * (b[p * n + j] as number);
      out[i * n + j] = s;
    }
  return out;
}

/** max |actual − expected| / max(1, max |expected|). */
export function relativeError(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  if (actual.length !== expected.length) throw new Error(`length ${actual.length} ≠ ${expected.length}`);
  let maxDiff = 0;
  let maxRef = 1;
  for (let i = 0; i < expected.length; i++) {
    maxDiff = Math.max(maxDiff, Math.abs((actual[i] as number) - (expected[i] as number)));
    maxRef = Math.max(maxRef, Math.abs(expected[i] as number));
  }
  return maxDiff / maxRef;
}

export function attention64(
  q: Float32Array,
  k: Float32Array,
  qLen: number,
  kLen: number,
  heads: number,
  keep: (i: number, j: number) => boolean,
  v?: Float32Array,
  dValue = 0,
): { weights: Float64Array; output: Float64Array | null } {
  const width = q.length / qLen;
  const dHead = width / heads;
  const weights = new Float64Array(heads * qLen * kLen);
  for (let h = 0; h < heads; h++)
    for (let i = 0; i < qLen; i++) {
      const scores: number[] = [];
      for (let j = 0; j < kLen; j++) {
        let s = 0;
        for (let d = 0; d < dHead; d++)
          s += (q[i * width + h * dHead + d] as number) * (k[j * width + h * dHead + d] as number);
        scores.push(keep(i, j) ? s / Math.sqrt(dHead) : -Infinity);
      }
      const max = Math.max(...scores);
      if (max === -Infinity) continue; // fully masked row: zeros
      const exps = scores.map((s) => (s === -Infinity ? 0 : Math.exp(s - max)));
      const total = exps.reduce((x, y) => x + y, 0);
      exps.forEach((e, j) => (weights[(h * qLen + i) * kLen + j] = e / total));
    }
  if (!v) return { weights, output: null };
  const output = new Float64Array(qLen * heads * dValue);
  for (let h = 0; h < heads; h++)
    for (let i = 0; i < qLen; i++)
      for (let c = 0; c < dValue; c++) {
        let s = 0;
        for (let j = 0; j < kLen; j++)
          s += (weights[(h * qLen + i) * kLen + j] as number) * (v[j * heads * dValue + h * dValue + c] as number);
        output[i * heads * dValue + h * dValue + c] = s;
      }
  return { weights, output };
}

/** Sample covariance (n − 1) of an n × d matrix, float64. */
export function covariance64(x: Float32Array, n: number, d: number): { cov: Float64Array; mean: Float64Array } {
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] = (mean[j] as number) + (x[i * d + j] as number) / n;
  const cov = new Float64Array(d * d);
  for (let i = 0; i < n; i++)
    for (let a = 0; a < d; a++)
      for (let b = 0; b < d; b++)
        cov[a * d + b] =
          (cov[a * d + b] as number) +
          ((x[i * d + a] as number) - (mean[a] as number)) * ((x[i * d + b] as number) - (mean[b] as number));
  for (let i = 0; i < d * d; i++) cov[i] = (cov[i] as number) / (n - 1);
  return { cov, mean };
}

/** Eigenvalues of a symmetric matrix by cyclic Jacobi rotations (independent of the library under test). */
export function jacobiEigenvalues(matrix: Float64Array, d: number): number[] {
  const a = Float64Array.from(matrix);
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < d; p++) for (let q = p + 1; q < d; q++) off += (a[p * d + q] as number) ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < d; p++)
      for (let q = p + 1; q < d; q++) {
        const apq = a[p * d + q] as number;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = ((a[q * d + q] as number) - (a[p * d + p] as number)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < d; r++) {
          const arp = a[r * d + p] as number;
          const arq = a[r * d + q] as number;
          a[r * d + p] = c * arp - s * arq;
          a[r * d + q] = s * arp + c * arq;
        }
        for (let r = 0; r < d; r++) {
          const apr = a[p * d + r] as number;
          const aqr = a[q * d + r] as number;
          a[p * d + r] = c * apr - s * aqr;
          a[q * d + r] = s * apr + c * aqr;
        }
      }
  }
  return Array.from({ length: d }, (_, i) => a[i * d + i] as number).sort((x, y) => y - x);
}

/** Brute-force k nearest rows, float64, ties to the lower index. */
export function neighbors64(
  x: Float32Array,
  n: number,
  d: number,
  query: Float32Array,
  k: number,
  metric: 'cosine' | 'euclidean' | 'dot',
): { indices: number[]; scores: number[] } {
  const qNorm = Math.sqrt(query.reduce((s, v) => s + v * v, 0));
  const rows = Array.from({ length: n }, (_, i) => {
    let dot = 0;
    let norm = 0;
    let dist = 0;
    for (let j = 0; j < d; j++) {
      const v = x[i * d + j] as number;
      dot += v * (query[j] as number);
      norm += v * v;
      dist += (v - (query[j] as number)) ** 2;
    }
    const score = metric === 'cosine' ? dot / (Math.sqrt(norm) * qNorm) : metric === 'dot' ? dot : Math.sqrt(dist);
    return { index: i, score };
  });
  rows.sort((a, b) => (metric === 'euclidean' ? a.score - b.score : b.score - a.score) || a.index - b.index);
  const best = rows.slice(0, k);
  return { indices: best.map((r) => r.index), scores: best.map((r) => r.score) };
}

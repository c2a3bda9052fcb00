import type { CsrGraph } from './fuzzyGraph.js';
import { xorshift, type FastRandom } from './nnDescent.js';

/**
 * The `a`, `b` of UMAP's low-dimensional similarity `1 / (1 + a·d^(2b))`, fitted (least squares,
 * Levenberg–Marquardt from a = b = 1, as umap-learn's `find_ab_params` does with scipy's
 * `curve_fit`) to `1` for `d < minDist` and `exp(−(d − minDist) / spread)` beyond, on 300 points of
 * [0, 3·spread]. minDist 0.1, spread 1 → a ≈ 1.577, b ≈ 0.895.
 */
export function findAbParams(spread: number, minDist: number): { a: number; b: number } {
  const xs = new Float64Array(300);
  const ys = new Float64Array(300);
  for (let i = 0; i < 300; i++) {
    const x = (i * 3 * spread) / 299;
    xs[i] = x;
    ys[i] = x < minDist ? 1 : Math.exp(-(x - minDist) / spread);
  }
  const residual = (a: number, b: number) => {
    let s = 0;
    for (let i = 0; i < 300; i++) {
      const x = xs[i] as number;
      const f = x > 0 ? 1 / (1 + a * Math.pow(x, 2 * b)) : 1;
      s += (f - (ys[i] as number)) ** 2;
    }
    return s;
  };
  let a = 1;
  let b = 1;
  let lambda = 1e-3;
  let cost = residual(a, b);
  for (let iteration = 0; iteration < 200; iteration++) {
    // Normal equations JᵀJ δ = −Jᵀr of the 2-parameter model.
    let jaa = 0;
    let jab = 0;
    let jbb = 0;
    let ga = 0;
    let gb = 0;
    for (let i = 0; i < 300; i++) {
      const x = xs[i] as number;
      if (x <= 0) continue;
      const p = Math.pow(x, 2 * b);
      const denominator = 1 + a * p;
      const f = 1 / denominator;
      const r = f - (ys[i] as number);
      const da = -p / (denominator * denominator);
      const db = (-a * p * 2 * Math.log(x)) / (denominator * denominator);
      jaa += da * da;
      jab += da * db;
      jbb += db * db;
      ga += da * r;
      gb += db * r;
    }
    let improved = false;
    for (let tries = 0; tries < 30 && !improved; tries++) {
      const m11 = jaa * (1 + lambda);
      const m22 = jbb * (1 + lambda);
      const det = m11 * m22 - jab * jab;
      if (!(Math.abs(det) > 0)) {
        lambda *= 10;
        continue;
      }
      const stepA = -(m22 * ga - jab * gb) / det;
      const stepB = -(m11 * gb - jab * ga) / det;
      const next = residual(a + stepA, b + stepB);
      if (next < cost) {
        const change = cost - next;
        a += stepA;
        b += stepB;
        cost = next;
        lambda = Math.max(lambda / 10, 1e-12);
        improved = true;
        if (change < 1e-14 * Math.max(1, cost)) return { a, b };
      } else lambda *= 10;
    }
    if (!improved) break;
  }
  return { a, b };
}

/**
 * The starting layout: the first `dims` principal axes of `rows` (the covariance of up to 20 000
 * evenly spaced rows, its top eigenvectors by orthogonal iteration) when rows are given, else
 * uniform noise in [−10, 10] (umap-learn's `init='random'`); then, as umap-learn does, a tiny
 * Gaussian jitter (1e-4 of the range) and each axis scaled to [0, 10].
 */
export function initialLayout(
  rows: Float32Array | null,
  n: number,
  d: number,
  dims: number,
  random: FastRandom,
): Float32Array {
  const out = new Float32Array(n * dims);
  if (rows) {
    const axes = principalAxes(rows, n, d, dims, random);
    for (let i = 0; i < n; i++) {
      for (let c = 0; c < dims; c++) {
        let s = 0;
        for (let t = 0; t < d; t++) s += (rows[i * d + t] as number) * (axes[c * d + t] as number);
        out[i * dims + c] = s;
      }
    }
  } else {
    for (let i = 0; i < n * dims; i++) out[i] = random.next() * 20 - 10;
  }
  for (let c = 0; c < dims; c++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < n; i++) {
      const v = out[i * dims + c] as number;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const range = hi - lo;
    const jitter = range > 0 ? range * 1e-4 : 1e-4;
    const scale = range > 0 ? 10 / range : 0;
    for (let i = 0; i < n; i++) {
      const at = i * dims + c;
      const u = Math.max(random.next(), 1e-12);
      const noise = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
      out[at] = ((out[at] as number) - lo + jitter * noise) * scale + (range > 0 ? 0 : 5);
    }
  }
  return out;
}

/** Top `dims` eigenvectors (row-major `dims × d`) of the covariance of (a sample of) the rows. */
function principalAxes(rows: Float32Array, n: number, d: number, dims: number, random: FastRandom): Float64Array {
  const stride = Math.max(1, Math.floor(n / 20000));
  const mean = new Float64Array(d);
  let m = 0;
  for (let i = 0; i < n; i += stride, m++) for (let t = 0; t < d; t++) mean[t]! += rows[i * d + t] as number;
  for (let t = 0; t < d; t++) mean[t]! /= m;
  const cov = new Float64Array(d * d);
  const centred = new Float64Array(d);
  for (let i = 0; i < n; i += stride) {
    for (let t = 0; t < d; t++) centred[t] = (rows[i * d + t] as number) - (mean[t] as number);
    for (let s = 0; s < d; s++) {
      const v = centred[s] as number;
      if (v === 0) continue;
      const o = s * d;
      for (let t = s; t < d; t++) cov[o + t]! += v * (centred[t] as number);
    }
  }
  for (let s = 0; s < d; s++) for (let t = s + 1; t < d; t++) cov[t * d + s] = cov[s * d + t] as number;
  // Orthogonal iteration: Q ← orth(C Q).
  const q = new Float64Array(dims * d);
  for (let i = 0; i < q.length; i++) q[i] = random.next() - 0.5;
  const next = new Float64Array(dims * d);
  for (let iteration = 0; iteration < 300; iteration++) {
    next.fill(0);
    for (let c = 0; c < dims; c++) {
      for (let s = 0; s < d; s++) {
        let v = 0;
        for (let t = 0; t < d; t++) v += (cov[s * d + t] as number) * (q[c * d + t] as number);
        next[c * d + s] = v;
      }
    }
    // Gram–Schmidt.
    let change = 0;
    for (let c = 0; c < dims; c++) {
      for (let p = 0; p < c; p++) {
        let dot = 0;
        for (let t = 0; t < d; t++) dot += (next[c * d + t] as number) * (next[p * d + t] as number);
        for (let t = 0; t < d; t++) next[c * d + t]! -= dot * (next[p * d + t] as number);
      }
      let norm = 0;
      for (let t = 0; t < d; t++) norm += (next[c * d + t] as number) ** 2;
      norm = Math.sqrt(norm);
      for (let t = 0; t < d; t++) {
        const v = norm > 0 ? (next[c * d + t] as number) / norm : t === c ? 1 : 0;
        change += Math.abs(v - (q[c * d + t] as number));
        q[c * d + t] = v;
      }
    }
    if (change < 1e-9) break;
  }
  return q;
}

/** Options of {@link createLayoutOptimizer}. */
export interface LayoutOptimizerOptions {
  a: number;
  b: number;
  epochs: number;
  seed: number;
  /** Negative samples per positive sample. Default 5. */
  negativeSampleRate?: number;
  /** Initial learning rate, decayed linearly to 0. Default 1. */
  learningRate?: number;
  /** Weight of the repulsion. Default 1. */
  repulsionStrength?: number;
}

/** The SGD of a layout, one epoch per `step()`. */
export interface LayoutOptimizer {
  step(): void;
  readonly epoch: number;
  readonly epochs: number;
  readonly embedding: Float32Array;
}

/**
 * umap-learn's `optimize_layout_euclidean` (single-threaded, move_other): every directed edge of the
 * symmetric graph is sampled every `w_max / w` epochs (edges below `w_max / epochs` dropped first),
 * pulled by `−2ab·d^(2(b−1)) / (1 + a·d^(2b))`, and followed by `negativeSampleRate` random points
 * pushed by `2γb / ((0.001 + d²)(1 + a·d^(2b)))`; each gradient component clipped to ±4, the learning
 * rate decayed linearly. Negative samples come from umap-learn's Tausworthe generator, seeded.
 */
export function createLayoutOptimizer(
  graph: CsrGraph,
  embedding: Float32Array,
  dims: number,
  options: LayoutOptimizerOptions,
): LayoutOptimizer {
  const { a, b, epochs } = options;
  const negativeRate = options.negativeSampleRate ?? 5;
  const initialAlpha = options.learningRate ?? 1;
  const gamma = options.repulsionStrength ?? 1;
  const n = graph.n;
  // Edges (head, tail) of the kept weights.
  let wMax = 0;
  for (let e = 0; e < graph.weights.length; e++) wMax = Math.max(wMax, graph.weights[e] as number);
  const threshold = wMax / (epochs > 10 ? epochs : n <= 10000 ? 500 : 200);
  let edgeCount = 0;
  for (let e = 0; e < graph.weights.length; e++) if ((graph.weights[e] as number) >= threshold) edgeCount++;
  const head = new Int32Array(edgeCount);
  const tail = new Int32Array(edgeCount);
  const epochsPerSample = new Float64Array(edgeCount);
  for (let i = 0, at = 0; i < n; i++) {
    for (let e = graph.indptr[i] as number; e < (graph.indptr[i + 1] as number); e++) {
      const w = graph.weights[e] as number;
      if (!(w >= threshold) || !(w > 0)) continue;
      head[at] = i;
      tail[at] = graph.indices[e] as number;
      epochsPerSample[at++] = wMax / w;
    }
  }
  const epochsPerNegative = epochsPerSample.map((v) => v / negativeRate);
  const nextSample = epochsPerSample.slice();
  const nextNegative = epochsPerNegative.slice();
  // Tausworthe state (umap-learn's tau_rand_int); each part needs its low bits non-zero.
  const seeder = xorshift(options.seed ^ 0x2545f491);
  const tau = new Uint32Array(3);
  for (let i = 0; i < 3; i++) tau[i] = (Math.floor(seeder.next() * 4294967296) | 0x100) >>> 0;
  const { exponents, mantissas } = createPowB(b);
  const state: EpochState = {
    n,
    dims,
    a,
    b,
    twoAB: 2 * a * b,
    twoGB: 2 * gamma * b,
    edgeCount,
    head,
    tail,
    epochsPerSample,
    epochsPerNegative,
    nextSample,
    nextNegative,
    y: embedding,
    tau,
    exponents,
    mantissas,
  };
  let epoch = 0;
  const step = () => {
    if (epoch >= epochs) return;
    sgdEpoch(state, epoch, initialAlpha * (1 - epoch / epochs));
    epoch++;
  };
  return {
    step,
    get epoch() {
      return epoch;
    },
    epochs,
    embedding,
  };
}

/** Clamps a gradient component to [−4, 4] (umap-learn's `clip`). */
function clip4(g: number): number {
  return g > 4 ? 4 : g < -4 ? -4 : g;
}

// x^b by tables, the SGD's hot spot (Math.pow costs ~40 ns in V8): x = m · 2^E with m in [1, 2), so
// x^b = (2^b)^E · m^b — the first from a table per exponent, the second interpolated linearly from
// 1 024 bins of [1, 2) (relative error below 1e-7). Reads the float64 bits through a shared view.
const MANTISSA_BINS = 1024;
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HIGH = LITTLE_ENDIAN ? 1 : 0;

/** The tables of {@link powB} for one exponent b. */
function createPowB(b: number): { exponents: Float64Array; mantissas: Float64Array } {
  const exponents = new Float64Array(2048);
  for (let e = 0; e < 2048; e++) exponents[e] = Math.pow(2, (e - 1023) * b);
  const mantissas = new Float64Array(MANTISSA_BINS + 1);
  for (let i = 0; i <= MANTISSA_BINS; i++) mantissas[i] = Math.pow(1 + i / MANTISSA_BINS, b);
  return { exponents, mantissas };
}

/** x^b for a finite x > 0, from {@link createPowB}'s tables (Math.pow for subnormal x). */
function powB(x: number, exponents: Float64Array, mantissas: Float64Array, b: number): number {
  bits[0] = x;
  const high = words[HIGH] as number;
  const e = high >>> 20;
  if (e === 0 || e === 2047) return Math.pow(x, b);
  const top = (high >>> 10) & 1023;
  const fraction = (high & 1023) / 1024;
  const lo = mantissas[top] as number;
  return (exponents[e] as number) * (lo + ((mantissas[top + 1] as number) - lo) * fraction);
}

/** Everything one epoch of {@link createLayoutOptimizer} reads and writes. */
interface EpochState {
  n: number;
  dims: number;
  a: number;
  b: number;
  twoAB: number;
  twoGB: number;
  edgeCount: number;
  head: Int32Array;
  tail: Int32Array;
  epochsPerSample: Float64Array;
  epochsPerNegative: Float64Array;
  nextSample: Float64Array;
  nextNegative: Float64Array;
  y: Float32Array;
  tau: Uint32Array;
  exponents: Float64Array;
  mantissas: Float64Array;
}

/** One epoch of umap-learn's `_optimize_layout_euclidean_single_epoch` (move_other, dims 2 or 3). */
function sgdEpoch(state: EpochState, now: number, alpha: number): void {
  const { n, dims, a, b, twoAB, twoGB, edgeCount, head, tail, y, tau, exponents, mantissas } = state;
  const { epochsPerSample, epochsPerNegative, nextSample, nextNegative } = state;
  let s0 = tau[0] as number;
  let s1 = tau[1] as number;
  let s2 = tau[2] as number;
  // A uniform 32-bit draw → a point index (multiply and floor: cheaper than an integer modulo).
  const scale = n / 4294967296;
  for (let e = 0; e < edgeCount; e++) {
    if ((nextSample[e] as number) > now) continue;
    const jo = (head[e] as number) * dims;
    const ko = (tail[e] as number) * dims;
    // Attraction (the third coordinate is 0 in 2D).
    const dx = (y[jo] as number) - (y[ko] as number);
    const dy = (y[jo + 1] as number) - (y[ko + 1] as number);
    const dz = dims === 3 ? (y[jo + 2] as number) - (y[ko + 2] as number) : 0;
    const dist2 = dx * dx + dy * dy + dz * dz;
    if (dist2 > 0) {
      const pb = powB(dist2, exponents, mantissas, b);
      const coeff = (-twoAB * (pb / dist2)) / (a * pb + 1);
      const gx = clip4(coeff * dx) * alpha;
      const gy = clip4(coeff * dy) * alpha;
      y[jo] = (y[jo] as number) + gx;
      y[jo + 1] = (y[jo + 1] as number) + gy;
      y[ko] = (y[ko] as number) - gx;
      y[ko + 1] = (y[ko + 1] as number) - gy;
      if (dims === 3) {
        const gz = clip4(coeff * dz) * alpha;
        y[jo + 2] = (y[jo + 2] as number) + gz;
        y[ko + 2] = (y[ko + 2] as number) - gz;
      }
    }
    nextSample[e] = (nextSample[e] as number) + (epochsPerSample[e] as number);
    const perNegative = epochsPerNegative[e] as number;
    const negatives = Math.floor((now - (nextNegative[e] as number)) / perNegative);
    if (negatives <= 0) continue;
    let cx = y[jo] as number;
    let cy = y[jo + 1] as number;
    let cz = dims === 3 ? (y[jo + 2] as number) : 0;
    for (let p = 0; p < negatives; p++) {
      s0 = (((s0 & 4294967294) << 12) ^ (((s0 << 13) ^ s0) >>> 19)) >>> 0;
      s1 = (((s1 & 4294967288) << 4) ^ (((s1 << 2) ^ s1) >>> 25)) >>> 0;
      s2 = (((s2 & 4294967280) << 17) ^ (((s2 << 3) ^ s2) >>> 11)) >>> 0;
      const oo = Math.floor(((s0 ^ s1 ^ s2) >>> 0) * scale) * dims;
      const ex = cx - (y[oo] as number);
      const ey = cy - (y[oo + 1] as number);
      const ez = dims === 3 ? cz - (y[oo + 2] as number) : 0;
      const d2 = ex * ex + ey * ey + ez * ez;
      // d2 = 0 (the point itself, or a duplicate): no force, as in umap-learn.
      if (d2 > 0) {
        const coeff = twoGB / ((0.001 + d2) * (a * powB(d2, exponents, mantissas, b) + 1));
        // Rounded to float32 after each sample, as umap-learn's float32 embedding is.
        cx = Math.fround(cx + clip4(coeff * ex) * alpha);
        cy = Math.fround(cy + clip4(coeff * ey) * alpha);
        if (dims === 3) cz = Math.fround(cz + clip4(coeff * ez) * alpha);
      }
    }
    y[jo] = cx;
    y[jo + 1] = cy;
    if (dims === 3) y[jo + 2] = cz;
    nextNegative[e] = (nextNegative[e] as number) + negatives * perNegative;
  }
  tau[0] = s0;
  tau[1] = s1;
  tau[2] = s2;
}

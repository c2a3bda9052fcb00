// A float64 reference transformer in plain loops, written independently of src/core/forward.ts
// (no tfjs), for the tests that pin the maths: forward pass, head ablation, loss, and gradients by
// central finite differences. Tiny configs only: it is O(T²·d) per head with no vectorisation.
import { createSeededRandom, gaussian } from '@tensorscope/common';
import type { TransformerConfig } from '../src/core/config.js';
import { weightShapes, type WeightTensor } from '../src/core/weights.js';

/** Weights as plain float64 arrays by name (row-major, the same layout as `weightShapes`). */
export type RefWeights = Record<string, Float64Array>;

export interface RefAblation {
  /** `[layer, head]` pairs whose output `z = A·V` is removed. */
  readonly zero?: readonly (readonly [number, number])[];
  /** `[layer, head]` pairs whose output is replaced by its mean over the positions. */
  readonly mean?: readonly (readonly [number, number])[];
}

export interface RefForward {
  /** `[T × V]`. */
  logits: Float64Array;
  /** Per layer `[H × T × T]`. */
  attention: Float64Array[];
  /** Per layer `[H × T × dHead]`. */
  queries: Float64Array[];
  keys: Float64Array[];
  values: Float64Array[];
  /** `[T × d]`, `layers + 1` entries. */
  residual: Float64Array[];
  /** `−log p(ids[i+1])` at positions `0 … T−2`. */
  losses: Float64Array;
}

const EPS = 1e-5;

function layerNorm(x: Float64Array, rows: number, d: number, gain: Float64Array, bias: Float64Array): Float64Array {
  const out = new Float64Array(rows * d);
  for (let r = 0; r < rows; r++) {
    let mean = 0;
    for (let j = 0; j < d; j++) mean += x[r * d + j]!;
    mean /= d;
    let variance = 0;
    for (let j = 0; j < d; j++) variance += (x[r * d + j]! - mean) ** 2;
    variance /= d;
    const inv = 1 / Math.sqrt(variance + EPS);
    for (let j = 0; j < d; j++) out[r * d + j] = (x[r * d + j]! - mean) * inv * gain[j]! + bias[j]!;
  }
  return out;
}

/** `a [n × k] · b [k × m]`. */
function matmul(a: Float64Array, b: Float64Array, n: number, k: number, m: number): Float64Array {
  const out = new Float64Array(n * m);
  for (let i = 0; i < n; i++)
    for (let p = 0; p < k; p++) {
      const av = a[i * k + p]!;
      for (let j = 0; j < m; j++) out[i * m + j] = out[i * m + j]! + av * b[p * m + j]!;
    }
  return out;
}

const gelu = (x: number) => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)));

/** The reference forward pass of one sequence. */
export function referenceForward(
  config: TransformerConfig,
  w: RefWeights,
  ids: ArrayLike<number>,
  ablation: RefAblation = {},
): RefForward {
  const { vocabSize: V, dModel: d, heads: H, layers } = config;
  const T = ids.length;
  const dh = d / H;
  const x = new Float64Array(T * d);
  for (let t = 0; t < T; t++)
    for (let j = 0; j < d; j++) x[t * d + j] = w.tokenEmbedding![ids[t]! * d + j]! + w.positionEmbedding![t * d + j]!;
  const out: RefForward = {
    logits: new Float64Array(0),
    attention: [],
    queries: [],
    keys: [],
    values: [],
    residual: [x.slice()],
    losses: new Float64Array(Math.max(0, T - 1)),
  };
  const has = (list: RefAblation['zero'], l: number, h: number) => !!list?.some(([a, b]) => a === l && b === h);
  for (let l = 0; l < layers; l++) {
    const p = `layer${l}.`;
    const h1 = layerNorm(x, T, d, w[`${p}ln1.gain`]!, w[`${p}ln1.bias`]!);
    const q = matmul(h1, w[`${p}attention.query`]!, T, d, d);
    const k = matmul(h1, w[`${p}attention.key`]!, T, d, d);
    const v = matmul(h1, w[`${p}attention.value`]!, T, d, d);
    const attention = new Float64Array(H * T * T);
    const split = (m: Float64Array) => {
      const s = new Float64Array(H * T * dh);
      for (let h = 0; h < H; h++)
        for (let t = 0; t < T; t++) for (let c = 0; c < dh; c++) s[(h * T + t) * dh + c] = m[t * d + h * dh + c]!;
      return s;
    };
    const z = new Float64Array(T * d); // heads concatenated, as `merged` in forward.ts
    for (let h = 0; h < H; h++) {
      for (let i = 0; i < T; i++) {
        const scores = new Float64Array(i + 1);
        let max = -Infinity;
        for (let j = 0; j <= i; j++) {
          let dot = 0;
          for (let c = 0; c < dh; c++) dot += q[i * d + h * dh + c]! * k[j * d + h * dh + c]!;
          scores[j] = dot / Math.sqrt(dh);
          max = Math.max(max, scores[j]!);
        }
        let sum = 0;
        for (let j = 0; j <= i; j++) sum += scores[j] = Math.exp(scores[j]! - max);
        for (let j = 0; j <= i; j++) attention[(h * T + i) * T + j] = scores[j]! / sum;
        for (let c = 0; c < dh; c++) {
          let acc = 0;
          for (let j = 0; j <= i; j++) acc += attention[(h * T + i) * T + j]! * v[j * d + h * dh + c]!;
          z[i * d + h * dh + c] = acc;
        }
      }
      if (has(ablation.zero, l, h)) {
        for (let i = 0; i < T; i++) for (let c = 0; c < dh; c++) z[i * d + h * dh + c] = 0;
      } else if (has(ablation.mean, l, h)) {
        for (let c = 0; c < dh; c++) {
          let mean = 0;
          for (let i = 0; i < T; i++) mean += z[i * d + h * dh + c]!;
          mean /= T;
          for (let i = 0; i < T; i++) z[i * d + h * dh + c] = mean;
        }
      }
    }
    const attn = matmul(z, w[`${p}attention.output`]!, T, d, d);
    for (let i = 0; i < T * d; i++) x[i]! += attn[i]!;
    if (config.mlp) {
      const hidden = d * config.mlpRatio;
      const h2 = layerNorm(x, T, d, w[`${p}ln2.gain`]!, w[`${p}ln2.bias`]!);
      const a = matmul(h2, w[`${p}mlp.in`]!, T, d, hidden);
      for (let t = 0; t < T; t++)
        for (let j = 0; j < hidden; j++) a[t * hidden + j] = gelu(a[t * hidden + j]! + w[`${p}mlp.inBias`]![j]!);
      const m = matmul(a, w[`${p}mlp.out`]!, T, hidden, d);
      for (let t = 0; t < T; t++)
        for (let j = 0; j < d; j++) x[t * d + j]! += m[t * d + j]! + w[`${p}mlp.outBias`]![j]!;
    }
    out.attention.push(attention);
    out.queries.push(split(q));
    out.keys.push(split(k));
    out.values.push(split(v));
    out.residual.push(x.slice());
  }
  const final = layerNorm(x, T, d, w['lnFinal.gain']!, w['lnFinal.bias']!);
  out.logits = matmul(final, w.unembedding!, T, d, V);
  for (let t = 0; t + 1 < T; t++) {
    let max = -Infinity;
    for (let j = 0; j < V; j++) max = Math.max(max, out.logits[t * V + j]!);
    let sum = 0;
    for (let j = 0; j < V; j++) sum += Math.exp(out.logits[t * V + j]! - max);
    out.losses[t] = Math.log(sum) + max - out.logits[t * V + ids[t + 1]!]!;
  }
  return out;
}

/**
 * Mean next-token cross-entropy over a batch of rows of `T + 1` ids (the model reads the first `T`
 * and predicts the last `T`), as the trainer computes it.
 */
export function referenceLoss(config: TransformerConfig, w: RefWeights, rows: Int32Array, batch: number): number {
  const width = rows.length / batch;
  let total = 0;
  for (let b = 0; b < batch; b++) {
    const { losses } = referenceForward(config, w, rows.subarray(b * width, (b + 1) * width));
    for (const loss of losses) total += loss;
  }
  return total / (batch * (width - 1));
}

/** The gradient of {@link referenceLoss} by central differences (step `h`), every parameter. */
export function finiteDifferenceGradient(
  config: TransformerConfig,
  w: RefWeights,
  rows: Int32Array,
  batch: number,
  h = 1e-6,
): RefWeights {
  const gradient: RefWeights = {};
  for (const spec of weightShapes(config)) {
    const values = w[spec.name]!;
    const g = new Float64Array(values.length);
    for (let i = 0; i < values.length; i++) {
      const saved = values[i]!;
      values[i] = saved + h;
      const plus = referenceLoss(config, w, rows, batch);
      values[i] = saved - h;
      const minus = referenceLoss(config, w, rows, batch);
      values[i] = saved;
      g[i] = (plus - minus) / (2 * h);
    }
    gradient[spec.name] = g;
  }
  return gradient;
}

/**
 * Seeded weights far from the trainer's tiny initialisation, so attention is sharp, LayerNorm
 * gains and biases matter and the GELU is in its curved part: every term of the maths shows.
 * Float32 values (what the model stores); `toReference` widens them.
 */
export function randomWeights(config: TransformerConfig, seed: number, scale = 0.5): Record<string, WeightTensor> {
  const random = createSeededRandom(seed);
  const weights: Record<string, WeightTensor> = {};
  for (const spec of weightShapes(config)) {
    const data = new Float32Array(spec.shape.reduce((a, b) => a * b, 1));
    for (let i = 0; i < data.length; i++) {
      const n = gaussian(random);
      data[i] = spec.kind === 'gain' ? 1 + 0.3 * n : spec.kind === 'bias' ? 0.2 * n : scale * n;
    }
    weights[spec.name] = { shape: spec.shape, data };
  }
  return weights;
}

export function toReference(weights: Readonly<Record<string, WeightTensor>>): RefWeights {
  return Object.fromEntries(Object.entries(weights).map(([name, t]) => [name, Float64Array.from(t.data)]));
}

/** Largest `|a − b| / max(1, |b|)` (absolute for small values, relative for large ones). */
export function maxError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!) / Math.max(1, Math.abs(b[i]!)));
  return worst;
}

// Per-head scores that say what a head does, computed from its attention pattern on real inputs
// (and, for copying, from its weights). Plain typed arrays: runs in Node, workers and views.
import { checkFiniteNumbers, checkInteger, checkObject, describeValue } from '@tensorscope/common';
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { headDim, readConfig, type TransformerConfig } from './config.js';
import { fail } from './errors.js';
import { checkWeights, type Weights } from './weights.js';

/** One head's scores, each in [0, 1] except `copying` (in [−1, 1]). */
export interface HeadScores {
  /** Mean attention from each position to the one just before it. */
  readonly previousToken: number;
  /**
   * Prefix matching (Olsson et al., 2022): mean attention from position i to the positions j whose
   * previous token equals token i, i.e. to the token that followed an earlier occurrence of the
   * current one, over the positions where such a j exists. The signature of an induction head.
   */
  readonly induction: number;
  /** Mean attention to the first position (a "sink" where heads park attention they do not need). */
  readonly firstToken: number;
  /**
   * Copying (Elhage et al., 2021): Σλ / Σ|λ| over the eigenvalues of the head's OV circuit read
   * from token to logit (W_E · W_V · W_O · W_U), LayerNorm ignored. Near 1: the head raises the
   * logits of the tokens it attends to.
   */
  readonly copying: number;
}

/**
 * Attention scores of every head of one layer. `attention` is `[batch × heads × T × T]`, `ids`
 * `[batch × T]` the inputs it was computed on. With one position (`T = 1`) there is nothing to
 * score: every score is 0.
 */
export function attentionScores(
  attentionValue: Float32Array,
  idsValue: Int32Array,
  batch: number,
  heads: number,
  length: number,
): Omit<HeadScores, 'copying'>[] {
  checkInteger(batch, 'batch', { min: 1, max: 65_536 });
  checkInteger(heads, 'heads', { min: 1, max: 64 });
  checkInteger(length, 'length', { min: 1, max: 2048 });
  const attention = checkFiniteNumbers(attentionValue, 'attention');
  const ids = idsValue instanceof Int32Array ? idsValue : Int32Array.from(checkFiniteNumbers(idsValue, 'ids'));
  if (attention.length !== batch * heads * length * length || ids.length !== batch * length) {
    throw fail(
      'LENGTH_MISMATCH',
      `attention has ${attention.length} values and ids ${ids.length}; batch ${batch}, ${heads} heads and ${length} positions need ${batch * heads * length * length} and ${batch * length}.`,
      { details: { attention: attention.length, ids: ids.length, batch, heads, length } },
    );
  }
  const scores: Omit<HeadScores, 'copying'>[] = [];
  for (let h = 0; h < heads; h++) {
    let previous = 0;
    let first = 0;
    let induction = 0;
    let inductionCount = 0;
    for (let b = 0; b < batch; b++) {
      const base = (b * heads + h) * length * length;
      const tokens = ids.subarray(b * length, (b + 1) * length);
      for (let i = 1; i < length; i++) {
        const row = base + i * length;
        previous += attention[row + i - 1]!;
        first += attention[row]!;
        let matched = 0;
        let any = false;
        for (let j = 1; j <= i; j++) {
          if (tokens[j - 1] === tokens[i] && j - 1 < i) {
            matched += attention[row + j]!;
            any = true;
          }
        }
        if (any) {
          induction += matched;
          inductionCount++;
        }
      }
    }
    const positions = Math.max(1, batch * (length - 1));
    scores.push({
      previousToken: previous / positions,
      firstToken: first / positions,
      induction: inductionCount ? induction / inductionCount : 0,
    });
  }
  return scores;
}

/** The copying score of every head, per layer (see {@link HeadScores.copying}). */
export function copyingScores(configValue: TransformerConfig, weights: Weights): number[][] {
  const config = readConfig(configValue);
  checkWeights(config, weights);
  const { dModel: d, vocabSize: v, heads } = config;
  const dh = headDim(config);
  const embed = new Matrix(v, d);
  const unembed = new Matrix(d, v);
  const e = weights.tokenEmbedding!.data;
  const u = weights.unembedding!.data;
  for (let i = 0; i < v; i++) for (let j = 0; j < d; j++) embed.set(i, j, e[i * d + j]!);
  for (let i = 0; i < d; i++) for (let j = 0; j < v; j++) unembed.set(i, j, u[i * v + j]!);
  const ue = unembed.mmul(embed); // [d, d]: logits of the embedded token, through the stream
  const result: number[][] = [];
  for (let l = 0; l < config.layers; l++) {
    const value = weights[`layer${l}.attention.value`]!.data;
    const output = weights[`layer${l}.attention.output`]!.data;
    const layer: number[] = [];
    for (let h = 0; h < heads; h++) {
      const wv = new Matrix(d, dh);
      const wo = new Matrix(dh, d);
      for (let i = 0; i < d; i++) for (let j = 0; j < dh; j++) wv.set(i, j, value[i * d + h * dh + j]!);
      for (let i = 0; i < dh; i++) for (let j = 0; j < d; j++) wo.set(i, j, output[(h * dh + i) * d + j]!);
      // Nonzero eigenvalues of W_E W_V W_O W_U equal those of the small W_O W_U W_E W_V (cyclic permutation).
      const circuit = wo.mmul(ue).mmul(wv); // [dh, dh]
      const eig = new EigenvalueDecomposition(circuit);
      const re = eig.realEigenvalues;
      const im = eig.imaginaryEigenvalues;
      let sum = 0;
      let abs = 0;
      for (let k = 0; k < re.length; k++) {
        sum += re[k]!;
        abs += Math.hypot(re[k]!, im[k]!);
      }
      layer.push(abs > 0 ? sum / abs : 0);
    }
    result.push(layer);
  }
  return result;
}

/** A job a head's scores point to, or `null` when none stands out. */
export type HeadRole = 'previous-token' | 'induction' | 'first-token' | 'copying';

/** Thresholds at which a score names a head's job. */
export const ROLE_THRESHOLDS: Readonly<Record<HeadRole, number>> = {
  'previous-token': 0.4,
  induction: 0.4,
  'first-token': 0.6,
  copying: 0.7,
};

/**
 * Names a head from its scores, not by hand: the attention job whose score clears its threshold by
 * the widest margin (relative to the threshold); copying only when no attention job does.
 */
export function headRole(value: HeadScores): HeadRole | null {
  const raw = checkObject(value, 'scores');
  for (const key of ['previousToken', 'induction', 'firstToken', 'copying'] as const) {
    // NaN is allowed (it clears no threshold); copying may be left out (then it names nothing).
    if (typeof raw[key] !== 'number' && !(key === 'copying' && raw[key] === undefined)) {
      throw fail('INVALID_ARGUMENT', `scores.${key} must be a number; received ${describeValue(raw[key])}.`);
    }
  }
  const scores = raw as unknown as HeadScores;
  const candidates: [HeadRole, number][] = [
    ['induction', scores.induction],
    ['previous-token', scores.previousToken],
    ['first-token', scores.firstToken],
  ];
  let best: HeadRole | null = null;
  let margin = 1;
  for (const [role, value] of candidates) {
    const ratio = value / ROLE_THRESHOLDS[role];
    if (ratio >= margin) {
      best = role;
      margin = ratio;
    }
  }
  if (!best && scores.copying >= ROLE_THRESHOLDS.copying) best = 'copying';
  return best;
}

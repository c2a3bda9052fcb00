import { attentionSource, headReader, type AttentionInput } from './attentionSource.js';

/** Summary scores of one head (BertViz model view / Dodrio-style head ranking). */
export interface HeadSummary {
  layer: number;
  head: number;
  /** Mean row entropy in bits: `(1/|Q|) Σ_q −Σ_k p[q][k] · log2 p[q][k]`, rows normalised to sum 1. */
  entropy: number;
  /**
   * Mean of `H_q / log2(m_q)`, where `m_q` is the number of keys row q may attend to (all `kLen`
   * without a mask): 1 = uniform attention, 0 = all on one key. Rows with m_q < 2 are skipped (0 when none is left).
   */
  normalisedEntropy: number;
  /** Mean weight on the previous token, `(1/(n−1)) Σ_{q≥1} A[q][q−1]`; `null` for cross attention. */
  previousToken: number | null;
  /** Mean weight on the token itself (the diagonal), `(1/n) Σ_q A[q][q]`; `null` for cross attention. */
  selfAttention: number | null;
  /** Mean weight on the first key (the "attention sink", usually BOS/[CLS]): `(1/|Q|) Σ_q A[q][0]`. */
  firstToken: number;
  /** The largest weight of the head. */
  maxWeight: number;
}

/**
 * Scores every head (layer-major order: layer 0 head 0, layer 0 head 1, …) with the formulas on
 * {@link HeadSummary}. Means run over all query rows of the head; `entropy` and
 * `normalisedEntropy` skip rows whose weights sum to 0 (fully masked rows). Weights are used as
 * given (only the entropy normalises each row). A perfect previous-token head scores
 * `previousToken = 1`; uniform rows score `normalisedEntropy = 1`. Cost O(layers·heads·qLen·kLen).
 * `data` may be an `AttentionSource`: heads are decoded one at a time.
 */
export function headSummaries(input: AttentionInput): HeadSummary[] {
  const data = attentionSource(input);
  const [layers, heads] = data.shape;
  const summarise = headSummariser(data);
  const read = headReader(data, true);
  const out: HeadSummary[] = [];
  for (let layer = 0; layer < layers; layer++)
    for (let head = 0; head < heads; head++) out.push(summarise(read(layer, head), layer, head));
  return out;
}

/**
 * The per-head part of {@link headSummaries}: `summarise(matrix, layer, head)` scores one
 * `qLen × kLen` head of `data` (for views that score heads a few at a time).
 */
export function headSummariser(
  data: Pick<AttentionInput, 'shape' | 'queryTokens' | 'keyTokens' | 'mask'>,
): (w: Float32Array, layer: number, head: number) => HeadSummary {
  const [, , qLen, kLen] = data.shape;
  const self = qLen === kLen && data.queryTokens.every((t, i) => t === data.keyTokens[i]);
  const allowed = new Int32Array(qLen).fill(kLen);
  const mask = data.mask;
  if (mask) {
    for (let q = 0; q < qLen; q++) {
      let count = 0;
      for (let k = 0; k < kLen; k++) if (mask[q * kLen + k]) count++;
      allowed[q] = count;
    }
  }
  return (w, layer, head) => {
    let entropySum = 0;
    let entropyRows = 0;
    let normalisedSum = 0;
    let normalisedRows = 0;
    let previous = 0;
    let diagonal = 0;
    let first = 0;
    let max = 0;
    for (let q = 0; q < qLen; q++) {
      const row = q * kLen;
      let sum = 0;
      for (let k = 0; k < kLen; k++) {
        const v = w[row + k] as number;
        sum += v;
        if (v > max) max = v;
      }
      first += w[row] as number;
      if (self) {
        diagonal += w[row + q] as number;
        if (q > 0) previous += w[row + q - 1] as number;
      }
      if (sum <= 0) continue;
      let h = 0;
      for (let k = 0; k < kLen; k++) {
        const p = (w[row + k] as number) / sum;
        if (p > 0) h -= p * Math.log2(p);
      }
      entropySum += h;
      entropyRows++;
      const m = allowed[q] as number;
      if (m >= 2) {
        normalisedSum += h / Math.log2(m);
        normalisedRows++;
      }
    }
    return {
      layer,
      head,
      entropy: entropyRows > 0 ? entropySum / entropyRows : 0,
      normalisedEntropy: normalisedRows > 0 ? normalisedSum / normalisedRows : 0,
      previousToken: self ? (qLen > 1 ? previous / (qLen - 1) : 0) : null,
      selfAttention: self ? diagonal / qLen : null,
      firstToken: first / qLen,
      maxWeight: max,
    };
  };
}

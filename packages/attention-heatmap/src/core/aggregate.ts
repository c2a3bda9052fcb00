import { checkArray, checkBoolean, checkOptions, describeValue } from '@tensorscope/common';
import { fail } from './errors.js';
import { attentionSource, headReader, type AttentionInput } from './attentionSource.js';

/** How {@link aggregateHeads} combines the chosen heads. */
export type HeadAggregation = 'mean' | 'max' | 'sum';

export interface AggregateHeadsOptions {
  /** Layer indices to combine. Default: all layers. */
  layers?: readonly number[];
  /** Head indices to combine (in each chosen layer). Default: all heads. */
  heads?: readonly number[];
  /** Default `'mean'`. */
  method?: HeadAggregation;
}

/**
 * Combines the chosen heads of the chosen layers into one `qLen × kLen` matrix (row-major):
 *
 * - `mean`: `M[q][k] = (1 / |L|·|H|) · Σ_{l∈L, h∈H} A[l][h][q][k]` (rows still sum to 1),
 * - `max`: `M[q][k] = max_{l, h} A[l][h][q][k]`,
 * - `sum`: `M[q][k] = Σ_{l, h} A[l][h][q][k]`.
 *
 * Defaults: every layer, every head, `'mean'`. Masked cells (`data.mask[q·kLen + k] = 0`) are 0.
 * A layer or head index that does not exist is an `OUT_OF_RANGE` error, an empty list `EMPTY_INPUT`.
 * `data` may be an `AttentionSource` (e.g. `openAttention(bytes)`): only the chosen heads are decoded.
 */
export function aggregateHeads(input: AttentionInput, options?: AggregateHeadsOptions): Float32Array {
  const data = attentionSource(input);
  const chosen = checkOptions(options);
  const [layerCount, headCount, qLen, kLen] = data.shape;
  const layers = chosen.layers === undefined ? range(layerCount) : checkArray(chosen.layers, 'options.layers');
  const heads = chosen.heads === undefined ? range(headCount) : checkArray(chosen.heads, 'options.heads');
  const method = chosen.method ?? 'mean';
  checkIndices(layers as number[], layerCount, 'layers', 'layer');
  checkIndices(heads as number[], headCount, 'heads', 'head');
  if (method !== 'mean' && method !== 'max' && method !== 'sum') {
    throw fail('INVALID_OPTION', `method must be 'mean', 'max' or 'sum'; received ${describeValue(method)}.`);
  }
  const size = qLen * kLen;
  if (layers.length === 1 && heads.length === 1) {
    // One head: every method is the head itself — a plain copy, no accumulation (long sequences).
    const single = headReader(data)(layers[0] as number, heads[0] as number).slice();
    applyMask(single, data.mask);
    return single;
  }
  // Many heads of a source: each is decoded when needed and not kept (the cache keeps the shown ones).
  const read = headReader(data, true);
  const out = new Float32Array(size);
  const acc = method === 'max' ? out : new Float64Array(size);
  for (const l of layers as number[]) {
    for (const h of heads as number[]) {
      const w = read(l, h);
      if (method === 'max') {
        for (let i = 0; i < size; i++) {
          const v = w[i] as number;
          if (v > (acc[i] as number)) acc[i] = v;
        }
      } else {
        for (let i = 0; i < size; i++) acc[i] = (acc[i] as number) + (w[i] as number);
      }
    }
  }
  if (acc !== out) {
    const scale = method === 'mean' ? 1 / (layers.length * heads.length) : 1;
    for (let i = 0; i < size; i++) out[i] = (acc[i] as number) * scale;
  }
  applyMask(out, data.mask);
  return out;
}

export interface AttentionRolloutOptions {
  /** Add the residual connection: `A' = 0.5·A + 0.5·I` before row normalisation. Default `true`. */
  addResidual?: boolean;
  /** How the heads of a layer are fused. Default `'mean'` (Abnar & Zuidema); `'max'`/`'min'` are common variants. */
  heads?: 'mean' | 'max' | 'min';
  /** Roll out through this layer (inclusive). Default: the last layer. */
  throughLayer?: number;
}

/**
 * Attention rollout (Abnar & Zuidema 2020, "Quantifying Attention Flow in Transformers"): how much
 * each token's representation after layer `throughLayer` draws on each input token.
 *
 * Per layer l: `A_l` = the heads fused (`mean` by default), masked cells set to 0; with the residual
 * (default) `A'_l = 0.5·A_l + 0.5·I`; each row divided by its sum (rows summing to 0 stay 0). Then
 * `R = A'_L · A'_{L−1} · … · A'_0` (matrix product, the last layer on the left). Returns `R` as a
 * `n × n` Float32Array; masked cells are 0. Cost O(L·n³) (about a second at n = 512, 12 layers).
 *
 * Self-attention only: cross attention (different query and key tokens) throws `NOT_SELF_ATTENTION`.
 * `data` may be an `AttentionSource`: the heads of layers 0 … `throughLayer` are decoded one at a time.
 */
export function attentionRollout(input: AttentionInput, options?: AttentionRolloutOptions): Float32Array {
  const data = attentionSource(input);
  const chosen = checkOptions(options);
  const [layerCount, headCount, qLen, kLen] = data.shape;
  if (qLen !== kLen || data.queryTokens.some((t, i) => t !== data.keyTokens[i])) {
    throw fail(
      'NOT_SELF_ATTENTION',
      `Attention rollout needs self-attention (the same query and key tokens); this is ${qLen} × ${kLen} cross attention.`,
    );
  }
  const addResidual = chosen.addResidual === undefined ? true : checkBoolean(chosen.addResidual, 'options.addResidual');
  const fuse = chosen.heads ?? 'mean';
  if (fuse !== 'mean' && fuse !== 'max' && fuse !== 'min') {
    throw fail('INVALID_OPTION', `heads must be 'mean', 'max' or 'min'; received ${describeValue(fuse)}.`);
  }
  const last = chosen.throughLayer ?? layerCount - 1;
  checkIndices([last], layerCount, 'throughLayer', 'layer');
  const n = qLen;
  const size = n * n;
  const read = headReader(data, true);
  let rollout: Float64Array<ArrayBuffer> | undefined;
  const layer = new Float64Array(size);
  let next: Float64Array<ArrayBuffer> = new Float64Array(size);
  for (let l = 0; l <= last; l++) {
    fuseHeads(read, l, headCount, fuse, layer);
    for (let q = 0; q < n; q++) {
      if (data.mask) for (let k = 0; k < n; k++) if (!data.mask[q * n + k]) layer[q * n + k] = 0;
      if (addResidual) {
        for (let k = 0; k < n; k++) layer[q * n + k] = 0.5 * (layer[q * n + k] as number);
        layer[q * n + q] = (layer[q * n + q] as number) + 0.5;
      }
      let sum = 0;
      for (let k = 0; k < n; k++) sum += layer[q * n + k] as number;
      if (sum > 0) for (let k = 0; k < n; k++) layer[q * n + k] = (layer[q * n + k] as number) / sum;
    }
    if (!rollout) {
      rollout = Float64Array.from(layer);
      continue;
    }
    // next = layer · rollout (i-k-j order: stream rows of `rollout`).
    next.fill(0);
    for (let i = 0; i < n; i++) {
      const rowOut = i * n;
      for (let k = 0; k < n; k++) {
        const a = layer[i * n + k] as number;
        if (a === 0) continue;
        const rowIn = k * n;
        for (let j = 0; j < n; j++)
          next[rowOut + j] = (next[rowOut + j] as number) + a * (rollout[rowIn + j] as number);
      }
    }
    const previous = rollout;
    rollout = next;
    next = previous;
  }
  const out = Float32Array.from(rollout ?? new Float64Array(size));
  applyMask(out, data.mask);
  return out;
}

function fuseHeads(
  read: (layer: number, head: number) => Float32Array,
  layer: number,
  heads: number,
  fuse: 'mean' | 'max' | 'min',
  out: Float64Array,
): void {
  const size = out.length;
  const first = read(layer, 0);
  for (let i = 0; i < size; i++) out[i] = first[i] as number;
  for (let h = 1; h < heads; h++) {
    const w = read(layer, h);
    if (fuse === 'mean') for (let i = 0; i < size; i++) out[i] = (out[i] as number) + (w[i] as number);
    else if (fuse === 'max') for (let i = 0; i < size; i++) out[i] = Math.max(out[i] as number, w[i] as number);
    else for (let i = 0; i < size; i++) out[i] = Math.min(out[i] as number, w[i] as number);
  }
  if (fuse === 'mean') for (let i = 0; i < size; i++) out[i] = (out[i] as number) / heads;
}

function applyMask(out: Float32Array, mask: Uint8Array | undefined): void {
  if (!mask) return;
  for (let i = 0; i < out.length; i++) if (!mask[i]) out[i] = 0;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** Throws `EMPTY_INPUT` for an empty list and `OUT_OF_RANGE` for an index outside 0 … size − 1. */
export function checkIndices(ids: readonly number[], size: number, name: string, what: string): void {
  if (ids.length === 0) throw fail('EMPTY_INPUT', `${name} is empty; choose at least one ${what}.`);
  for (const id of ids) {
    if (!Number.isInteger(id) || id < 0 || id >= size) {
      throw fail(
        'OUT_OF_RANGE',
        `${name} has ${what} ${describeValue(id)}, which does not exist; expected 0 … ${size - 1}.`,
        {
          details: { [what]: describeValue(id), size },
        },
      );
    }
  }
}

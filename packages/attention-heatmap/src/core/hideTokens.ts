import { TensorscopeArgumentError, describeValue, checkArray, checkBoolean, checkOptions } from '@tensorscope/common';
import { fail } from './errors.js';
import { ensureChecked, type AttentionData } from './attentionData.js';
import { isSpecialToken } from './specialTokens.js';

export { isSpecialToken } from './specialTokens.js';

/** Decides whether a token is hidden; `axis` says whether it is a query (row) or key (column) token. */
export type HideTokenPredicate = (token: string, index: number, axis: 'query' | 'key') => boolean;

/** Which tokens {@link hideTokens} removes. */
export type HiddenTokens =
  HideTokenPredicate | readonly number[] | { readonly query?: readonly number[]; readonly key?: readonly number[] };

export interface HideTokensOptions {
  /** Divide each row by its sum over the kept keys so that it sums to 1 again. Default `true`. */
  renormalise?: boolean;
}

/**
 * Removes tokens from both axes (exBERT's "hide [CLS]/[SEP]", AttentionViz's "hide [cls]/[sep]").
 * `hidden` is a predicate, a list of token indices (both axes for self-attention, the query axis
 * and — when in range — the key axis for cross attention) or `{ query, key }` index lists.
 * Default: {@link isSpecialToken} (`[CLS]`, `[SEP]`, `<s>`, `</s>`, `<|endoftext|>`, `<pad>` …).
 *
 * With `renormalise` (default), each kept row is rescaled over the kept keys:
 * `w'[q][k] = w[q][k] / Σ_{k' kept} w[q][k']` (a row whose kept weights sum to 0 stays 0), so the
 * attention that went to hidden tokens is shared out in proportion. The mask and
 * `metadata.sentenceBStart` follow the kept tokens. Hiding every token of an axis is `EMPTY_INPUT`;
 * an index out of range is `OUT_OF_RANGE`.
 */
export function hideTokens(
  data: AttentionData,
  hidden: HiddenTokens = (token) => isSpecialToken(token),
  options?: HideTokensOptions,
): AttentionData {
  ensureChecked(data);
  options = checkOptions(options);
  if (typeof hidden !== 'function' && (typeof hidden !== 'object' || hidden === null)) {
    throw new TensorscopeArgumentError('hidden', 'a predicate, an array of indices or { query, key }', hidden);
  }
  const [layers, heads, qLen, kLen] = data.shape;
  const self =
    data.queryTokens === data.keyTokens || (qLen === kLen && data.queryTokens.every((t, i) => t === data.keyTokens[i]));
  let hideQuery: (i: number) => boolean;
  let hideKey: (i: number) => boolean;
  if (typeof hidden === 'function') {
    hideQuery = (i) => hidden(data.queryTokens[i] as string, i, 'query');
    hideKey = (i) => hidden(data.keyTokens[i] as string, i, 'key');
  } else {
    const listOf = (value: unknown, name: string): readonly number[] =>
      value === undefined ? [] : (checkArray(value, name) as number[]);
    const query = Array.isArray(hidden)
      ? (hidden as readonly number[])
      : listOf((hidden as { query?: unknown }).query, 'hidden.query');
    const key = Array.isArray(hidden)
      ? (hidden as readonly number[]).filter((i) => self || i < kLen)
      : listOf((hidden as { key?: unknown }).key, 'hidden.key');
    checkRange(query, qLen, 'query');
    checkRange(key, kLen, 'key');
    const q = new Set(query);
    const k = new Set(key);
    hideQuery = (i) => q.has(i);
    hideKey = (i) => k.has(i);
  }
  const keptQ: number[] = [];
  const keptK: number[] = [];
  for (let i = 0; i < qLen; i++) if (!hideQuery(i)) keptQ.push(i);
  for (let i = 0; i < kLen; i++) if (!hideKey(i)) keptK.push(i);
  if (keptQ.length === 0 || keptK.length === 0) {
    throw fail(
      'EMPTY_INPUT',
      `Hiding these tokens leaves ${keptQ.length} query and ${keptK.length} key tokens; at least one of each must stay.`,
    );
  }
  const renormalise =
    options.renormalise === undefined ? true : checkBoolean(options.renormalise, 'options.renormalise');
  const nq = keptQ.length;
  const nk = keptK.length;
  const weights = new Float32Array(layers * heads * nq * nk);
  for (let lh = 0; lh < layers * heads; lh++) {
    for (let qi = 0; qi < nq; qi++) {
      const src = (lh * qLen + (keptQ[qi] as number)) * kLen;
      const dst = (lh * nq + qi) * nk;
      let sum = 0;
      for (let ki = 0; ki < nk; ki++) {
        const v = data.weights[src + (keptK[ki] as number)] as number;
        weights[dst + ki] = v;
        sum += v;
      }
      if (renormalise && sum > 0)
        for (let ki = 0; ki < nk; ki++) weights[dst + ki] = (weights[dst + ki] as number) / sum;
    }
  }
  const queryTokens = keptQ.map((i) => data.queryTokens[i] as string);
  const result: AttentionData = {
    queryTokens,
    keyTokens:
      self && nq === nk && keptQ.every((q, i) => q === keptK[i])
        ? queryTokens
        : keptK.map((i) => data.keyTokens[i] as string),
    weights,
    shape: [layers, heads, nq, nk],
  };
  if (data.mask) {
    const mask = new Uint8Array(nq * nk);
    for (let qi = 0; qi < nq; qi++) {
      for (let ki = 0; ki < nk; ki++)
        mask[qi * nk + ki] = data.mask[(keptQ[qi] as number) * kLen + (keptK[ki] as number)] as number;
    }
    result.mask = mask;
  }
  if (data.metadata) {
    const metadata = { ...data.metadata };
    if (metadata.sentenceBStart !== undefined) {
      const start = keptQ.findIndex((i) => i >= (metadata.sentenceBStart as number));
      if (start <= 0) delete metadata.sentenceBStart;
      else metadata.sentenceBStart = start;
    }
    result.metadata = metadata;
  }
  return result;
}

function checkRange(indices: readonly number[], size: number, axis: string): void {
  for (const i of indices) {
    if (!Number.isInteger(i) || i < 0 || i >= size) {
      throw fail(
        'OUT_OF_RANGE',
        `Cannot hide ${axis} token ${describeValue(i)}: expected an index from 0 to ${size - 1}.`,
      );
    }
  }
}

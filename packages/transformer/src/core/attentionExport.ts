// The one bridge from this package's forward pass to attention-heatmap's views: a type-only import,
// so core/ stays free of attention-heatmap's code; the result passes its validation as it is.
import type { AttentionData, AttentionMetadata } from '@tensorscope/attention-heatmap/core';
import { checkArray, checkInteger, checkObject, checkOptions, checkString } from '@tensorscope/common';
import { fail } from './errors.js';
import type { ForwardResult } from './model.js';

/**
 * A forward pass's attention as attention-heatmap's `AttentionData`: weights `[layers, heads, T, T]`
 * (rows attend, columns are attended to), the causal mask (position i sees 0 … i), the tokens on
 * both axes and `metadata` (`causal: true` plus the model and note you pass: say what the model is).
 * Feed it to `AttentionHeatmap`, `AttentionHeadGrid` or `AttentionLines`. The weights are copied,
 * so the views keep working when the result is replaced.
 *
 * `tokens` must have one entry per position (`LENGTH_MISMATCH` otherwise).
 */
export function toAttentionData(
  result: Pick<ForwardResult, 'attention' | 'length'>,
  tokens: readonly string[],
  metadata?: Omit<AttentionMetadata, 'causal'>,
): AttentionData {
  const { attention, length: rawLength } = checkObject(result, 'result') as unknown as ForwardResult;
  const length = checkInteger(rawLength, 'result.length', { min: 1 });
  const labels = checkArray(tokens, 'tokens').map((token, i) => checkString(token, `tokens[${i}]`));
  const meta = checkOptions(metadata, 'metadata');
  const layers = checkArray(attention, 'result.attention');
  if (labels.length !== length) {
    throw fail('LENGTH_MISMATCH', `There are ${labels.length} token labels for ${length} positions.`, {
      details: { tokens: labels.length, positions: length },
    });
  }
  const size = length * length;
  const heads = layers.length ? (layers[0] as Float32Array).length / size : 0;
  if (!Number.isInteger(heads) || heads < 1) {
    throw fail('INVALID_SHAPE', `result.attention[0] does not hold whole ${length} × ${length} heads.`);
  }
  const weights = new Float32Array(layers.length * heads * size);
  layers.forEach((layer, l) => {
    if (!(layer instanceof Float32Array) || layer.length !== heads * size) {
      throw fail('INVALID_SHAPE', `result.attention[${l}] must be a Float32Array of ${heads} × ${length} × ${length}.`);
    }
    weights.set(layer, l * heads * size);
  });
  const mask = new Uint8Array(size);
  for (let q = 0; q < length; q++) mask.fill(1, q * length, q * length + q + 1);
  const out: AttentionMetadata = { causal: true };
  if (meta.model !== undefined) out.model = checkString(meta.model, 'metadata.model');
  if (meta.note !== undefined) out.note = checkString(meta.note, 'metadata.note');
  return {
    queryTokens: labels,
    keyTokens: labels,
    weights,
    shape: [layers.length, heads, length, length],
    mask,
    metadata: out,
  };
}

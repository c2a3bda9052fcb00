import { loadAttention, type LoadedAttention } from '@tensorscope/attention-heatmap/core';

/** What `<tensorscope-attention-heatmap>` draws: a whole model's attention, or one matrix. */
export type AttentionInput = LoadedAttention;

/**
 * Accepts every form `<tensorscope-attention-heatmap>` takes as `data` or from `src`: whatever
 * `loadAttention` of `@tensorscope/attention-heatmap/core` reads (AttentionData, Hugging Face,
 * CircuitsVis, BertViz, one matrix, `.tsat` bytes, JSON text of any of them), recognised by the
 * same rules as everywhere else, so a file shows the same picture here as in the demo.
 * Throws a `TensorscopeError` naming what is wrong.
 */
export function toAttentionInput(value: unknown): AttentionInput {
  return loadAttention(value);
}

import {
  TensorscopeElement,
  defineElement,
  type DefineElementOptions,
  type ViewModule,
} from '@tensorscope/common/element';
import { ATTENTION_PARAMS } from '../core/params.js';

/** The tag {@link defineAttentionHeatmapElement} defines. */
export const ATTENTION_HEATMAP_TAG = 'tensorscope-attention-heatmap';

/**
 * `<tensorscope-attention-heatmap>`: the attention heatmap with layer and head menus.
 *
 * - `src`: any format `loadAttention` reads — Hugging Face JSON `{ tokens, attentions }`,
 *   CircuitsVis or BertViz JSON `{ tokens, attention }`, one matrix `{ queryTokens, weights }`, or
 *   the binary "TSAT" format (`encodeAttention`).
 * - `.data`: any of those, parsed, or `AttentionData` (e.g. from `fromHuggingFace`); wins over `src`.
 * - `height`: the largest height of the cell area, in pixels.
 * - `view`: `heatmap` (default), `grid`, `strip`, `lines` or `all` (the four linked).
 * - Events: `tensorscope-select` (`{ row, column, weight }`, the focused cell) and
 *   `tensorscope-statechange` (`{ selection }`: layer, heads, aggregation).
 */
export class AttentionHeatmapElement extends TensorscopeElement {
  static override readonly extraAttributes: readonly string[] = ATTENTION_PARAMS;

  protected loadView(): Promise<ViewModule> {
    return import('./attentionView.js');
  }
}

/**
 * Defines `<tensorscope-attention-heatmap>`; returns false when the tag already exists or there is
 * no registry (on the server), so it is safe to call any number of times.
 */
export function defineAttentionHeatmapElement(options: DefineElementOptions = {}): boolean {
  return defineElement(ATTENTION_HEATMAP_TAG, AttentionHeatmapElement, options);
}

import { TensorscopeElement, type ViewModule } from './TensorscopeElement.js';

/**
 * `<tensorscope-attention-heatmap>`: the attention heatmap with layer and head menus.
 *
 * - `src`: Hugging Face JSON `{ tokens, attentions }`, CircuitsVis JSON `{ tokens, attention }`,
 *   one matrix `{ queryTokens, weights }`, or the binary "TSAT" format (`encodeAttention`).
 * - `.data`: any of those, parsed, or `AttentionData` (e.g. from `fromHuggingFace`); wins over `src`.
 * - `height`: the largest height of the cell area, in pixels.
 * - Events: `tensorscope-select` (`{ row, column, weight }`, the focused cell) and
 *   `tensorscope-statechange` (`{ selection }`: layer, heads, aggregation).
 */
export class AttentionHeatmapElement extends TensorscopeElement {
  protected loadView(): Promise<ViewModule> {
    return import('./views/attentionView.js');
  }
}

// `@tensorscope/attention-heatmap/element`: `<tensorscope-attention-heatmap>` for pages without
// React. Importing defines nothing; call `defineAttentionHeatmapElement()`.
import type { AttentionHeatmapElement } from './AttentionHeatmapElement.js';

export {
  AttentionHeatmapElement,
  ATTENTION_HEATMAP_TAG,
  defineAttentionHeatmapElement,
} from './AttentionHeatmapElement.js';
export { ATTENTION_PARAMS, ATTENTION_VIEWS, DEFAULT_ATTENTION_VIEW, parseAttentionView } from '../core/params.js';
export type { AttentionParam, AttentionViewKind } from '../core/params.js';

declare global {
  interface HTMLElementTagNameMap {
    'tensorscope-attention-heatmap': AttentionHeatmapElement;
  }
}

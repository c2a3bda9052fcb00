export { defineTensorscopeElements, TensorscopeElements, TAG_NAMES } from './defineElements.js';
export type { DefineElementsOptions, TensorscopeTagName } from './defineElements.js';
export { allowOrigins, allowedOrigins, clearAllowedOrigins, setWasmPaths } from './config.js';
export { checkSrc, normalizeOrigin, parseOriginList } from './origin.js';
export type { SrcCheck } from './origin.js';
export { SCALING_CHARTS, parseChart, parseHeight, parseLocale, parseTheme } from './attributes.js';
export type { ScalingChartKind } from './attributes.js';
import type { AttentionHeatmapElement } from './AttentionHeatmapElement.js';
import type { EmbeddingSpaceElement } from './EmbeddingSpaceElement.js';
import type { ScalingChartElement } from './ScalingChartElement.js';

export { TensorscopeElement } from './TensorscopeElement.js';
export { AttentionHeatmapElement } from './AttentionHeatmapElement.js';
export { EmbeddingSpaceElement } from './EmbeddingSpaceElement.js';
export { ScalingChartElement } from './ScalingChartElement.js';

declare global {
  interface HTMLElementTagNameMap {
    'tensorscope-attention-heatmap': AttentionHeatmapElement;
    'tensorscope-embedding-space': EmbeddingSpaceElement;
    'tensorscope-scaling-chart': ScalingChartElement;
  }
}

// @tensorscope/elements: the registry of the three tensorscope elements. Each element lives in its
// own package (`@tensorscope/<package>/element`); this package defines them together and builds the
// plain-page browser bundle.
export { defineTensorscopeElements, TensorscopeElements, TAG_NAMES } from './defineElements.js';
export type { DefineElementsOptions, TensorscopeTagName } from './defineElements.js';
export {
  TensorscopeElement,
  allowOrigins,
  allowedOrigins,
  clearAllowedOrigins,
  setWasmPaths,
  checkSrc,
  normalizeOrigin,
  parseOriginList,
  parseHeight,
  parseLocale,
  parseTheme,
} from '@tensorscope/common/element';
export type { SrcCheck } from '@tensorscope/common/element';
export { SCALING_CHARTS } from '@tensorscope/scaling-chart/element';
export type { ScalingChartKind } from '@tensorscope/scaling-chart/element';
export { parseChart } from './chart.js';
export { AttentionHeatmapElement } from '@tensorscope/attention-heatmap/element';
export { EmbeddingSpaceElement } from '@tensorscope/embedding-space/element';
export { ScalingChartElement } from '@tensorscope/scaling-chart/element';

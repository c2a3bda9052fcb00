'use client';
export * from './core/index.js';
export { DEFAULT_TRANSFORM } from './AttentionHeatmap.js';
export {
  AttentionFileDrop,
  AttentionHeadGrid,
  AttentionHeatmap,
  AttentionLines,
  AttentionTokenStrip,
} from './views.js';
export type { AttentionHeatmapProps, AttentionTransform } from './AttentionHeatmap.js';
export type { AttentionHeadGridProps } from './AttentionHeadGrid.js';
export type { AttentionTokenStripProps } from './AttentionTokenStrip.js';
export type { AttentionFileDropProps } from './AttentionFileDrop.js';
export type { AttentionLinesProps } from './AttentionLines.js';
export { useAttentionSelection } from './useAttentionSelection.js';

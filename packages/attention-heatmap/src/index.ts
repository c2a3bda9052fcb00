'use client';
export { AttentionHeatmap } from './AttentionHeatmap.js';
export type { AttentionHeatmapProps } from './AttentionHeatmap.js';
export { createAttentionMatrix, weightAt, strongestKey } from './core/attentionMatrix.js';
export type { AttentionMatrix, AttentionMatrixInput } from './core/attentionMatrix.js';
export { ATTENTION_RAMPS, createAttentionColorScale } from './core/colorScale.js';
export { tokenLabel } from './core/tokenLabel.js';

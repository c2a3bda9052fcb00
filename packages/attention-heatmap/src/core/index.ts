export { createAttentionMatrix, weightAt, strongestKey } from './attentionMatrix.js';
export type { AttentionMatrix, AttentionMatrixInput } from './attentionMatrix.js';
export { ATTENTION_RAMPS, createAttentionColorScale } from './colorScale.js';
export { tokenLabel } from './tokenLabel.js';

'use client';
// `@tensorscope/transformer`: the React components. The React-free part is `@tensorscope/transformer/core`,
// the custom element `@tensorscope/transformer/element`.
export * from './core/index.js';
export { TrainingPanel } from './TrainingPanel.js';
export type { TrainingPanelProps } from './TrainingPanel.js';
export { NextTokenPanel } from './NextTokenPanel.js';
export type { NextTokenPanelProps } from './NextTokenPanel.js';
export { AblationGrid } from './AblationGrid.js';
export type { AblationGridProps } from './AblationGrid.js';
export { TransformerAttention } from './TransformerAttention.js';
export type { TransformerAttentionProps, TransformerAttentionView } from './TransformerAttention.js';
export { useNextTokenController } from './useNextTokenController.js';
export type { NextTokenSourceProps } from './useNextTokenController.js';

'use client';
// `@tensorscope/transformer`: the React components. The React-free part is `@tensorscope/transformer/core`,
// the custom element `@tensorscope/transformer/element`.
export { Transformer } from './Transformer.js';
export type { TransformerProps } from './Transformer.js';
export * from './core/index.js';
export { TrainingPanel } from './TrainingPanel.js';
export type { TrainingPanelProps } from './TrainingPanel.js';

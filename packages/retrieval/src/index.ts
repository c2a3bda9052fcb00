'use client';
// `@tensorscope/retrieval`: the React components. The React-free part is `@tensorscope/retrieval/core`,
// the custom element `@tensorscope/retrieval/element`.
export { Retrieval } from './Retrieval.js';
export type { RetrievalProps } from './Retrieval.js';
export * from './core/index.js';

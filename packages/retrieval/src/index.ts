'use client';
// `@tensorscope/retrieval`: the React components. The React-free part is `@tensorscope/retrieval/core`,
// the built-in corpus `@tensorscope/retrieval/corpus`, the custom element `@tensorscope/retrieval/element`.
export { RetrievalExplorer } from './RetrievalExplorer.js';
export type { RetrievalExplorerProps } from './RetrievalExplorer.js';
export { ChunkView } from './ChunkView.js';
export type { ChunkViewProps } from './ChunkView.js';
export * from './core/index.js';

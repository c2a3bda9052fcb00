'use client';
export { EmbeddingSpace } from './EmbeddingSpace.js';
export type { EmbeddingSpaceProps } from './EmbeddingSpace.js';
export { EmbeddingFileDrop } from './EmbeddingFileDrop.js';
export type { EmbeddingFileDropProps } from './EmbeddingFileDrop.js';
export { EmbeddingScatter } from './EmbeddingScatter.js';
export type { EmbeddingScatterProps } from './EmbeddingScatter.js';

export * from './core/index.js';

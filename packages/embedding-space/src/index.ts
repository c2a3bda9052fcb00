'use client';
export { EmbeddingScatter } from './EmbeddingScatter.js';
export type { EmbeddingScatterProps } from './EmbeddingScatter.js';
export { createPointCloud } from './core/pointCloud.js';
export type { PointCloud, PointCloudInput } from './core/pointCloud.js';

'use client';
// For hosts that already render a react-three-fiber <Canvas>: the explorer's points as one
// component. A separate entry so the main entry stays free of three.js (which loads lazily there).
export { EmbeddingPoints } from './scene/EmbeddingPoints.js';
export type { EmbeddingPointsHandle, EmbeddingPointsProps } from './scene/EmbeddingPoints.js';
export { POINT_STATE } from './scene/pointState.js';

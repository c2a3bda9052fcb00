export { fitCoordinates, fitToUnitCube, fitWithTransform } from './normalize.js';
export { projectPca, PCA_PRECOMPUTED_COMPONENTS } from './pca.js';
export { projectPrecomputed } from './precomputed.js';
export { runProjection, EXACT_KNN_CPU_MAX_POINTS } from './runInWorker.js';
export type { RunProjectionOptions } from './runInWorker.js';
export { createTsne, TSNE_MAX_POINTS } from './tsne.js';
export type { CreateTsneOptions, Tsne } from './tsne.js';
export { createUmap } from './umap.js';
export type { CreateUmapOptions, KnnGraph, UmapRun } from './umap.js';
export { exactKnn } from './knn.js';
export { knnPreservation, trustworthiness } from './layoutQuality.js';
export type { LayoutQualityOptions } from './layoutQuality.js';
export { createTransition, easeInOutCubic, prefersReducedMotion } from './transition.js';
export type { Transition } from './transition.js';
export type {
  KnnMode,
  PcaProjectionOptions,
  ProjectionDimensions,
  ProjectionKind,
  ProjectionProgress,
  ProjectionResult,
  RunProjectionHooks,
  TsneOptions,
  UmapOptions,
} from './types.js';

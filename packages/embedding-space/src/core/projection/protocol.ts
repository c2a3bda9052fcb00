import type { WorkerErrorMessage } from '../workerTask.js';
import type { ProjectionDimensions, ProjectionProgress, TsneOptions } from './types.js';
import type { CreateUmapOptions, KnnGraph } from './umap.js';

/** Everything a step-wise projection needs; structured-clonable, so it can go to a worker. */
export type ProjectionRequest = {
  /** May be `null` when `knn` is given: t-SNE then never reads them, and UMAP starts at random instead of from their PCA. */
  vectors: Float32Array | null;
  count: number;
  dimensions: number;
  /** Steps between frames; 0 = no frames. */
  frameEvery: number;
} & (
  | { kind: 'umap'; options: Omit<CreateUmapOptions, 'onGraphProgress'>; knn?: KnnGraph }
  | { kind: 'tsne'; options: Omit<TsneOptions, 'runtime'>; knn?: KnnGraph }
);

/** Messages to the projection worker. */
export type WorkerRequest = { type: 'start'; request: ProjectionRequest } | { type: 'cancel' };

/** Messages from the projection worker. */
export type WorkerResponse =
  | { type: 'progress'; progress: ProjectionProgress }
  | { type: 'frame'; coordinates: Float32Array; dimensions: ProjectionDimensions }
  | { type: 'done'; raw: Float32Array; dimensions: ProjectionDimensions }
  | WorkerErrorMessage;

import type { TensorRuntime } from '@tensorscope/tensor-core';

/** The number of axes of a layout. */
export type ProjectionDimensions = 2 | 3;

/** The kinds of projection the explorer offers. */
export type ProjectionKind = 'pca' | 'umap' | 'tsne' | 'precomputed';

/** A layout of every point, ready to draw. */
export interface ProjectionResult {
  /**
   * Row-major `count × dimensions` coordinates, centred on their median and scaled uniformly (all
   * axes by the same factor, so shapes keep their proportions) so that the robust extent (99th
   * percentile of |coordinate|) is 1: nearly all points lie in [-1, 1], a few outliers beyond.
   */
  coordinates: Float32Array;
  dimensions: ProjectionDimensions;
  /** One label per axis, e.g. `'PC1 (12.3 %)'` or `'UMAP 1'`. */
  axisLabels: string[];
  /** PCA only: each shown axis's share of the total variance (0–1). */
  explainedVarianceRatio?: number[];
  /** The coordinates before normalisation (same layout), when they differ. */
  raw?: Float32Array;
  /** PCA only: how to place a new vector into these coordinates. */
  placement?: LinearPlacement;
}

/**
 * A linear map from the original vector space into a layout's coordinates: axis `a` of vector `v`
 * is `(s · Σ_k v[k] · axes[a · d + k] − shift[a]) / scale`, where `s = 1 / ‖v‖` when `normalize`
 * (cosine geometry) and 1 otherwise. PCA and semantic axes have one; UMAP and t-SNE do not.
 */
export interface LinearPlacement {
  /** Row-major `axisCount × d` directions. */
  axes: Float32Array;
  /** One offset per axis (the projected mean plus the layout's centre). */
  shift: Float64Array;
  /** The layout's uniform scale (1 when it was not scaled). */
  scale: number;
  normalize: boolean;
}

/** How far a long projection has come. */
export interface ProjectionProgress {
  /** What is running now: `'neighbours'`, `'graph'`, `'affinities'`, `'layout'`, … */
  phase: string;
  /** 0 to 1 within the phase. */
  fraction: number;
}

/** Options of {@link projectPca}. */
export interface PcaProjectionOptions {
  /**
   * Which principal components to show, **0-based** (`[0, 1, 2]` = PC1, PC2, PC3). With
   * `dimensions: 2` only the first two are used. Default `[0, 1, 2]`.
   */
  components?: readonly number[];
  /** Default 3. */
  dimensions?: ProjectionDimensions;
  /** The tensor-core runtime to compute on. Default: tensor-core's shared runtime. */
  runtime?: TensorRuntime;
  signal?: AbortSignal;
}

/** How UMAP finds each point's nearest neighbours. */
export type KnnMode =
  /** Exact neighbours from tensor-core (GPU when available) on the calling thread, in batches. */
  | 'exact'
  /** Approximate neighbours by NN-descent over random-projection trees, inside the worker. */
  | 'approximate'
  /** `'exact'` on a GPU backend or for up to 5 000 points; otherwise `'approximate'`. */
  | 'auto';

/** Options of a UMAP projection. */
export interface UmapOptions {
  /** Default 2. */
  dimensions?: ProjectionDimensions;
  /** Neighbours per point (including the point itself). Default 15. */
  nNeighbors?: number;
  /** Smallest distance between layout points, 0 to 1. Default 0.1. */
  minDist?: number;
  /** Optimisation epochs. Default: umap-learn's choice, 500 up to 10 000 points and 200 above. */
  epochs?: number;
  /** Seed of the pseudo-random generator: the same seed and data give the same layout. Default 42. */
  seed?: number;
  /** Default `'cosine'`. */
  metric?: 'cosine' | 'euclidean';
  /** Default `'auto'`. */
  knn?: KnnMode;
  /** The tensor-core runtime for exact neighbours. Default: tensor-core's shared runtime. */
  runtime?: TensorRuntime;
}

/** Options of a t-SNE projection. */
export interface TsneOptions {
  /** Default 2. */
  dimensions?: ProjectionDimensions;
  /** Effective number of neighbours; clamped to (count − 1) / 3. Default 30. */
  perplexity?: number;
  /** Default 42. */
  seed?: number;
  /** Gradient step; `'auto'` = max(count / earlyExaggeration / 4, 50). Default `'auto'`. */
  learningRate?: number | 'auto';
  /** Default 1000. */
  iterations?: number;
  /** Factor on the affinities during the first 250 iterations. Default 12. */
  earlyExaggeration?: number;
  /** The tensor-core runtime for the exact neighbours (above 1 000 points). Default: tensor-core's shared runtime. */
  runtime?: TensorRuntime;
  /**
   * Barnes–Hut opening angle from 0 to 1: a cell of the layout's quadtree/octree counts as one
   * point when its width / distance < θ. 0 = exact repulsion (O(n²) per iteration). Default 0.5,
   * and exact for up to 1 000 points.
   */
  theta?: number;
}

/** Callbacks and controls of {@link runProjection}. */
export interface RunProjectionHooks {
  /** Aborting terminates the work and rejects with `EmbeddingError('ABORTED')`. */
  signal?: AbortSignal;
  /** Called about every 1 % of each phase. */
  onProgress?: (progress: ProjectionProgress) => void;
  /**
   * Intermediate layouts (normalised like the result, a fresh array each time) for live
   * animation, every `frameEvery` optimisation steps.
   */
  onFrame?: (coordinates: Float32Array, dimensions: ProjectionDimensions) => void;
  /** Steps between frames. Default: about 50 frames per run. */
  frameEvery?: number;
  /** Run in a Web Worker. Default: whenever `Worker` exists. */
  useWorker?: boolean;
  /** Makes the worker (for bundlers that need their own worker syntax). */
  createWorker?: () => Worker;
}

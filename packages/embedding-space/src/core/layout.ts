import { checkEmbeddingData } from './checkEmbeddingData.js';
import type { RuntimeOptions } from '@tensorscope/tensor-core';
import { loadRuntime } from './compute.js';
import type { EmbeddingData } from './embeddingData.js';
import { EmbeddingError } from './errors.js';
import { projectPrecomputed } from './projection/precomputed.js';
import type { LinearPlacement, ProjectionProgress } from './projection/types.js';
import { vectorNorm } from './vectorNorm.js';
import type { ProjectionState } from './viewState.js';

/** A layout ready for the scene: `count × 3` positions (z = 0 in 2-D) and axis names. */
export interface Layout {
  positions: Float32Array;
  dimensions: 2 | 3;
  axisLabels: string[];
  explainedVarianceRatio?: number[] | undefined;
  /** The layout's own coordinates (`count × dimensions`), for export. */
  coordinates: Float32Array;
  /** How to place a new vector (PCA, semantic axes); missing where the layout has no transform (UMAP, t-SNE, precomputed). */
  placement?: LinearPlacement | undefined;
}

/**
 * Where `vector` (in the data's original space) lands in `layout`, as a scene position `[x, y, z]`
 * (z = 0 in 2-D): the same projection the layout applied to every row. Null when the layout has
 * no transform (UMAP, t-SNE, precomputed coordinates) or the vector has the wrong length.
 */
export function placeVector(layout: Layout, vector: Float32Array): Float32Array | null {
  const placement = layout.placement;
  if (!placement) return null;
  const axisCount = placement.shift.length;
  const d = placement.axes.length / axisCount;
  if (vector.length !== d) return null;
  const norm = placement.normalize ? vectorNorm(vector) : 1;
  const s = norm > 0 ? 1 / norm : 1;
  const out = new Float32Array(3);
  for (let a = 0; a < Math.min(axisCount, layout.dimensions, 3); a++) {
    let sum = 0;
    for (let k = 0; k < d; k++) sum += (vector[k] as number) * (placement.axes[a * d + k] as number);
    out[a] = (sum * s - (placement.shift[a] as number)) / placement.scale;
  }
  return out;
}

/** How {@link computeLayout} reports, cancels and computes. */
export interface ComputeLayoutOptions {
  runtimeOptions?: RuntimeOptions | undefined;
  signal?: AbortSignal;
  onProgress?: (progress: ProjectionProgress) => void;
  /** Intermediate layouts of iterative projections (UMAP, t-SNE), to animate while they run. */
  onFrame?: (layout: Layout) => void;
}

/** `count × 3` scene positions; a 2-D view flattens z to 0. */
export function toPositions(coordinates: Float32Array, dimensions: number, count: number, flat: boolean): Float32Array {
  if (dimensions === 3 && !flat) return coordinates;
  const positions = new Float32Array(count * 3);
  for (let i = 0; i < count; i++) {
    positions[i * 3] = coordinates[i * dimensions]!;
    positions[i * 3 + 1] = coordinates[i * dimensions + 1]!;
  }
  return positions;
}

/**
 * The layout of the data's own coordinates (`data.coordinates`), computed synchronously: no
 * projection chunk to load, so an explorer that starts from them can draw in its first commit.
 * Throws like {@link computeLayout}'s precomputed case.
 */
export function precomputedLayout(data: EmbeddingData, mode: '2d' | '3d'): Layout {
  const result = projectPrecomputed(data);
  return {
    positions: toPositions(result.coordinates, result.dimensions, data.count, mode === '2d'),
    dimensions: result.dimensions,
    axisLabels: result.axisLabels,
    explainedVarianceRatio: undefined,
    coordinates: result.coordinates,
  };
}

/**
 * The layout of `data` for a projection and mode: exact PCA on tensor-core, UMAP / t-SNE in a
 * worker (with progress and intermediate frames), semantic axes, or the data's own coordinates.
 * The projection code is loaded on first use. Any failure becomes an {@link EmbeddingError}
 * (`RENDER_FAILED` when it was not one); an aborted run rejects with `ABORTED`.
 */
export async function computeLayout(
  data: EmbeddingData,
  spec: ProjectionState,
  mode: '2d' | '3d',
  options: ComputeLayoutOptions = {},
): Promise<Layout> {
  checkEmbeddingData(data);
  const { signal, runtimeOptions } = options;
  const dimensions: 2 | 3 = mode === '3d' ? 3 : 2;
  const toLayout = (
    coordinates: Float32Array,
    dims: 2 | 3,
    axisLabels: string[],
    ratio?: number[],
    placement?: LinearPlacement,
  ): Layout => ({
    positions: toPositions(coordinates, dims, data.count, mode === '2d'),
    dimensions: dims,
    axisLabels,
    explainedVarianceRatio: ratio,
    coordinates,
    ...(placement ? { placement } : {}),
  });
  try {
    const projection = await import('./projection/index.js');
    if (spec.kind === 'pca') {
      const runtime = await loadRuntime(runtimeOptions);
      const result = await projection.projectPca(data, {
        components: spec.components,
        dimensions,
        runtime,
        ...(signal ? { signal } : {}),
      });
      return toLayout(
        result.coordinates,
        result.dimensions,
        result.axisLabels,
        result.explainedVarianceRatio,
        result.placement,
      );
    }
    if (spec.kind === 'umap' || spec.kind === 'tsne') {
      const projectionOptions =
        spec.kind === 'umap'
          ? {
              dimensions,
              seed: spec.seed,
              nNeighbors: spec.neighbors,
              minDist: spec.minDist,
              runtime: await loadRuntime(runtimeOptions),
            }
          : {
              dimensions,
              seed: spec.seed,
              perplexity: spec.perplexity,
              // Exact neighbours for t-SNE above 1 000 points come from tensor-core.
              ...(data.count > 1000 ? { runtime: await loadRuntime(runtimeOptions) } : {}),
            };
      const frameLabels = (dims: number) => [1, 2, 3].slice(0, dims).map((n) => `${spec.kind.toUpperCase()} ${n}`);
      const result = await projection.runProjection(spec.kind, data, projectionOptions, {
        ...(signal ? { signal } : {}),
        onProgress: (progress) => {
          if (!signal?.aborted) options.onProgress?.(progress);
        },
        onFrame: (coordinates, dims) => {
          if (!signal?.aborted) options.onFrame?.(toLayout(coordinates, dims, frameLabels(dims)));
        },
      });
      return toLayout(result.coordinates, result.dimensions, result.axisLabels);
    }
    if (spec.kind === 'axes') {
      const { semanticAxisProjection } = await import('./semanticAxes.js');
      const result = semanticAxisProjection(data, spec.x, spec.y);
      const fitted = projection.fitWithTransform(result.coordinates, 2);
      const d = data.dimensions;
      const axes = new Float32Array(2 * d);
      axes.set(result.axes.x.direction, 0);
      axes.set(result.axes.y.direction, d);
      const shift = Float64Array.from(result.shift, (s, a) => s + (fitted.centre[a] as number));
      return toLayout(
        fitted.coordinates,
        2,
        [`${spec.x[0]} → ${spec.x[1]}`, spec.y ? `${spec.y[0]} → ${spec.y[1]}` : '⊥'],
        undefined,
        { axes, shift, scale: fitted.scale, normalize: true },
      );
    }
    return precomputedLayout(data, mode);
  } catch (caught) {
    if (caught instanceof EmbeddingError) throw caught;
    throw new EmbeddingError('RENDER_FAILED', caught instanceof Error ? caught.message : String(caught), {
      cause: caught,
    });
  }
}

'use client';
import type { RuntimeOptions } from '@tensorscope/tensor-core';
import { useEffect, useRef, useState } from 'react';
import { type EmbeddingData } from '../core/embeddingData.js';
import { loadRuntime } from '../core/compute.js';
import { EmbeddingError } from '../core/errors.js';
import type { ProjectionProgress } from '../core/projection/types.js';
import type { EmbeddingViewState } from '../core/viewState.js';

type ProjectionSpec = EmbeddingViewState['projection'];

/** A layout ready for the scene: `count × 3` positions (z = 0 in 2-D) and axis names. */
export interface Layout {
  positions: Float32Array;
  dimensions: 2 | 3;
  axisLabels: string[];
  explainedVarianceRatio?: number[] | undefined;
  /** The layout's own coordinates (`count × dimensions`), for export. */
  coordinates: Float32Array;
}

export interface LayoutState {
  layout: Layout | null;
  progress: ProjectionProgress | null;
  error: EmbeddingError | null;
  cancel: () => void;
}

/** `count × 3` scene positions; a 2-D view flattens z to 0. */
function toPositions(coordinates: Float32Array, dimensions: number, count: number, flat: boolean): Float32Array {
  if (dimensions === 3 && !flat) return coordinates;
  const positions = new Float32Array(count * 3);
  for (let i = 0; i < count; i++) {
    positions[i * 3] = coordinates[i * dimensions]!;
    positions[i * 3 + 1] = coordinates[i * dimensions + 1]!;
  }
  return positions;
}

/**
 * Computes the layout of `data` for a projection spec and mode. Long projections (UMAP, t-SNE)
 * run in a worker, report progress and stream intermediate frames; changing the spec or calling
 * `cancel` aborts the run. The previous layout stays on screen until the new one is ready.
 */
export function useLayout(
  data: EmbeddingData | null,
  spec: ProjectionSpec,
  mode: '2d' | '3d',
  runtimeOptions: RuntimeOptions | undefined,
): LayoutState {
  const [layout, setLayout] = useState<Layout | null>(null);
  const [progress, setProgress] = useState<ProjectionProgress | null>(null);
  const [error, setError] = useState<EmbeddingError | null>(null);
  const controller = useRef<AbortController | null>(null);
  const specKey = JSON.stringify(spec);

  useEffect(() => {
    if (!data) return;
    const abort = new AbortController();
    controller.current = abort;
    const dimensions: 2 | 3 = mode === '3d' ? 3 : 2;
    const count = data.count;
    const publish = (coordinates: Float32Array, dims: 2 | 3, axisLabels: string[], ratio?: number[]) => {
      if (abort.signal.aborted) return;
      setLayout({
        positions: toPositions(coordinates, dims, count, mode === '2d'),
        dimensions: dims,
        axisLabels,
        explainedVarianceRatio: ratio,
        coordinates,
      });
    };
    setError(null);
    setProgress({ phase: spec.kind, fraction: 0 });
    (async () => {
      const projection = await import('../core/projection/index.js');
      if (spec.kind === 'pca') {
        const runtime = await loadRuntime(runtimeOptions);
        const result = await projection.projectPca(data, {
          components: spec.components,
          dimensions,
          runtime,
          signal: abort.signal,
        });
        publish(result.coordinates, result.dimensions, result.axisLabels, result.explainedVarianceRatio);
      } else if (spec.kind === 'umap' || spec.kind === 'tsne') {
        const options =
          spec.kind === 'umap'
            ? {
                dimensions,
                seed: spec.seed,
                nNeighbors: spec.neighbors,
                minDist: spec.minDist,
                runtime: await loadRuntime(runtimeOptions),
              }
            : { dimensions, seed: spec.seed, perplexity: spec.perplexity };
        const result = await projection.runProjection(spec.kind, data, options, {
          signal: abort.signal,
          onProgress: (p) => {
            if (!abort.signal.aborted) setProgress(p);
          },
          onFrame: (coordinates, dims) =>
            publish(
              coordinates,
              dims,
              [1, 2, 3].slice(0, dims).map((n) => `${spec.kind.toUpperCase()} ${n}`),
            ),
        });
        publish(result.coordinates, result.dimensions, result.axisLabels);
      } else if (spec.kind === 'axes') {
        const { semanticAxisProjection } = await import('../core/semanticAxes.js');
        const result = semanticAxisProjection(data, spec.x, spec.y);
        const fitted = projection.fitToUnitCube(result.coordinates, 2);
        publish(fitted, 2, [`${spec.x[0]} → ${spec.x[1]}`, spec.y ? `${spec.y[0]} → ${spec.y[1]}` : '⊥']);
      } else {
        const result = projection.projectPrecomputed(data);
        publish(result.coordinates, result.dimensions, result.axisLabels);
      }
      if (!abort.signal.aborted) setProgress(null);
    })().catch((caught: unknown) => {
      if (abort.signal.aborted) return;
      setProgress(null);
      setError(
        caught instanceof EmbeddingError
          ? caught
          : new EmbeddingError('RENDER_FAILED', caught instanceof Error ? caught.message : String(caught), {
              cause: caught,
            }),
      );
    });
    return () => abort.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, specKey, mode, runtimeOptions]);

  return {
    layout,
    progress,
    error,
    cancel: () => {
      controller.current?.abort();
      setProgress(null);
    },
  };
}

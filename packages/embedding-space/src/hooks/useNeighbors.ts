'use client';
import type { NeighborIndex, RuntimeOptions } from '@tensorscope/tensor-core';
import { useCallback, useEffect, useRef } from 'react';
import type { EmbeddingData } from '../core/embeddingData.js';
import { loadRuntime } from '../core/compute.js';

export type Metric = 'cosine' | 'euclidean' | 'dot';

/** One neighbour: the row, its score (similarity, or distance for euclidean) and rank from 1. */
export interface Neighbor {
  index: number;
  score: number;
  rank: number;
}

/**
 * Exact nearest neighbours in the original vector space from a resident tensor-core index
 * (created on first use per data and metric, GPU when available, freed on change and unmount).
 */
export function useNeighbors(data: EmbeddingData | null, metric: Metric, runtimeOptions: RuntimeOptions | undefined) {
  const index = useRef<{ data: EmbeddingData; metric: Metric; index: Promise<NeighborIndex> } | null>(null);

  useEffect(
    () => () => {
      const current = index.current;
      index.current = null;
      void current?.index.then((i) => i.dispose()).catch(() => {});
    },
    [data, metric],
  );

  return useCallback(
    async (vector: Float32Array, k: number, exclude: readonly number[] = []): Promise<Neighbor[]> => {
      if (!data) return [];
      if (!index.current || index.current.data !== data || index.current.metric !== metric) {
        const vectors = { data: data.vectors, shape: [data.count, data.dimensions] as [number, number] };
        index.current = {
          data,
          metric,
          index: loadRuntime(runtimeOptions).then((runtime) => runtime.createIndex(vectors, { metric })),
        };
      }
      const resident = await index.current.index;
      const want = Math.min(data.count, k + exclude.length);
      const result = await resident.query(vector, want);
      const skip = new Set(exclude);
      const neighbors: Neighbor[] = [];
      for (let i = 0; i < result.indices.length && neighbors.length < k; i++) {
        const row = result.indices[i]!;
        if (skip.has(row)) continue;
        neighbors.push({ index: row, score: result.scores[i]!, rank: neighbors.length + 1 });
      }
      return neighbors;
    },
    [data, metric, runtimeOptions],
  );
}

/** Row `index` of the data as its own vector (a view, no copy). */
export function rowVector(data: EmbeddingData, index: number): Float32Array {
  return data.vectors.subarray(index * data.dimensions, (index + 1) * data.dimensions);
}

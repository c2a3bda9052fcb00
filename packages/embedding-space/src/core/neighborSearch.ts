import { checkEmbeddingData } from './checkEmbeddingData.js';
import type { NeighborIndex, RuntimeOptions } from '@tensorscope/tensor-core';
import { loadRuntime } from './compute.js';
import type { EmbeddingData } from './embeddingData.js';
import type { NeighborMetric } from './viewState.js';

/** One neighbour: the row, its score (similarity, or distance for euclidean) and rank from 1. */
export interface Neighbor {
  index: number;
  score: number;
  rank: number;
}

/** Exact neighbour queries against one resident index; see {@link createNeighborSearch}. */
export interface NeighborSearch {
  /** The `k` nearest rows to `vector`, skipping the rows in `exclude`. */
  query(vector: Float32Array, k: number, exclude?: readonly number[]): Promise<Neighbor[]>;
  /** Frees the index (GPU memory); a later query builds a new one. */
  dispose(): void;
}

/**
 * Exact nearest neighbours in the original vector space from a tensor-core index, created on the
 * first query (GPU when available) so opening the explorer does not pay for it.
 */
export function createNeighborSearch(
  data: EmbeddingData,
  metric: NeighborMetric,
  runtimeOptions?: RuntimeOptions,
): NeighborSearch {
  checkEmbeddingData(data);
  let index: Promise<NeighborIndex> | null = null;
  return {
    async query(vector, k, exclude = []) {
      index ??= loadRuntime(runtimeOptions).then((runtime) =>
        runtime.createIndex({ data: data.vectors, shape: [data.count, data.dimensions] }, { metric }),
      );
      const resident = await index;
      const result = await resident.query(vector, Math.min(data.count, k + exclude.length));
      const skip = new Set(exclude);
      const neighbors: Neighbor[] = [];
      for (let i = 0; i < result.indices.length && neighbors.length < k; i++) {
        const row = result.indices[i]!;
        if (skip.has(row)) continue;
        neighbors.push({ index: row, score: result.scores[i]!, rank: neighbors.length + 1 });
      }
      return neighbors;
    },
    dispose() {
      const current = index;
      index = null;
      void current?.then((i) => i.dispose()).catch(() => {});
    },
  };
}

/** Row `index` of the data as its own vector (a view, no copy). */
export function rowVector(data: EmbeddingData, index: number): Float32Array {
  return data.vectors.subarray(index * data.dimensions, (index + 1) * data.dimensions);
}

import { checkInteger, checkObject, checkOneOf, checkOptions } from '@tensorscope/common';
import { optionalFunction, optionalSignal } from '../args.js';
import { checkEmbeddingData } from '../checkEmbeddingData.js';
import type { TensorRuntime } from '@tensorscope/tensor-core';
import { loadTensorCore } from '../compute.js';
import type { EmbeddingData } from '../embeddingData.js';
import { throwIfAborted } from './abort.js';
import type { KnnGraph } from './umap.js';

/** Query rows per tensor-core call: small enough to report progress and stay responsive. */
const BATCH_ROWS = 2048;

/**
 * Exact k nearest neighbours of every row (the row itself first) on tensor-core — the GPU when
 * the runtime has one — in batches of {@link BATCH_ROWS} rows, yielding between batches. tensor-core
 * is loaded lazily. Distances: `1 − cosine similarity` or euclidean. `k` is a whole number from 1
 * to `data.count` (else `INVALID_ARGUMENT`, as for options of the wrong type).
 */
export async function exactKnn(
  data: EmbeddingData,
  k: number,
  options: {
    metric?: 'cosine' | 'euclidean';
    runtime?: TensorRuntime;
    signal?: AbortSignal;
    onProgress?: (fraction: number) => void;
  } = {},
): Promise<KnnGraph> {
  checkEmbeddingData(data);
  checkInteger(k, 'k', { min: 1, max: data.count });
  options = checkOptions(options);
  const metric =
    options.metric === undefined ? 'cosine' : checkOneOf(options.metric, 'options.metric', ['cosine', 'euclidean']);
  if (options.runtime !== undefined) checkObject(options.runtime, 'options.runtime');
  optionalSignal(options.signal, 'options.signal');
  optionalFunction(options.onProgress, 'options.onProgress');
  const { createIndex } = await loadTensorCore();
  const { count, dimensions: d, vectors } = data;
  const index = await createIndex({ data: vectors, shape: [count, d] }, { metric, runtime: options.runtime });
  const indices = new Int32Array(count * k);
  const distances = new Float32Array(count * k);
  try {
    for (let start = 0; start < count; start += BATCH_ROWS) {
      throwIfAborted(options.signal, 'The neighbour search');
      const end = Math.min(count, start + BATCH_ROWS);
      const batch = await index.queryBatch({ data: vectors.subarray(start * d, end * d), shape: [end - start, d] }, k);
      batch.forEach((neighbours, r) => {
        const row = start + r;
        // Put the row itself first (ties with exact duplicates may have ranked another first).
        let self = neighbours.indices.indexOf(row);
        if (self < 0) self = k - 1;
        let at = row * k;
        indices[at] = row;
        distances[at++] = 0;
        for (let j = 0; j < k; j++) {
          if (j === self) continue;
          const score = neighbours.scores[j] as number;
          indices[at] = neighbours.indices[j] as number;
          distances[at++] = metric === 'cosine' ? Math.max(0, 1 - score) : score;
        }
      });
      options.onProgress?.(end / count);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  } finally {
    index.dispose();
  }
  return { k, indices, distances };
}

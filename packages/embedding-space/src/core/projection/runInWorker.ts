import { checkBoolean, checkInteger, checkOptions, describeValue } from '@tensorscope/common';
import { optionalFunction, optionalSignal } from '../args.js';
import { checkEmbeddingData } from '../checkEmbeddingData.js';
import type { TensorRuntime } from '@tensorscope/tensor-core';
import { type EmbeddingData } from '../embeddingData.js';
import { loadRuntime } from '../compute.js';
import { EmbeddingError } from '../errors.js';
import { runWorkerTask } from '../workerTask.js';
import { abortedError, throwIfAborted } from './abort.js';
import { exactKnn } from './knn.js';
import { fitCoordinates } from './normalize.js';
import type { ProjectionRequest, WorkerRequest, WorkerResponse } from './protocol.js';
import { TSNE_MAX_POINTS } from './tsne.js';
import { tsneNeighbourCount } from './tsneAffinities.js';
import type { ProjectionDimensions, ProjectionResult, RunProjectionHooks, TsneOptions, UmapOptions } from './types.js';
import type { KnnGraph } from './umap.js';

/** Up to this many points `knn: 'auto'` computes exact neighbours even without a GPU. */
export const EXACT_KNN_CPU_MAX_POINTS = 5000;

/** Up to this many points t-SNE finds its neighbours by brute force in the worker; above, exact on tensor-core first. */
const TSNE_WORKER_NEIGHBOURS_MAX_POINTS = 1000;

/** Options of {@link runProjection} per kind. */
export type RunProjectionOptions<K extends 'umap' | 'tsne'> = K extends 'umap' ? UmapOptions : TsneOptions;

/**
 * Runs UMAP or t-SNE with progress, cancellation, a seed and live frames. The optimisation runs in
 * a module Web Worker when `Worker` exists (the page never freezes), else on this thread in ~16 ms
 * slices that yield to the event loop (Node, tests, SSR). For UMAP the neighbour graph is exact
 * from tensor-core on the calling thread (batched, GPU when available) per `options.knn`, else
 * NN-descent (approximate neighbours) in the worker. t-SNE above 1 000 points gets its ⌊3 · perplexity⌋ exact
 * neighbours from tensor-core the same way (smaller data: brute force in the worker).
 *
 * Rejects with `EmbeddingError('ABORTED')` when `hooks.signal` fires (the worker is terminated),
 * `'TOO_LARGE'` for t-SNE above {@link TSNE_MAX_POINTS} points, and with the worker's error code
 * and message when the computation fails there (`'WORKER_FAILED'` when the worker cannot start).
 */
export async function runProjection<K extends 'umap' | 'tsne'>(
  kind: K,
  data: EmbeddingData,
  options: RunProjectionOptions<K> = {} as RunProjectionOptions<K>,
  hooks: RunProjectionHooks = {},
): Promise<ProjectionResult> {
  checkEmbeddingData(data);
  options = checkOptions(options) as RunProjectionOptions<K>;
  hooks = checkHooks(hooks);
  const { signal, onProgress } = hooks;
  const label = kind === 'umap' ? 'UMAP' : 't-SNE';
  throwIfAborted(signal, label);
  if (kind !== 'umap' && kind !== 'tsne') {
    const shown = typeof kind === 'string' ? `'${kind}'` : describeValue(kind);
    throw new EmbeddingError('INVALID_VALUE', `Unknown projection ${shown}; expected 'umap' or 'tsne'.`);
  }
  if (kind === 'tsne' && data.count > TSNE_MAX_POINTS) {
    throw new EmbeddingError(
      'TOO_LARGE',
      `t-SNE takes at most ${TSNE_MAX_POINTS.toLocaleString('en')} points; the data has ${data.count.toLocaleString('en')}. Use UMAP, or a sample.`,
      { details: { count: data.count, max: TSNE_MAX_POINTS } },
    );
  }
  const iterationsGuess = kind === 'tsne' ? ((options as TsneOptions).iterations ?? 1000) : 300;
  const frameEvery = hooks.onFrame ? (hooks.frameEvery ?? Math.max(1, Math.round(iterationsGuess / 50))) : 0;

  let request: ProjectionRequest;
  if (kind === 'umap') {
    const { runtime, knn: mode = 'auto', ...umapOptions } = options as UmapOptions;
    let knn: KnnGraph | undefined;
    if (await shouldUseExactKnn(mode, data.count, runtime)) {
      knn = await exactKnn(data, Math.min(data.count, umapOptions.nNeighbors ?? 15), {
        metric: umapOptions.metric ?? 'cosine',
        runtime,
        signal,
        onProgress: (fraction) => onProgress?.({ phase: 'neighbours', fraction }),
      });
      throwIfAborted(signal, label);
    }
    // The vectors go too (also with exact neighbours): UMAP starts from their PCA, not at random.
    request = {
      kind,
      vectors: data.vectors,
      count: data.count,
      dimensions: data.dimensions,
      frameEvery,
      options: umapOptions,
      ...(knn ? { knn } : {}),
    };
  } else {
    const { runtime, ...tsneOptions } = options as TsneOptions;
    // Exact neighbours (3 · perplexity per point) from tensor-core here; the worker only calibrates and optimises.
    let knn: KnnGraph | undefined;
    if (data.count > TSNE_WORKER_NEIGHBOURS_MAX_POINTS) {
      knn = await exactKnn(data, tsneNeighbourCount(data.count, tsneOptions.perplexity ?? 30) + 1, {
        metric: 'cosine',
        runtime,
        signal,
        onProgress: (fraction) => onProgress?.({ phase: 'neighbours', fraction }),
      });
      throwIfAborted(signal, label);
    }
    request = knn
      ? { kind, vectors: null, count: data.count, dimensions: data.dimensions, frameEvery, options: tsneOptions, knn }
      : {
          kind,
          vectors: data.vectors,
          count: data.count,
          dimensions: data.dimensions,
          frameEvery,
          options: tsneOptions,
        };
  }

  const inWorker = hooks.useWorker ?? (hooks.createWorker !== undefined || typeof Worker === 'function');
  const { raw, dimensions: dims } = inWorker
    ? await viaWorker(request, hooks, label)
    : await onThisThread(request, hooks, label);
  const axis = kind === 'umap' ? 'UMAP' : 't-SNE';
  return {
    coordinates: fitCoordinates(raw, dims),
    dimensions: dims,
    axisLabels: Array.from({ length: dims }, (_, a) => `${axis} ${a + 1}`),
    raw,
  };
}

/** Resolves `knn: 'auto'`: exact on a GPU backend or for small data, else approximate. */
async function shouldUseExactKnn(mode: UmapOptions['knn'], count: number, runtime?: TensorRuntime): Promise<boolean> {
  if (mode === 'exact') return true;
  if (mode === 'approximate') return false;
  if (count <= EXACT_KNN_CPU_MAX_POINTS) return true;
  try {
    const backend = (runtime ?? (await loadRuntime())).backend;
    return backend === 'webgpu' || backend === 'webgl';
  } catch {
    return false;
  }
}

async function onThisThread(request: ProjectionRequest, hooks: RunProjectionHooks, label: string) {
  const { signal } = hooks;
  // Loaded on demand: the UMAP and t-SNE code stay out of the caller's chunk.
  const { executeProjection } = await import('./execute.js');
  return executeProjection(request, {
    onProgress: hooks.onProgress,
    onFrame: hooks.onFrame,
    isCancelled: () => signal?.aborted === true,
  }).catch((error: unknown) => {
    throw signal?.aborted ? abortedError(label) : error;
  });
}

function viaWorker(
  request: ProjectionRequest,
  hooks: RunProjectionHooks,
  label: string,
): Promise<{ raw: Float32Array; dimensions: ProjectionDimensions }> {
  const start: WorkerRequest = { type: 'start', request };
  return runWorkerTask<WorkerResponse, { raw: Float32Array; dimensions: ProjectionDimensions }>(
    hooks.createWorker ?? (() => new Worker(new URL('./projection.worker.js', import.meta.url), { type: 'module' })),
    {
      file: 'projection.worker.js',
      request: start,
      // The caller's vectors are copied (they stay usable); our neighbour graph is transferred.
      transfer: request.knn ? [request.knn.indices.buffer, request.knn.distances.buffer] : [],
      signal: hooks.signal,
      aborted: () => abortedError(label),
      onMessage: (message) => {
        if (message.type === 'progress') hooks.onProgress?.(message.progress);
        else if (message.type === 'frame') hooks.onFrame?.(message.coordinates, message.dimensions);
        else if (message.type === 'done') return { result: { raw: message.raw, dimensions: message.dimensions } };
        return undefined;
      },
    },
  );
}

/** {@link RunProjectionHooks}, each field of its documented type. */
function checkHooks(hooks: RunProjectionHooks | undefined): RunProjectionHooks {
  const checked = checkOptions(hooks, 'hooks');
  optionalSignal(checked.signal, 'hooks.signal');
  optionalFunction(checked.onProgress, 'hooks.onProgress');
  optionalFunction(checked.onFrame, 'hooks.onFrame');
  optionalFunction(checked.createWorker, 'hooks.createWorker');
  if (checked.frameEvery !== undefined) checkInteger(checked.frameEvery, 'hooks.frameEvery', { min: 0 });
  if (checked.useWorker !== undefined) checkBoolean(checked.useWorker, 'hooks.useWorker');
  return checked;
}

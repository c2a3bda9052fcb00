import { abortedError } from './abort.js';
import { fitCoordinates } from './normalize.js';
import type { ProjectionRequest } from './protocol.js';
import { createTsne } from './tsne.js';
import type { ProjectionDimensions, ProjectionProgress } from './types.js';
import { createUmap } from './umap.js';

/** Callbacks of {@link executeProjection}. */
export interface ExecuteHooks {
  onProgress?: (progress: ProjectionProgress) => void;
  /** A normalised intermediate layout (a fresh array the receiver may keep or transfer). */
  onFrame?: (coordinates: Float32Array, dimensions: ProjectionDimensions) => void;
  /** Polled between slices of steps; true stops the run with `EmbeddingError('ABORTED')`. */
  isCancelled?: () => boolean;
  /** Milliseconds of steps between yields to the event loop. Default 16 (one frame). */
  sliceMs?: number;
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs a UMAP or t-SNE request to the end: builds the model, then steps it in time slices,
 * yielding to the event loop between slices (so cancel messages and UI events get through),
 * reporting progress about every 1 % and frames every `request.frameEvery` steps. The one loop
 * behind both the worker and the main-thread fallback. Resolves with the raw layout.
 */
export async function executeProjection(
  request: ProjectionRequest,
  hooks: ExecuteHooks = {},
): Promise<{ raw: Float32Array; dimensions: ProjectionDimensions }> {
  const { onProgress, onFrame } = hooks;
  const cancelled = () => hooks.isCancelled?.() === true;
  const sliceMs = hooks.sliceMs ?? 16;
  const label = request.kind === 'umap' ? 'UMAP' : 't-SNE';

  let run;
  if (request.kind === 'umap') {
    let reported = 0;
    onProgress?.({ phase: 'graph', fraction: 0 });
    run = createUmap(
      request.vectors,
      request.count,
      request.dimensions,
      {
        ...request.options,
        // Posted from inside the synchronous set-up: a worker's messages reach the page meanwhile.
        onGraphProgress: (fraction) => {
          if (fraction - reported >= 0.01 && fraction < 1) {
            reported = fraction;
            onProgress?.({ phase: 'graph', fraction });
          }
        },
      },
      request.knn,
    );
    onProgress?.({ phase: 'graph', fraction: 1 });
  } else {
    let reported = -1;
    run = createTsne(
      request.knn ? null : (request.vectors ?? new Float32Array(0)),
      request.count,
      request.dimensions,
      {
        ...request.options,
        onAffinityProgress: (fraction) => {
          if (fraction - reported >= 0.01 || fraction === 1) {
            reported = fraction;
            onProgress?.({ phase: 'affinities', fraction });
          }
        },
      },
      request.knn,
    );
  }
  await yieldToEventLoop();

  const total = run.iterations;
  const progressEvery = Math.max(1, Math.floor(total / 100));
  onProgress?.({ phase: 'layout', fraction: 0 });
  while (run.iteration < total) {
    if (cancelled()) throw abortedError(label);
    const sliceEnd = now() + sliceMs;
    do {
      run.step();
      const i = run.iteration;
      if (i % progressEvery === 0 || i === total) onProgress?.({ phase: 'layout', fraction: i / total });
      if (onFrame && request.frameEvery > 0 && i % request.frameEvery === 0 && i < total) {
        onFrame(fitCoordinates(run.coordinates(), run.dimensions), run.dimensions);
      }
    } while (run.iteration < total && now() < sliceEnd);
    await yieldToEventLoop();
  }
  if (cancelled()) throw abortedError(label);
  return { raw: run.coordinates(), dimensions: run.dimensions };
}

import { workerErrorMessage } from '../workerTask.js';
import { executeProjection } from './execute.js';
import type { WorkerRequest, WorkerResponse } from './protocol.js';

/** Sends a message out of the worker, transferring the listed buffers. */
export type PostResponse = (message: WorkerResponse, transfer: Transferable[]) => void;

/**
 * The projection worker's message handler, separate from the worker entry so that it can run
 * (and be tested) anywhere: `start` runs the request with {@link executeProjection}, posting
 * progress, frames and the result (buffers transferred, not copied); `cancel` stops it between
 * slices of steps; failures are posted as `error` with the `EmbeddingError` code kept.
 */
export function createWorkerHost(post: PostResponse): (message: WorkerRequest) => void {
  let cancelled = false;
  return (message) => {
    if (message.type === 'cancel') {
      cancelled = true;
      return;
    }
    cancelled = false;
    executeProjection(message.request, {
      isCancelled: () => cancelled,
      // Off the main thread: longer slices, fewer yields.
      sliceMs: 50,
      onProgress: (progress) => post({ type: 'progress', progress }, []),
      onFrame: (coordinates, dimensions) =>
        post({ type: 'frame', coordinates, dimensions }, [coordinates.buffer as ArrayBuffer]),
    }).then(
      ({ raw, dimensions }) => post({ type: 'done', raw, dimensions }, [raw.buffer as ArrayBuffer]),
      (error: unknown) => post(workerErrorMessage(error, 'WORKER_FAILED'), []),
    );
  };
}

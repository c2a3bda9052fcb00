import { isTensorscopeError } from '@tensorscope/common';
import { EmbeddingError, isEmbeddingErrorCode } from './errors.js';

/** How a worker of this package reports a failure: the error's code, message and details kept. */
export interface WorkerErrorMessage {
  type: 'error';
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

/** `error` as a {@link WorkerErrorMessage}; an error without a tensorscope code gets `fallbackCode`. */
export function workerErrorMessage(error: unknown, fallbackCode: string): WorkerErrorMessage {
  const known = isTensorscopeError(error);
  return {
    type: 'error',
    code: known ? String(error.code) : fallbackCode,
    message: error instanceof Error ? error.message : String(error),
    ...(known && error.details ? { details: error.details } : {}),
  };
}

/** What {@link runWorkerTask} needs besides the worker. */
export interface WorkerTask<M, R> {
  /** The worker's file, named in the error when it cannot load (e.g. `'density.worker.js'`). */
  file: string;
  /** Posted once the worker is listening. */
  request: unknown;
  transfer?: Transferable[];
  signal?: AbortSignal | undefined;
  /** The error an abort rejects with. */
  aborted: () => Error;
  /** Reads a message other than `error`: the result when it ends the task, else undefined (progress). */
  onMessage: (message: M) => { result: R } | undefined;
}

/**
 * Runs one request on a fresh worker and settles with its result: aborting terminates the worker
 * and rejects with `task.aborted()`; an `error` message rejects with its `EmbeddingError` code kept
 * (`WORKER_FAILED` when the code is not one of ours); a worker that cannot be made, fails to load or
 * dies rejects with `WORKER_FAILED`. The worker is terminated however the task ends.
 */
export function runWorkerTask<M extends { type: string }, R>(
  createWorker: () => Worker,
  task: WorkerTask<M, R>,
): Promise<R> {
  const name = task.file.replace(/\.worker\.js$/, '');
  let worker: Worker;
  try {
    worker = createWorker();
  } catch (cause) {
    return Promise.reject(
      new EmbeddingError('WORKER_FAILED', `The ${name} worker could not be created: ${String(cause)}.`, { cause }),
    );
  }
  const { signal } = task;
  return new Promise<R>((resolve, reject) => {
    const finish = () => {
      signal?.removeEventListener('abort', onAbort);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
    };
    const onAbort = () => {
      finish();
      reject(task.aborted());
    };
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<M | WorkerErrorMessage>) => {
      const message = event.data;
      if (message.type === 'error') {
        const failure = message as WorkerErrorMessage;
        finish();
        reject(
          new EmbeddingError(isEmbeddingErrorCode(failure.code) ? failure.code : 'WORKER_FAILED', failure.message, {
            details: failure.details,
          }),
        );
        return;
      }
      const ended = task.onMessage(message as M);
      if (ended) {
        finish();
        resolve(ended.result);
      }
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault?.();
      finish();
      reject(
        new EmbeddingError(
          'WORKER_FAILED',
          `The ${name} worker failed${event.message ? `: ${event.message}` : ` to load (check that your bundler serves ${task.file})`}.`,
        ),
      );
    };
    worker.postMessage(task.request, task.transfer ?? []);
  });
}

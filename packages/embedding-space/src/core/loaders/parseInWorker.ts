import { checkBoolean, checkNumber, checkOptions, TensorscopeArgumentError } from '@tensorscope/common';
import { optionalFunction, optionalLabelColumn, optionalSignal, optionalString } from '../args.js';
import { type EmbeddingData } from '../embeddingData.js';
import { markEmbeddingDataChecked } from '../checkEmbeddingData.js';
import { EmbeddingError } from '../errors.js';
import type { EmbeddingFileOptions } from './detect.js';
import { isBlob, parseSource, type ParseSourceRequest } from './parseSource.js';
import { abortError } from './progress.js';
import { deserializeError, type WorkerParseMessage, type WorkerReplyMessage } from './workerProtocol.js';

/** Options of {@link loadEmbeddingFile}. */
export interface LoadEmbeddingFileOptions extends Omit<EmbeddingFileOptions, 'metadata'> {
  /** File name; its extension chooses the format. Default: the `File`'s name, else the content decides. */
  name?: string;
  /** An Embedding Projector metadata TSV (`File` or text): labels and metadata columns. */
  metadata?: Blob | string;
  /** Cancels loading: the worker is stopped and the promise rejects with an `ABORTED` error. */
  signal?: AbortSignal;
  /** Called with 0, about every 5 % while parsing, and with 1 when done. */
  onProgress?: (fraction: number) => void;
  /** `false` parses on the main thread even where workers exist. Default `true`. */
  worker?: boolean;
  /** Characters (text) or bytes (files) per piece. Default 1 MiB. */
  chunkSize?: number;
}

/**
 * Loads an embedding file (a `File` from an input or drop, or its text) in a module Web Worker, so
 * large files (hundreds of thousands of vectors) do not freeze the page: reports progress, returns
 * the vectors by transfer (no copy), and stops the worker when `signal` aborts. Formats and errors
 * are those of {@link parseEmbeddingFile}; errors thrown in the worker come back as
 * {@link EmbeddingError}s with the same code, message and location.
 *
 * Where `Worker` does not exist (Node, SSR, test DOMs), or the worker script cannot start, the same
 * parsers run on the main thread piece by piece, yielding to the event loop between pieces, with
 * the same progress and cancellation.
 */
export function loadEmbeddingFile(file: Blob | string, options: LoadEmbeddingFileOptions = {}): Promise<EmbeddingData> {
  try {
    checkLoadArguments(file, options);
  } catch (error) {
    return Promise.reject(error);
  }
  const { signal, onProgress, worker: useWorker, ...rest } = options;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  const request: ParseSourceRequest = { source: file, ...rest };
  const onMainThread = () =>
    parseSource(request, {
      yieldBetweenChunks: true,
      ...(signal ? { signal } : {}),
      ...(onProgress ? { onProgress } : {}),
    });
  if (useWorker === false || typeof Worker === 'undefined') return onMainThread();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./parse.worker.js', import.meta.url), { type: 'module' });
  } catch {
    return onMainThread();
  }
  return new Promise<EmbeddingData>((resolve, reject) => {
    let settled = false;
    let started = false;
    const settle = () => {
      settled = true;
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      if (settled) return;
      settle();
      reject(abortError(signal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<WorkerReplyMessage>) => {
      if (settled) return;
      started = true;
      const reply = event.data;
      if (reply.type === 'progress') onProgress?.(reply.fraction);
      else if (reply.type === 'done') {
        settle();
        // Validated in the worker (the loaders build it with createEmbeddingData or check it).
        resolve(markEmbeddingDataChecked(reply.data));
      } else {
        settle();
        reject(deserializeError(reply.error));
      }
    };
    const onFailure = (reason: string) => {
      if (settled) return;
      settle();
      // The worker never ran (a bundler without worker support, a blocked script): parse here.
      if (!started) onMainThread().then(resolve, reject);
      else reject(new EmbeddingError('PARSE_ERROR', `The loading worker stopped: ${reason}`));
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      onFailure(event.message || 'unknown error');
    };
    worker.onmessageerror = () => onFailure('a message could not be read');
    const message: WorkerParseMessage = { type: 'parse', request };
    worker.postMessage(message);
  });
}

/** The file (a `Blob` / `File`, text, or an `ArrayBuffer`) and every option of its documented type. */
function checkLoadArguments(file: unknown, options: unknown): asserts options is LoadEmbeddingFileOptions {
  if (typeof file !== 'string' && !(file instanceof ArrayBuffer) && !isBlob(file)) {
    throw new TensorscopeArgumentError('file', 'a File, a Blob or the file text', file);
  }
  const checked = checkOptions(options as LoadEmbeddingFileOptions | undefined);
  optionalString(checked.metadataName, 'options.metadataName');
  optionalLabelColumn(checked.labelColumn, 'options.labelColumn');
  const metadata: unknown = checked.metadata;
  if (metadata !== undefined && typeof metadata !== 'string' && !isBlob(metadata)) {
    throw new TensorscopeArgumentError('options.metadata', 'a File, a Blob or the metadata text', metadata);
  }
  optionalString(checked.name, 'options.name');
  optionalSignal(checked.signal, 'options.signal');
  optionalFunction(checked.onProgress, 'options.onProgress');
  if (checked.worker !== undefined) checkBoolean(checked.worker, 'options.worker');
  if (checked.chunkSize !== undefined) checkNumber(checked.chunkSize, 'options.chunkSize');
}

import { isTensorscopeError } from '@tensorscope/common';
import type { EmbeddingData } from '../embeddingData.js';
import { EmbeddingError, isEmbeddingErrorCode, type EmbeddingErrorLocation } from '../errors.js';
import { parseSource, type ParseSourceRequest } from './parseSource.js';

/** The message the page sends to the loading worker. */
export interface WorkerParseMessage {
  type: 'parse';
  request: ParseSourceRequest;
}

/**
 * An {@link EmbeddingError} as plain data: class instances lose their class (and custom fields) when
 * posted between threads, so errors travel as code, message, location and details.
 */
export interface SerializedEmbeddingError {
  code: string;
  message: string;
  location?: EmbeddingErrorLocation;
  details?: Record<string, unknown>;
}

/** The messages the loading worker sends back. */
export type WorkerReplyMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; data: EmbeddingData }
  | { type: 'error'; error: SerializedEmbeddingError };

/** Turns anything thrown into a {@link SerializedEmbeddingError} (unknown errors get `PARSE_ERROR`). */
export function serializeError(error: unknown): SerializedEmbeddingError {
  if (isTensorscopeError(error)) {
    const result: SerializedEmbeddingError = { code: error.code, message: error.message };
    const location = (error as Partial<EmbeddingError>).location;
    if (location) result.location = { ...location };
    const details = plainData(error.details);
    if (details) result.details = details;
    return result;
  }
  return {
    code: 'PARSE_ERROR',
    message: `Parsing failed: ${error instanceof Error ? error.message : String(error)}`,
  };
}

/** Rebuilds the {@link EmbeddingError} a worker sent, with the same code, message and location. */
export function deserializeError(error: SerializedEmbeddingError): EmbeddingError {
  const code = isEmbeddingErrorCode(error.code) ? error.code : 'PARSE_ERROR';
  return new EmbeddingError(code, error.message, {
    ...(error.location ? { location: error.location } : {}),
    ...(error.details ? { details: error.details } : {}),
  });
}

/** The buffers of `data` that can be transferred instead of copied (each once). */
export function transferablesOf(data: EmbeddingData): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (array: ArrayBufferView) => {
    if (array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
  };
  add(data.vectors);
  for (const column of data.columns) add(column.kind === 'number' ? column.values : column.codes);
  if (data.coordinates) add(data.coordinates.values);
  return [...buffers];
}

/**
 * Runs one parse request inside the worker: posts progress, then the data (transferring its
 * buffers) or the serialized error.
 */
export async function handleWorkerMessage(
  message: WorkerParseMessage,
  post: (reply: WorkerReplyMessage, transfer?: Transferable[]) => void,
): Promise<void> {
  try {
    if (message?.type !== 'parse')
      throw new EmbeddingError('INVALID_VALUE', 'The loading worker got an unknown message.');
    const data = await parseSource(message.request, {
      onProgress: (fraction) => post({ type: 'progress', fraction }),
    });
    post({ type: 'done', data }, transferablesOf(data));
  } catch (error) {
    post({ type: 'error', error: serializeError(error) });
  }
}

/** JSON-safe copy of error details (they must survive structured cloning). */
function plainData(details: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!details) return undefined;
  try {
    return JSON.parse(JSON.stringify(details)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

import { TensorscopeArgumentError, checkFunction, checkNumber, checkOptions } from '@tensorscope/common';
import { decodeCheckpoint, type Checkpoint } from './checkpoint.js';
import { fail } from './errors.js';

/** Largest checkpoint {@link loadCheckpoint} reads by default: 64 MiB (the brown model is about 2 MB). */
export const DEFAULT_MAX_CHECKPOINT_BYTES = 64 * 1024 * 1024;

/** Where a checkpoint comes from: its bytes, or a URL to fetch them from. */
export type CheckpointSource = string | URL | ArrayBuffer | Uint8Array;

export interface LoadCheckpointOptions {
  /** Cancels the download (`ABORTED`). */
  signal?: AbortSignal;
  /** The `fetch` to use (a test double, a cache). Default `globalThis.fetch`. */
  fetch?: (input: string | URL, init?: { signal?: AbortSignal }) => Promise<Response>;
  /** Larger files are refused with `TOO_LARGE`. Default {@link DEFAULT_MAX_CHECKPOINT_BYTES}. */
  maxBytes?: number;
}

/**
 * Reads a checkpoint from its bytes or from a URL (a `.tsgpt` file; with Vite,
 * `import url from '@tensorscope/transformer/checkpoints/induction.tsgpt?url'`), then decodes and
 * checks it with `decodeCheckpoint`. Errors, each naming the URL:
 * - the request fails or the server answers an error status → `INVALID_FORMAT` (with `details.url`,
 *   and `details.status` for a status);
 * - no bytes → `EMPTY_INPUT`; more than `maxBytes` → `TOO_LARGE`;
 * - `signal` aborted, before or during the download → `ABORTED`;
 * - bytes that are not a checkpoint → `decodeCheckpoint`'s `CORRUPT_CHECKPOINT`,
 *   `UNSUPPORTED_VERSION` or `CONFIG_MISMATCH`.
 */
export async function loadCheckpoint(source: CheckpointSource, options?: LoadCheckpointOptions): Promise<Checkpoint> {
  const o = checkOptions(options);
  const signal = o.signal;
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw new TensorscopeArgumentError('options.signal', 'an AbortSignal', signal);
  }
  const maxBytes =
    o.maxBytes === undefined ? DEFAULT_MAX_CHECKPOINT_BYTES : checkNumber(o.maxBytes, 'options.maxBytes', { min: 1 });
  if (source instanceof ArrayBuffer || source instanceof Uint8Array)
    return decodeBytes(source, 'The checkpoint', maxBytes);
  if (typeof source !== 'string' && !(source instanceof URL)) {
    throw new TensorscopeArgumentError('source', 'a URL (string or URL) or the bytes of a checkpoint', source);
  }
  const url = String(source);
  if (url.trim() === '') throw fail('EMPTY_INPUT', 'The checkpoint URL is empty.');
  const fetcher =
    o.fetch === undefined
      ? typeof globalThis.fetch === 'function'
        ? globalThis.fetch.bind(globalThis)
        : undefined
      : checkFunction<NonNullable<LoadCheckpointOptions['fetch']>>(o.fetch, 'options.fetch');
  if (!fetcher)
    throw fail('INVALID_ARGUMENT', `There is no fetch here to download ${url}; pass options.fetch or the bytes.`);
  const aborted = () => fail('ABORTED', `Loading the checkpoint ${url} was cancelled.`, { details: { url } });
  if (signal?.aborted) throw aborted();
  let response: Response;
  try {
    response = await fetcher(source, signal ? { signal } : undefined);
  } catch (cause) {
    if (signal?.aborted) throw aborted();
    throw fail('INVALID_FORMAT', `Could not download the checkpoint ${url}: ${messageOf(cause)}`, {
      details: { url },
      cause,
    });
  }
  if (typeof response !== 'object' || response === null || typeof response.arrayBuffer !== 'function') {
    throw fail('INVALID_FORMAT', `Could not download the checkpoint ${url}: fetch did not return a Response.`, {
      details: { url },
    });
  }
  if (!response.ok) {
    throw fail('INVALID_FORMAT', `Could not download the checkpoint ${url}: the server answered ${response.status}.`, {
      details: { url, status: response.status },
    });
  }
  const declared = Number(response.headers?.get?.('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(url, declared, maxBytes);
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
  } catch (cause) {
    if (signal?.aborted) throw aborted();
    throw fail('INVALID_FORMAT', `Could not read the checkpoint ${url}: ${messageOf(cause)}`, {
      details: { url },
      cause,
    });
  }
  if (signal?.aborted) throw aborted();
  return decodeBytes(bytes, `The checkpoint ${url}`, maxBytes, url);
}

function decodeBytes(bytes: ArrayBuffer | Uint8Array, name: string, maxBytes: number, url?: string): Checkpoint {
  if (bytes.byteLength === 0)
    throw fail('EMPTY_INPUT', `${name} is empty (0 bytes).`, url ? { details: { url } } : undefined);
  if (bytes.byteLength > maxBytes) throw tooLarge(url ?? 'given', bytes.byteLength, maxBytes);
  return decodeCheckpoint(bytes);
}

function tooLarge(url: string, size: number, maxBytes: number) {
  return fail(
    'TOO_LARGE',
    `The checkpoint ${url} is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${(maxBytes / 1024 / 1024).toFixed(1)} MB.`,
    { details: { url, size, limit: maxBytes } },
  );
}

function messageOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

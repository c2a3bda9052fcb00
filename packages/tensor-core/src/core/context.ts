import type * as TfCore from '@tensorflow/tfjs-core';
import { TensorCoreError } from '../errors.js';
import type { AdapterInfo, BackendName } from './backends.js';

/** @internal */
export type Tf = typeof TfCore;

/** @internal */
/** What an operation needs from the runtime it runs on. */
export interface OpContext {
  tf: Tf;
  backend: BackendName;
  /** The largest single tensor (in bytes) to upload on this backend; bigger inputs are chunked. */
  maxChunkBytes: number;
  /** The largest tensor the backend can hold at all; operations that cannot chunk refuse more. */
  maxTensorBytes: number;
  /** Increments after each device loss: tensors from an older generation are gone. */
  generation: number;
  /** The GPU behind the backend (null for wasm and cpu, or when the browser did not say). */
  adapter?: AdapterInfo | null;
}

/** @internal */
/** Row ranges `[start, end)` so that each chunk of `columns` float32 values fits `maxBytes`. */
export function rowChunks(rows: number, columns: number, maxBytes: number): [number, number][] {
  const perChunk = Math.max(1, Math.floor(maxBytes / (columns * 4)));
  const chunks: [number, number][] = [];
  for (let start = 0; start < rows; start += perChunk) chunks.push([start, Math.min(rows, start + perChunk)]);
  return chunks;
}

/** @internal */
/** Refuses a tensor bigger than the backend can hold in one buffer (instead of losing the device). */
export function checkFits(ctx: OpContext, what: string, shape: readonly number[]): void {
  const bytes = shape.reduce((a, b) => a * b, 4);
  if (bytes > ctx.maxTensorBytes) {
    throw new TensorCoreError(
      'TOO_LARGE',
      `${what} would be [${shape.join(', ')}] (${Math.round(bytes / 2 ** 20)} MiB), more than the ${ctx.backend} backend holds in one buffer (${Math.round(ctx.maxTensorBytes / 2 ** 20)} MiB). Split the input.`,
      { details: { shape: [...shape], bytes, limit: ctx.maxTensorBytes } },
    );
  }
}

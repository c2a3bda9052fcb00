import type * as TfCore from '@tensorflow/tfjs-core';
import type { BackendName } from './backends.js';

export type Tf = typeof TfCore;

/** What an operation needs from the runtime it runs on. */
export interface OpContext {
  tf: Tf;
  backend: BackendName;
  /** The largest single tensor (in bytes) to upload on this backend; bigger inputs are chunked. */
  maxChunkBytes: number;
  /** Increments after each device loss: tensors from an older generation are gone. */
  generation: number;
}

/** Row ranges `[start, end)` so that each chunk of `columns` float32 values fits `maxBytes`. */
export function rowChunks(rows: number, columns: number, maxBytes: number): [number, number][] {
  const perChunk = Math.max(1, Math.floor(maxBytes / (columns * 4)));
  const chunks: [number, number][] = [];
  for (let start = 0; start < rows; start += perChunk) chunks.push([start, Math.min(rows, start + perChunk)]);
  return chunks;
}

'use client';
import { toTensorscopeError, type AnyTensorscopeError } from '@tensorscope/common';
import { useEffect, useState } from 'react';
import { readHeadOnce, type AttentionSource } from './core/attentionSource.js';
import { maxPool } from './core/downsample.js';
import { headSummariser, type HeadSummary } from './core/headSummaries.js';

interface Pooled {
  data: Float32Array | Uint8Array;
  rows: number;
  columns: number;
}

interface HeadProgress {
  /** The source these results belong to. */
  source: AttentionSource | null;
  /** Layer-major; undefined while a head is not scored yet (or could not be read). */
  summaries: readonly (HeadSummary | undefined)[];
  thumbnails: readonly (Pooled | undefined)[];
  /** The first head that could not be read (e.g. a NaN in a lazily decoded export). */
  error: AnyTensorscopeError | null;
}

const EMPTY: HeadProgress = { source: null, summaries: [], thumbnails: [], error: null };
/** Longest stretch of scoring before the browser gets to paint (at least one head per step). */
const STEP_MS = 8;
/** Models up to this many weights are scored in the first step, before the first paint. */
const SYNC_VALUES = 1 << 20;

function later(step: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(step, { timeout: 50 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(step, 0);
  return () => clearTimeout(id);
}

/**
 * Scores and max-pools every head, a few per step: the first step runs at once for small models
 * (done in it), every step of a large one in idle callbacks, so thumbnails fill in while the page stays responsive.
 */
export function useHeadProgress(source: AttentionSource | null, size: number): HeadProgress {
  const [progress, setProgress] = useState<HeadProgress>(EMPTY);
  useEffect(() => {
    if (!source) return;
    const [layers, heads, qLen, kLen] = source.shape;
    const total = layers * heads;
    const summarise = headSummariser(source);
    const summaries: (HeadSummary | undefined)[] = new Array(total);
    const thumbnails: (Pooled | undefined)[] = new Array(total);
    let error: AnyTensorscopeError | null = null;
    let next = 0;
    let cancel: (() => void) | undefined;
    const step = () => {
      const start = performance.now();
      do {
        const layer = Math.floor(next / heads);
        const head = next % heads;
        try {
          // Read without filling the cache: the cache keeps the heads the other views show.
          const matrix = readHeadOnce(source, layer, head);
          summaries[next] = summarise(matrix, layer, head);
          const pooled = maxPool(matrix, qLen, kLen, size, size);
          // Keep a copy only of what is small (maxPool returns the head itself when it fits).
          thumbnails[next] = { ...pooled, data: pooled.data === matrix ? matrix.slice() : pooled.data };
        } catch (cause) {
          error ??= toTensorscopeError(cause, 'INVALID_VALUE');
        }
        next++;
      } while (next < total && performance.now() - start < STEP_MS);
      setProgress({ source, summaries: summaries.slice(), thumbnails: thumbnails.slice(), error });
      if (next < total) cancel = later(step);
    };
    // Small models are scored at once; a large one starts after the first paint of the page.
    if (total * qLen * kLen <= SYNC_VALUES) step();
    else cancel = later(step);
    return () => cancel?.();
  }, [source, size]);
  return progress.source === source ? progress : EMPTY;
}

'use client';
import { useLastValid, type LastValid } from '@tensorscope/common/react';
import { attentionSource, type AttentionInput, type AttentionSource } from './core/attentionSource.js';

/**
 * Checks a model's attention once per `data` (not on every selection change: a 12 × 12 × 512²
 * model is 37.7 M values) and gives it as a source read head by head. `AttentionData` is validated
 * whole; a source (`openAttention(bytes)`) has its header checked now and each head when it is
 * read. Bad data gives the error to show and keeps the last valid source.
 */
export function useValidAttentionData(data: AttentionInput | undefined): LastValid<AttentionSource | null> {
  return useLastValid<AttentionSource | null>(() => (data ? attentionSource(data) : null), [data]);
}

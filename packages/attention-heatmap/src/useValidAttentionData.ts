'use client';
import { useLastValid, type LastValid } from '@tensorscope/common/react';
import { validateAttentionData, type AttentionData } from './core/attentionData.js';

/**
 * Validates a model's attention once per `data` (not on every selection change: a 12 × 12 × 512²
 * model is 37.7 M values). Bad data gives the error to show and keeps the last valid data.
 */
export function useValidAttentionData(data: AttentionData | undefined): LastValid<AttentionData | null> {
  return useLastValid<AttentionData | null>(() => {
    if (!data) return null;
    validateAttentionData(data);
    return data;
  }, [data]);
}

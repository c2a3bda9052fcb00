import type { AttentionData } from '@tensorscope/attention-heatmap';
import type { TensorRuntime } from '@tensorscope/tensor-core';
import { loadGlove } from './glove.js';
import { computeLiveAttention, lookUpWords } from './liveAttention.js';

export type LiveAttentionResult =
  { kind: 'data'; data: AttentionData; missing: string[]; backend: string } | { kind: 'empty'; missing: string[] };

/** Loads GloVe (once) and computes the sentence's attention on the runtime. */
export async function liveAttention(runtime: TensorRuntime, sentence: string): Promise<LiveAttentionResult> {
  const glove = await loadGlove();
  const words = lookUpWords(glove, sentence);
  if (words.rows.length === 0) return { kind: 'empty', missing: words.missing };
  const data = await computeLiveAttention(runtime, glove, words);
  return { kind: 'data', data, missing: words.missing, backend: runtime.backend };
}

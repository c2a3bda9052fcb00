import type { Passage } from './types.js';
import type { Tokenizer } from './tokenizer.js';

/** A small bilingual corpus for unit tests (not the built-in one). */
export const FIXTURE: Passage[] = [
  {
    id: 'en-gpu-01',
    lang: 'en',
    topic: 'gpu',
    title: 'GPUs',
    text: 'A GPU runs thousands of threads at once. Matrix multiplication keeps them busy.',
  },
  {
    id: 'en-gpu-02',
    lang: 'en',
    topic: 'gpu',
    title: 'Bandwidth',
    text: 'Memory bandwidth limits how fast weights reach the cores. Decoding one token reads every weight.',
  },
  {
    id: 'en-tok-01',
    lang: 'en',
    topic: 'tokens',
    title: 'Tokens',
    text: 'A tokenizer splits text into tokens. Korean text often needs more tokens than English.',
  },
  {
    id: 'en-rag-01',
    lang: 'en',
    topic: 'rag',
    title: 'RAG',
    text: 'Retrieval finds passages before the model answers. The passages go into the prompt as context.',
  },
  {
    id: 'ko-gpu-01',
    lang: 'ko',
    topic: 'gpu',
    title: 'GPU',
    text: 'GPU는 수천 개의 스레드를 동시에 실행합니다. 행렬 곱셈이 GPU를 바쁘게 만듭니다.',
  },
  {
    id: 'ko-tok-01',
    lang: 'ko',
    topic: 'tokens',
    title: '토큰',
    text: '토크나이저는 문장을 토큰으로 나눕니다. 한국어 문장은 영어보다 토큰이 더 많이 필요합니다.',
  },
  {
    id: 'ko-rag-01',
    lang: 'ko',
    topic: 'rag',
    title: '검색 증강',
    text: '검색 증강 생성은 답하기 전에 관련 문단을 찾습니다. 찾은 문단은 프롬프트에 들어갑니다.',
  },
];

/** A deterministic stand-in tokenizer: one token per UTF-8 byte pair (so Hangul splits mid-character). */
export const PAIR_TOKENIZER: Tokenizer = {
  name: 'byte-pairs',
  encode(text) {
    const bytes = new TextEncoder().encode(text);
    const ids: number[] = [];
    for (let i = 0; i < bytes.length; i += 2)
      ids.push(bytes[i]! * 256 + (bytes[i + 1] ?? 0) + (i + 1 < bytes.length ? 0 : 65536));
    return ids;
  },
  tokenBytes(id) {
    return id >= 65536 ? new Uint8Array([(id - 65536) >> 8]) : new Uint8Array([id >> 8, id & 255]);
  },
};

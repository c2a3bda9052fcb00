import { PASSAGES } from './passages.js';
import { QUERIES } from './queries.js';

export { PASSAGES } from './passages.js';
export { QUERIES } from './queries.js';

/** What the built-in corpus is, for an "about this data" line in the UI. Counts come from the arrays. */
export const CORPUS_INFO = {
  name: 'tensorscope lecture corpus (ko/en)',
  licence: 'MIT, written for tensorscope',
  passages: PASSAGES.length,
  passagesByLanguage: {
    ko: PASSAGES.filter((p) => p.lang === 'ko').length,
    en: PASSAGES.filter((p) => p.lang === 'en').length,
  },
  queries: QUERIES.length,
  queriesByLanguage: {
    ko: QUERIES.filter((q) => q.lang === 'ko').length,
    en: QUERIES.filter((q) => q.lang === 'en').length,
  },
  description: {
    en: 'Short Korean and English passages on how AI works (GPUs, tokens, attention, vectors, scale, on-device models, RAG), with labelled queries for measuring retrieval.',
    ko: 'AI의 작동 원리(GPU, 토큰, 어텐션, 벡터, 규모, 온디바이스 모델, RAG)를 다룬 한국어·영어 짧은 글 모음과, 검색 성능을 재기 위한 정답 달린 질문들.',
  },
} as const;

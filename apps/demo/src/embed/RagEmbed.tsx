import type { Locale } from '@tensorscope/common';
import { RetrievalExplorer } from '@tensorscope/retrieval';
import { messages } from '../messages.js';
import { RUNTIME_OPTIONS } from '../runtimeOptions.js';
import { RAG_QUERY, useGloveWords } from '../sections/RagSection.js';

/** The retrieval explorer full-frame: `/embed/rag?query=…&map=false&locale=ko`. */
export default function RagEmbed({ query, map, locale }: { query: string | undefined; map: boolean; locale: Locale }) {
  const words = useGloveWords();
  if (words === null) return <p aria-busy="true">{messages[locale].vectorsLoading}</p>;
  return (
    <RetrievalExplorer
      initialQuery={query ?? RAG_QUERY[locale]}
      wordVectors={words}
      showMap={map}
      runtimeOptions={RUNTIME_OPTIONS}
    />
  );
}

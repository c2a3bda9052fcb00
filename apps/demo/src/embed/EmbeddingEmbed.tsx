import { useTensorscopeSettings } from '@tensorscope/common/react';
import { EmbeddingSpace } from '@tensorscope/embedding-space';
import type { EmbeddingViewState } from '@tensorscope/embedding-space/core';
import { initialViewState, type EmbeddingMode } from '@tensorscope/embedding-space/element';
import { messages } from '../messages.js';
import { RUNTIME_OPTIONS } from '../runtimeOptions.js';
import { SectionError } from '../shell.js';
import { GLOVE_VIEW, useGlove } from '../sections/VectorsSection.js';

/** The GloVe explorer, opening in the view state and mode from the URL. */
export default function EmbeddingEmbed({
  state,
  mode,
}: {
  state: EmbeddingViewState | undefined;
  mode: EmbeddingMode | undefined;
}) {
  const { locale } = useTensorscopeSettings({});
  const { glove, error } = useGlove();
  if (error) return <SectionError error={error} locale={locale} />;
  if (!glove) return <p aria-busy="true">{messages[locale].vectorsLoading}</p>;
  return (
    <EmbeddingSpace
      data={glove}
      initialState={initialViewState({ state, mode }, GLOVE_VIEW)}
      runtimeOptions={RUNTIME_OPTIONS}
      height={Math.max(280, Math.round(window.innerHeight * 0.6))}
    />
  );
}

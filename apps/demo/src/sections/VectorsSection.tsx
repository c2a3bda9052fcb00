import { interpolate, type Locale } from '@tensorscope/common';
import { EmbeddingFileDrop, EmbeddingSpace } from '@tensorscope/embedding-space';
import type { EmbeddingData, EmbeddingViewState } from '@tensorscope/embedding-space/core';
import { useEffect, useState } from 'react';
import { loadGlove } from '../glove.js';
import { messages } from '../messages.js';
import { RUNTIME_OPTIONS } from '../runtimeOptions.js';
import { SectionError, useMarkReady } from '../shell.js';

export const GLOVE_VIEW: Partial<EmbeddingViewState> = { colorBy: 'topic' };
const AXES_VIEW: Partial<EmbeddingViewState> = {
  colorBy: 'topic',
  mode: '2d',
  projection: { kind: 'axes', x: ['he', 'she'], y: ['young', 'old'] },
};

/** A phrase embedded as the SIF-weighted mean of its words, drawn with its neighbours. */
const MEANING_VIEW: Partial<EmbeddingViewState> = { colorBy: 'topic', meaning: 'royal family' };

/**
 * A map: UMAP in 2-D (computed in a worker, with progress), density contours and cluster labels.
 * Coloured by frequency rank, a number column, so the labels are words (those nearest each
 * cluster's mean vector): by `topic` they would be topic names, and 97 % of the words are "other".
 */
const MAP_VIEW: Partial<EmbeddingViewState> = {
  colorBy: 'frequency rank',
  mode: '2d',
  projection: { kind: 'umap', seed: 42, neighbors: 15, minDist: 0.1 },
  density: true,
  clusterLabels: true,
};

/** The GloVe bundle, loaded when a section or embed that shows it mounts. */
export function useGlove() {
  const [glove, setGlove] = useState<EmbeddingData | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    loadGlove().then(
      (data) => live && setGlove(data),
      (caught: unknown) => live && setError(caught),
    );
    return () => {
      live = false;
    };
  }, []);
  return { glove, error };
}

/** Section 5: the embedding explorer on 20,000 real GloVe vectors, or on the user's own file. */
export default function VectorsSection({
  locale,
  onViewChange,
}: {
  locale: Locale;
  onViewChange: (state: EmbeddingViewState) => void;
}) {
  const t = messages[locale];
  const { glove, error } = useGlove();
  const [own, setOwn] = useState<{ name: string; data: EmbeddingData } | null>(null);
  const [preset, setPreset] = useState<{ key: number; view: Partial<EmbeddingViewState> }>({
    key: 0,
    view: GLOVE_VIEW,
  });
  const [firstFrame, setFirstFrame] = useState(false);
  useMarkReady(firstFrame || error !== null);
  const data = own?.data ?? glove;
  return (
    <div className="vectors">
      {error ? <SectionError error={error} locale={locale} /> : null}
      {!data && !error ? <p aria-busy="true">{t.vectorsLoading}</p> : null}
      {data ? (
        <>
          <div className="chips">
            {own ? (
              <>
                <span role="status">{interpolate(t.vectorsOwn, { name: own.name })}</span>
                <button type="button" className="button button--small" onClick={() => setOwn(null)}>
                  {t.vectorsBack}
                </button>
              </>
            ) : (
              <>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setPreset({ key: preset.key + 1, view: AXES_VIEW })}
                >
                  {t.vectorsAxesPreset}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setPreset({ key: preset.key + 1, view: GLOVE_VIEW })}
                >
                  {t.vectorsPcaPreset}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setPreset({ key: preset.key + 1, view: MEANING_VIEW })}
                >
                  {t.vectorsMeaningPreset}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setPreset({ key: preset.key + 1, view: MAP_VIEW })}
                >
                  {t.vectorsMapPreset}
                </button>
              </>
            )}
          </div>
          <EmbeddingSpace
            key={own ? `own:${own.name}` : `glove:${preset.key}`}
            data={data}
            initialState={own ? {} : preset.view}
            onStateChange={onViewChange}
            onFirstFrame={() => setFirstFrame(true)}
            runtimeOptions={RUNTIME_OPTIONS}
            height={460}
          />
          {own ? null : <p className="muted small">{t.vectorsSource}</p>}
        </>
      ) : null}
      <EmbeddingFileDrop onLoad={(loaded, file) => setOwn({ name: file.name, data: loaded })} />
    </div>
  );
}

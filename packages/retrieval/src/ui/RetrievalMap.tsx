import { interpolate, type Locale, type ThemeName } from '@tensorscope/common';
import { TensorscopeErrorBoundary } from '@tensorscope/common/react';
import { createEmbeddingData } from '@tensorscope/embedding-space/core';
import type { RuntimeOptions } from '@tensorscope/tensor-core';
import { Suspense, lazy, useMemo } from 'react';
import { MAP_TEXT, retrievalMap } from '../core/map.js';
import type { RetrievalIndex, SearchResult } from '../core/retrievalIndex.js';
import { messages } from '../messages.js';

// three.js and the explorer load only when the map is shown.
const EmbeddingSpace = lazy(() =>
  import('@tensorscope/embedding-space').then((module) => ({ default: module.EmbeddingSpace })),
);

export interface RetrievalMapProps {
  index: RetrievalIndex;
  result: SearchResult | null;
  k: number;
  runtimeOptions?: RuntimeOptions | undefined;
  locale: Locale;
  theme: ThemeName;
  height?: number;
}

/** The chunks in the LSA space with the query as one more point, drawn by embedding-space's explorer. */
export function RetrievalMap({ index, result, k, runtimeOptions, locale, theme, height = 420 }: RetrievalMapProps) {
  const t = messages[locale];
  const map = useMemo(() => retrievalMap(index, result, k, locale), [index, result, k, locale]);
  const data = useMemo(() => createEmbeddingData(map), [map]);
  const selection = useMemo(() => (map.queryRow >= 0 ? [map.queryRow] : []), [map.queryRow]);
  return (
    <div className="ts-rx-stack">
      <p className="ts-rx-note">
        {interpolate(t.mapNote, { k })} {map.queryRow < 0 ? t.mapNoQuery : ''}
      </p>
      <TensorscopeErrorBoundary locale={locale}>
        <Suspense fallback={<div style={{ height }} aria-busy="true" />}>
          <EmbeddingSpace
            data={data}
            selection={selection}
            initialState={{ colorBy: MAP_TEXT[locale].retrieved, mode: '2d', k }}
            runtimeOptions={runtimeOptions}
            locale={locale}
            theme={theme}
            height={height}
            pointSize={8}
          />
        </Suspense>
      </TensorscopeErrorBoundary>
    </div>
  );
}

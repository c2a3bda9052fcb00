import { EmbeddingSpace } from '@tensorscope/embedding-space';
import { parseViewState, serializeViewState, type EmbeddingViewState } from '@tensorscope/embedding-space/core';
import { ErrorMessage, useLastValid } from '@tensorscope/common/react';
import { useMemo } from 'react';
import { getWasmPaths } from '../config.js';
import type { ViewProps } from '../TensorscopeElement.js';
import { parseEmbeddingBytes, toEmbeddingData } from './embeddingData.js';

export function View({ data, locale, theme, height, host, emit }: ViewProps) {
  const { value, error } = useLastValid(() => toEmbeddingData(data), [data]);
  const mode = host.getAttribute('mode');
  const stateText = host.getAttribute('view-state');
  const initial = useMemo((): { state: Partial<EmbeddingViewState>; error: unknown } => {
    const state: Partial<EmbeddingViewState> = {};
    let problem: unknown = null;
    if (stateText) {
      try {
        Object.assign(state, parseViewState(stateText));
      } catch (caught) {
        problem = caught;
      }
    }
    if (mode === '2d' || mode === '3d') state.mode = mode;
    return { state, error: problem };
  }, [mode, stateText]);
  const wasmPaths = getWasmPaths();
  const runtimeOptions = useMemo(() => (wasmPaths === undefined ? undefined : { wasmPaths }), [wasmPaths]);
  return (
    <>
      {error ? <ErrorMessage error={error} locale={locale} /> : null}
      {initial.error ? <ErrorMessage error={initial.error} locale={locale} /> : null}
      {value ? (
        <EmbeddingSpace
          key={`${mode}|${stateText}`}
          data={value}
          locale={locale}
          theme={theme}
          initialState={initial.state}
          {...(height ? { height } : {})}
          {...(runtimeOptions ? { runtimeOptions } : {})}
          onSelectionChange={(selection) =>
            emit('tensorscope-select', { selection, labels: selection.map((i) => value.labels[i]) })
          }
          onStateChange={(state) => emit('tensorscope-statechange', { state, serialized: serializeViewState(state) })}
          onFirstFrame={() => emit('tensorscope-ready', {})}
        />
      ) : null}
    </>
  );
}

export function parse(bytes: Uint8Array, source: { url: URL }): Promise<unknown> {
  return parseEmbeddingBytes(bytes, source.url);
}

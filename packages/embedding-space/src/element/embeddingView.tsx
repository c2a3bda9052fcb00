import { getWasmPaths, type ViewProps } from '@tensorscope/common/element';
import { ErrorMessage, useLastValid } from '@tensorscope/common/react';
import { useMemo } from 'react';
import { serializeViewState } from '../core/index.js';
import { EMBEDDING_SPACE_PARAMS, EMBEDDING_SPACE_PARAM_ALIASES } from '../core/params.js';
import { EmbeddingSpace } from '../index.js';
import { parseEmbeddingBytes, toEmbeddingData } from './embeddingData.js';
import { initialViewState, readEmbeddingSpaceParams } from './readParams.js';

const PARAM_NAMES = [...EMBEDDING_SPACE_PARAMS, ...Object.keys(EMBEDDING_SPACE_PARAM_ALIASES)];

export function View({ data, locale, theme, height, host, emit }: ViewProps) {
  const { value, error } = useLastValid(() => toEmbeddingData(data), [data]);
  // The parameter attributes as one string: the explorer restarts when one of them changes.
  const attributes = JSON.stringify(PARAM_NAMES.map((name) => host.getAttribute(name)));
  const params = useMemo(() => {
    const values = JSON.parse(attributes) as (string | null)[];
    return readEmbeddingSpaceParams((name) => values[PARAM_NAMES.indexOf(name)] ?? null);
  }, [attributes]);
  const initialState = useMemo(() => initialViewState(params), [params]);
  const wasmPaths = getWasmPaths();
  const runtimeOptions = useMemo(() => (wasmPaths === undefined ? undefined : { wasmPaths }), [wasmPaths]);
  return (
    <>
      {error ? <ErrorMessage error={error} locale={locale} /> : null}
      {params.problems.map(({ param, error: problem }) => (
        <ErrorMessage key={param} error={problem} locale={locale} />
      ))}
      {value ? (
        <EmbeddingSpace
          key={attributes}
          data={value}
          locale={locale}
          theme={theme}
          initialState={initialState}
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

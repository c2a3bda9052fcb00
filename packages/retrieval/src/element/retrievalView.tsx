import { getWasmPaths, type ViewProps } from '@tensorscope/common/element';
import { useMemo } from 'react';
import { RetrievalExplorer } from '../RetrievalExplorer.js';

/**
 * What `<tensorscope-retrieval>` renders: the explorer on the built-in corpus, or on the passages
 * from `src` / `.data`, with tfjs's `.wasm` files from where the page serves them (`setWasmPaths`).
 */
export function View({ data, locale, theme, host }: ViewProps) {
  const wasmPaths = getWasmPaths();
  const key = JSON.stringify(wasmPaths ?? null);
  // One options object per wasm location: a new object would rebuild the index.
  const runtimeOptions = useMemo(() => (wasmPaths === undefined ? undefined : { wasmPaths }), [key]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <RetrievalExplorer
      passages={data ?? undefined}
      initialQuery={host.getAttribute('query') ?? undefined}
      showMap={host.getAttribute('map') !== 'false'}
      locale={locale}
      theme={theme}
      {...(runtimeOptions ? { runtimeOptions } : {})}
    />
  );
}

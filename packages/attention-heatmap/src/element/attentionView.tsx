import type { ViewProps } from '@tensorscope/common/element';
import { ErrorMessage, useLastValid } from '@tensorscope/common/react';
import { useState } from 'react';
import { loadAttention, type AttentionData } from '../core/index.js';
import { DEFAULT_ATTENTION_VIEW, parseAttentionView, type AttentionViewKind } from '../core/params.js';
import {
  AttentionHeadGrid,
  AttentionHeatmap,
  AttentionLines,
  AttentionTokenStrip,
  DEFAULT_SELECTION,
  type AttentionSelection,
} from '../index.js';

/**
 * The attention view the `view` attribute names. `data` is anything `loadAttention` reads; a single
 * matrix (`{ queryTokens, weights }`) has no layers or heads, so it is always shown as a heatmap.
 */
export function View({ data, locale, theme, height, host, emit }: ViewProps) {
  const { value, error } = useLastValid(() => loadAttention(data), [data]);
  const view = parseAttentionView(host.getAttribute('view')) ?? DEFAULT_ATTENTION_VIEW;
  const common = {
    locale,
    theme,
    onSelectionChange: (selection: AttentionSelection) => emit('tensorscope-statechange', { selection }),
  };
  const heatmap = {
    ...common,
    ...(height ? { maxHeight: height } : {}),
    onFocusCell: (cell: unknown) => emit('tensorscope-select', cell),
  };
  return (
    <>
      {error ? <ErrorMessage error={error} locale={locale} /> : null}
      {!value ? null : 'matrix' in value ? (
        <AttentionHeatmap {...value.matrix} {...heatmap} />
      ) : view === 'all' ? (
        <LinkedViews data={value.data} heatmap={heatmap} />
      ) : view === 'heatmap' ? (
        <AttentionHeatmap data={value.data} {...heatmap} />
      ) : (
        <SingleView view={view} data={value.data} {...common} />
      )}
    </>
  );
}

type CommonProps = Pick<ViewProps, 'locale' | 'theme'> & { onSelectionChange: (selection: AttentionSelection) => void };

function SingleView({ view, data, ...common }: { view: AttentionViewKind; data: AttentionData } & CommonProps) {
  if (view === 'grid') return <AttentionHeadGrid data={data} {...common} />;
  if (view === 'strip') return <AttentionTokenStrip data={data} {...common} />;
  return <AttentionLines data={data} {...common} />;
}

/** The four views on one selection, like the demo's attention section; a new model starts over at layer 1, head 1. */
function LinkedViews({
  data,
  heatmap,
}: {
  data: AttentionData;
  heatmap: CommonProps & { maxHeight?: number; onFocusCell: (cell: unknown) => void };
}) {
  const [selection, setSelection] = useState<AttentionSelection>(DEFAULT_SELECTION);
  const [seen, setSeen] = useState(data);
  if (seen !== data) {
    setSeen(data);
    setSelection(DEFAULT_SELECTION);
  }
  const { onSelectionChange, ...heatmapOnly } = heatmap;
  const linked = {
    data,
    selection,
    locale: heatmap.locale,
    theme: heatmap.theme,
    onSelectionChange: (next: AttentionSelection) => {
      setSelection(next);
      onSelectionChange(next);
    },
  };
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <AttentionHeadGrid {...linked} />
      <AttentionHeatmap {...heatmapOnly} {...linked} />
      <AttentionTokenStrip {...linked} />
      <AttentionLines {...linked} />
    </div>
  );
}

/** Reads fetched bytes once (JSON in any known format, or "TSAT"), naming the file in errors. */
export function parse(bytes: Uint8Array, source: { url: URL }): unknown {
  const name = decodeURIComponent(source.url.pathname.split('/').pop() || '') || source.url.href;
  const loaded = loadAttention(bytes, { name });
  return 'matrix' in loaded ? loaded.matrix : loaded.data;
}

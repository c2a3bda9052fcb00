import { AttentionHeatmap } from '@tensorscope/attention-heatmap';
import { ErrorMessage, useLastValid } from '@tensorscope/common/react';
import type { ViewProps } from '../TensorscopeElement.js';
import { toAttentionInput } from './attentionData.js';

export function View({ data, locale, theme, height, emit }: ViewProps) {
  const { value, error } = useLastValid(() => toAttentionInput(data), [data]);
  return (
    <>
      {error ? <ErrorMessage error={error} locale={locale} /> : null}
      {value ? (
        <AttentionHeatmap
          {...('data' in value ? { data: value.data } : value.matrix)}
          locale={locale}
          theme={theme}
          {...(height ? { maxHeight: height } : {})}
          onSelectionChange={(selection) => emit('tensorscope-statechange', { selection })}
          onFocusCell={(cell) => emit('tensorscope-select', cell)}
        />
      ) : null}
    </>
  );
}

/** Parses fetched bytes once (JSON or "TSAT"), into a form `toAttentionInput` passes through. */
export function parse(bytes: Uint8Array): unknown {
  const input = toAttentionInput(bytes);
  return 'data' in input ? input.data : input.matrix;
}

'use client';
import { formatNumber, interpolate, themedRootStyle, type Locale, type ThemeSetting } from '@tensorscope/common';
import { ErrorMessage, useLastValid, useTensorscopeSettings } from '@tensorscope/common/react';
import { useMemo, type CSSProperties } from 'react';
import { aggregateHeads } from './core/aggregate.js';
import type { AttentionInput } from './core/attentionSource.js';
import { createAttentionColorScale } from './core/colorScale.js';
import { readableTextColor } from './core/contrast.js';
import { displayTokens } from './core/displayToken.js';
import { stripMessages } from './messages.js';
import { clampSelection, useAttentionSelection, type SelectionProps } from './useAttentionSelection.js';
import { useValidAttentionData } from './useValidAttentionData.js';

export interface AttentionTokenStripProps extends SelectionProps {
  /**
   * A model's attention, `[layers, heads, qLen, kLen]` (self-attention: the same tokens on both
   * axes), or a source read head by head (`openAttention(bytes)`).
   */
  data: AttentionInput;
  /** `'from'`: shade each token by how much the focused token attends to it. `'to'`: by how much it attends to the focused token. Default `'from'`. */
  direction?: 'from' | 'to';
  locale?: Locale;
  theme?: ThemeSetting;
  className?: string;
  style?: CSSProperties;
}

/**
 * The text itself, each token shaded by attention from (or to) the focused token, for the
 * selected layer and heads. Click a token (or Tab to it and press Enter) to focus it.
 */
export function AttentionTokenStrip(props: AttentionTokenStripProps) {
  const { locale, theme } = useTensorscopeSettings(props);
  const t = stripMessages[locale];
  const direction = props.direction ?? 'from';
  const [rawSelection, setSelection] = useAttentionSelection(props);
  const { value: data, error: dataError } = useValidAttentionData(props.data);
  const shape = data?.shape ?? props.data.shape;
  const selection = clampSelection(rawSelection, shape[0], shape[1], shape[2]);
  const focused = selection.focusedToken ?? 0;
  const headsKey = selection.heads.join(',');

  // Aggregated once per layer/head choice; a new focused token only reads another row or column.
  // A head of a lazily decoded source may turn out bad only now: shown inline, the last matrix kept.
  const aggregated = useLastValid(
    () =>
      data
        ? aggregateHeads(data, { layers: [selection.layer], heads: selection.heads, method: selection.aggregate })
        : null,
    // headsKey stands for selection.heads (a new array on every render).
    [data, selection.layer, headsKey, selection.aggregate],
  );
  const matrix = aggregated.value;
  const error = dataError ?? aggregated.error;
  const queryTokens = useMemo(() => (data ? displayTokens(data.queryTokens) : []), [data]);
  const keyTokens = useMemo(() => (data ? displayTokens(data.keyTokens) : []), [data]);
  const value = useMemo(() => {
    if (!data || !matrix) return null;
    const [, , qLen, kLen] = data.shape;
    const weights =
      direction === 'from'
        ? matrix.slice(focused * kLen, (focused + 1) * kLen)
        : Float32Array.from({ length: qLen }, (_, q) => matrix[q * kLen + Math.min(focused, kLen - 1)] as number);
    return { weights, tokens: direction === 'from' ? keyTokens : queryTokens };
  }, [data, matrix, focused, direction, queryTokens, keyTokens]);

  const max = value ? Math.max(...value.weights, 1e-9) : 1;
  const color = useMemo(() => createAttentionColorScale(theme, max), [theme, max]);
  const focusTokens = queryTokens;

  return (
    <div
      className={['ts-attention-token-strip', props.className].filter(Boolean).join(' ')}
      style={{ ...themedRootStyle(theme), lineHeight: 2.1, ...props.style }}
    >
      {error ? <ErrorMessage error={error} locale={locale} style={{ marginBottom: 8 }} /> : null}
      {value ? (
        <>
          <p style={{ margin: '0 0 4px', color: 'var(--ts-muted)', fontSize: 12 }}>
            {interpolate(direction === 'from' ? t.from : t.to, { token: focusTokens[focused]?.text ?? '' })}
          </p>
          <div role="group" aria-label={t.label}>
            {value.tokens.map((token, i) => {
              const weight = value.weights[i] ?? 0;
              const background = color(weight);
              const isFocus = i === focused;
              return (
                <button
                  type="button"
                  key={i}
                  aria-pressed={isFocus}
                  aria-label={`${token.text}: ${formatNumber(weight, locale, { maximumFractionDigits: 3 })}`}
                  title={`${token.text} — ${formatNumber(weight, locale, { maximumFractionDigits: 3 })}`}
                  onClick={() => setSelection({ focusedToken: i })}
                  className="ts-attention-token-strip__token"
                  style={{
                    font: 'inherit',
                    margin: '0 2px 0 0',
                    padding: '1px 4px',
                    border: isFocus ? '2px solid var(--ts-focus)' : '1px solid var(--ts-border)',
                    borderRadius: 4,
                    background,
                    color: readableTextColor(background),
                    cursor: 'pointer',
                    fontWeight: token.isSpecial ? 400 : 500,
                    fontStyle: token.isSpecial ? 'italic' : 'normal',
                  }}
                >
                  {token.text}
                </button>
              );
            })}
          </div>
        </>
      ) : null}
    </div>
  );
}

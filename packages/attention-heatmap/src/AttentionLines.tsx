'use client';
import { formatNumber, interpolate, themedRootStyle, type Locale, type ThemeSetting } from '@tensorscope/common';
import { ErrorMessage, useLastValid, useTensorscopeSettings } from '@tensorscope/common/react';
import { useEffect, useRef, type CSSProperties } from 'react';
import { attentionSource, type AttentionInput } from './core/attentionSource.js';
import { displayTokens } from './core/displayToken.js';
import { headColor, pruneRow } from './core/headColors.js';
import { linesMessages } from './messages.js';
import { clampSelection, useAttentionSelection, type SelectionProps } from './useAttentionSelection.js';

export interface AttentionLinesProps extends SelectionProps {
  /** A model's attention, `[layers, heads, qLen, kLen]`, or a source read head by head (`openAttention(bytes)`). */
  data: AttentionInput;
  /** Keep each row's strongest lines until this share of its weight is drawn (exBERT: 0.7). Default 0.7. */
  mass?: number;
  /** At most this many lines per row and head. Default 8. */
  topK?: number;
  /** Vertical distance between tokens in pixels. Default 22. */
  rowHeight?: number;
  locale?: Locale;
  theme?: ThemeSetting;
  className?: string;
  style?: CSSProperties;
}

const COLUMN = 150;
const GAP = 160;

/**
 * BertViz's head view: query tokens on the left, key tokens on the right, a line for each strong
 * weight, one colour per head (colour-blind safe, no repeats within 14 heads), opacity by weight.
 * Focus or hover a token to see only its lines.
 */
export function AttentionLines(props: AttentionLinesProps) {
  const { locale, theme } = useTensorscopeSettings(props);
  const t = linesMessages[locale];
  const [rawSelection, setSelection] = useAttentionSelection(props);
  const data = props.data;
  const selection = clampSelection(rawSelection, data.shape[0], data.shape[1], data.shape[2]);
  const rowHeight = props.rowHeight ?? 22;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const valid = useLastValid(() => {
    const source = attentionSource(data);
    return { source, queries: displayTokens(source.queryTokens), keys: displayTokens(source.keyTokens) };
  }, [data]);
  const value = valid.value;
  // The selected heads, read (decoded, for a lazy source) when the selection changes.
  const headsKey = selection.heads.join(',');
  const matrices = useLastValid(
    () => (value ? selection.heads.map((head) => ({ head, matrix: value.source.head(selection.layer, head) })) : null),
    [value, selection.layer, headsKey],
  );
  const error = valid.error ?? matrices.error;
  const [, , qLen, kLen] = value?.source.shape ?? data.shape;
  const height = Math.max(qLen, kLen) * rowHeight + 8;
  const width = COLUMN * 2 + GAP;
  const focused = selection.focusedToken;

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context || !value || !matrices.value) return;
    const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
    canvas.width = Math.round(GAP * ratio);
    canvas.height = Math.round(height * ratio);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, GAP, height);
    context.lineWidth = 2;
    const y = (i: number) => i * rowHeight + rowHeight / 2 + 4;
    for (const { head, matrix } of matrices.value) {
      context.strokeStyle = headColor(head);
      for (let q = 0; q < qLen; q++) {
        if (focused !== null && q !== focused) continue;
        const row = matrix.subarray(q * kLen, (q + 1) * kLen);
        for (const k of pruneRow(row, { mass: props.mass ?? 0.7, topK: props.topK ?? 8 })) {
          context.globalAlpha =
            Math.min(1, (row[k] as number) / Math.sqrt(matrices.value.length)) * (focused === null ? 0.8 : 1);
          context.beginPath();
          context.moveTo(0, y(q));
          context.lineTo(GAP, y(k));
          context.stroke();
        }
      }
    }
    context.globalAlpha = 1;
  }, [value, matrices.value, focused, height, rowHeight, qLen, kLen, props.mass, props.topK]);

  const tokenButton = (text: string, index: number, side: 'query' | 'key') => (
    <button
      type="button"
      key={`${side}-${index}`}
      aria-pressed={side === 'query' ? focused === index : undefined}
      onClick={() => side === 'query' && setSelection({ focusedToken: focused === index ? null : index })}
      onMouseEnter={() => side === 'query' && setSelection({ focusedToken: index })}
      className={`ts-attention-lines__${side}`}
      style={{
        position: 'absolute',
        top: index * rowHeight + 4,
        [side === 'query' ? 'right' : 'left']: 0,
        height: rowHeight - 2,
        maxWidth: COLUMN - 4,
        overflow: 'hidden',
        textOverflow: 'ellipsis',
        whiteSpace: 'nowrap',
        font: 'inherit',
        fontSize: 13,
        padding: '0 6px',
        color: 'var(--ts-fg)',
        background: side === 'query' && focused === index ? 'var(--ts-surface)' : 'transparent',
        border: side === 'query' && focused === index ? '1px solid var(--ts-focus)' : '1px solid transparent',
        borderRadius: 3,
        cursor: side === 'query' ? 'pointer' : 'default',
      }}
      title={text}
      tabIndex={side === 'query' ? 0 : -1}
      aria-hidden={side === 'key' ? true : undefined}
    >
      {text}
    </button>
  );

  return (
    <div
      className={['ts-attention-lines', props.className].filter(Boolean).join(' ')}
      style={{ ...themedRootStyle(theme), ...props.style }}
    >
      {error ? <ErrorMessage error={error} locale={locale} style={{ marginBottom: 8 }} /> : null}
      {value ? (
        <>
          <div
            style={{ display: 'flex', flexWrap: 'wrap', gap: 8, fontSize: 12, marginBottom: 6 }}
            aria-label={t.legend}
            role="list"
          >
            {selection.heads.map((head) => (
              <span role="listitem" key={head} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
                <span
                  aria-hidden="true"
                  style={{
                    width: 12,
                    height: 12,
                    borderRadius: 2,
                    background: headColor(head),
                    display: 'inline-block',
                  }}
                />
                {interpolate(t.head, { head: head + 1 })}
              </span>
            ))}
            <span style={{ color: 'var(--ts-muted)' }}>
              {interpolate(t.pruning, {
                mass: formatNumber(props.mass ?? 0.7, locale, { style: 'percent' }),
                topK: props.topK ?? 8,
              })}
            </span>
          </div>
          <div
            role="group"
            aria-label={interpolate(t.label, {
              layer: selection.layer + 1,
              heads: selection.heads.map((h) => h + 1).join(', '),
            })}
            style={{ position: 'relative', width, height, maxWidth: '100%', overflowX: 'auto' }}
            onMouseLeave={() => setSelection({ focusedToken: null })}
          >
            <div style={{ position: 'absolute', left: 0, top: 0, width: COLUMN, height }}>
              {value.queries.map((token, i) => tokenButton(token.text, i, 'query'))}
            </div>
            <canvas
              ref={canvasRef}
              aria-hidden="true"
              style={{ position: 'absolute', left: COLUMN, top: 0, width: GAP, height }}
            />
            <div style={{ position: 'absolute', left: COLUMN + GAP, top: 0, width: COLUMN, height }} aria-hidden="true">
              {value.keys.map((token, i) => tokenButton(token.text, i, 'key'))}
            </div>
          </div>
          <p style={{ margin: '4px 0 0', color: 'var(--ts-muted)', fontSize: 12 }}>{t.hint}</p>
        </>
      ) : null}
    </div>
  );
}

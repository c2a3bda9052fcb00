'use client';
import {
  formatNumber,
  interpolate,
  themeColor,
  themedRootStyle,
  type Locale,
  type ThemeSetting,
} from '@tensorscope/common';
import { ErrorMessage, useLastValid, useTensorscopeSettings } from '@tensorscope/common/react';
import { useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { attentionSource, type AttentionInput } from './core/attentionSource.js';
import { createAttentionColorScale } from './core/colorScale.js';
import type { HeadSummary } from './core/headSummaries.js';
import { gridMessages } from './messages.js';
import { clampSelection, useAttentionSelection, type SelectionProps } from './useAttentionSelection.js';
import { useHeadProgress } from './useHeadProgress.js';

export interface AttentionHeadGridProps extends SelectionProps {
  /**
   * A model's attention, `[layers, heads, qLen, kLen]`, or a source read head by head
   * (`openAttention(bytes)`). Heads are scored and drawn a few at a time (each step at most
   * ~8 ms, between frames), so a large model's grid fills in without holding up the first paint.
   */
  data: AttentionInput;
  /** Thumbnail edge in pixels. Default 56. */
  thumbnailSize?: number;
  locale?: Locale;
  theme?: ThemeSetting;
  className?: string;
  style?: CSSProperties;
}

/**
 * Every head of every layer as a thumbnail (BertViz's model view), with per-head summary scores
 * (entropy, previous-token, self, first-token "sink") in each label. Click or press Enter to open
 * a head (shift adds it to the selection); arrow keys move between heads.
 */
export function AttentionHeadGrid(props: AttentionHeadGridProps) {
  const { locale, theme } = useTensorscopeSettings(props);
  const t = gridMessages[locale];
  const size = props.thumbnailSize ?? 56;
  const [rawSelection, setSelection] = useAttentionSelection(props);
  const { value: data, error: dataError } = useLastValid(() => attentionSource(props.data), [props.data]);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [active, setActive] = useState<[number, number]>([rawSelection.layer, rawSelection.heads[0] ?? 0]);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const progress = useHeadProgress(data, size);
  const summaries = progress.summaries;
  const error = dataError ?? progress.error;

  const layers = data?.shape[0] ?? 0;
  const heads = data?.shape[1] ?? 0;
  const selection = data ? clampSelection(rawSelection, layers, heads, data.shape[2]) : rawSelection;
  const gap = 6;
  const labelWidth = 28;
  const width = labelWidth + heads * (size + gap);
  const height = layers * (size + gap);

  const color = useMemo(() => createAttentionColorScale(theme, 1), [theme]);
  // Thumbnails are painted as their heads are scored: only the new ones, unless the canvas changed.
  const painted = useRef<{ setup: unknown[]; done: Uint8Array }>({ setup: [], done: new Uint8Array(0) });
  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context || !data) return;
    const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
    const setup = [progress.source, width, height, color, theme, ratio];
    if (setup.some((item, i) => item !== painted.current.setup[i])) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, width, height);
      context.fillStyle = themeColor(theme, '--ts-muted');
      context.font = '11px system-ui, sans-serif';
      for (let layer = 0; layer < layers; layer++)
        context.fillText(String(layer + 1), 4, layer * (size + gap) + size / 2 + 4);
      painted.current = { setup, done: new Uint8Array(layers * heads) };
    }
    const done = painted.current.done;
    progress.thumbnails.forEach((pooled, index) => {
      if (!pooled || done[index]) return;
      done[index] = 1;
      const layer = Math.floor(index / heads);
      const head = index % heads;
      const cellW = size / pooled.columns;
      const cellH = size / pooled.rows;
      const x0 = labelWidth + head * (size + gap);
      const y0 = layer * (size + gap);
      let max = 0;
      for (const v of pooled.data) if (v > max) max = v;
      for (let r = 0; r < pooled.rows; r++) {
        for (let c = 0; c < pooled.columns; c++) {
          context.fillStyle = color((pooled.data[r * pooled.columns + c] as number) / (max || 1));
          context.fillRect(x0 + c * cellW, y0 + r * cellH, Math.ceil(cellW), Math.ceil(cellH));
        }
      }
    });
  }, [data, progress, layers, heads, size, width, height, color, theme]);

  const summaryText = (s: HeadSummary | undefined) =>
    s
      ? interpolate(t.summary, {
          entropy: formatNumber(s.normalisedEntropy, locale, { maximumFractionDigits: 2 }),
          previous:
            s.previousToken === null ? '—' : formatNumber(s.previousToken, locale, { maximumFractionDigits: 2 }),
          self: s.selfAttention === null ? '—' : formatNumber(s.selfAttention, locale, { maximumFractionDigits: 2 }),
          first: formatNumber(s.firstToken, locale, { maximumFractionDigits: 2 }),
        })
      : '';

  const open = (layer: number, head: number, add: boolean) => {
    const headsNext =
      add && layer === selection.layer
        ? selection.heads.includes(head)
          ? selection.heads.filter((h) => h !== head)
          : [...selection.heads, head].sort((a, b) => a - b)
        : [head];
    setSelection({ layer, heads: headsNext.length > 0 ? headsNext : [head] });
    setActive([layer, head]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const next: [number, number] = [
      Math.min(layers - 1, Math.max(0, active[0] + move[0])),
      Math.min(heads - 1, Math.max(0, active[1] + move[1])),
    ];
    setActive(next);
    buttons.current.get(`${next[0]}:${next[1]}`)?.focus();
  };

  const selected = summaries[selection.layer * heads + (selection.heads[0] ?? 0)];

  return (
    <div
      className={['ts-attention-head-grid', props.className].filter(Boolean).join(' ')}
      style={{ ...themedRootStyle(theme), ...props.style }}
    >
      {error ? <ErrorMessage error={error} locale={locale} style={{ marginBottom: 8 }} /> : null}
      {data ? (
        <>
          <div style={{ color: 'var(--ts-muted)', fontSize: 12, marginBottom: 4 }}>{t.axes}</div>
          <div
            role="grid"
            aria-label={interpolate(layers === 1 ? t.labelOneLayer : t.label, { layers, heads })}
            onKeyDown={onKeyDown}
            style={{ position: 'relative', width, height, maxWidth: '100%', overflow: 'auto' }}
          >
            <canvas
              ref={canvasRef}
              aria-hidden="true"
              style={{ position: 'absolute', left: 0, top: 0, width, height }}
            />
            {Array.from({ length: layers }, (_, layer) => (
              <div role="row" key={layer} aria-label={interpolate(t.layerRow, { layer: layer + 1 })}>
                {Array.from({ length: heads }, (_, head) => {
                  const isSelected = layer === selection.layer && selection.heads.includes(head);
                  const summary = summaries[layer * heads + head];
                  return (
                    <span
                      role="gridcell"
                      key={head}
                      style={{
                        position: 'absolute',
                        left: labelWidth + head * (size + gap),
                        top: layer * (size + gap),
                      }}
                    >
                      <button
                        type="button"
                        ref={(element) => {
                          if (element) buttons.current.set(`${layer}:${head}`, element);
                          else buttons.current.delete(`${layer}:${head}`);
                        }}
                        tabIndex={layer === active[0] && head === active[1] ? 0 : -1}
                        aria-pressed={isSelected}
                        aria-label={`${interpolate(t.cell, { layer: layer + 1, head: head + 1 })}. ${summaryText(summary)}`}
                        title={`${interpolate(t.cell, { layer: layer + 1, head: head + 1 })}\n${summaryText(summary)}`}
                        onClick={(event) => open(layer, head, event.shiftKey)}
                        className="ts-attention-head-grid__head"
                        style={{
                          display: 'block',
                          width: size,
                          height: size,
                          padding: 0,
                          background: 'transparent',
                          cursor: 'pointer',
                          border: isSelected ? '3px solid var(--ts-focus)' : '1px solid var(--ts-border)',
                          borderRadius: 3,
                        }}
                      />
                    </span>
                  );
                })}
              </div>
            ))}
          </div>
          <p aria-live="polite" className="ts-attention-head-grid__readout" style={{ margin: '6px 0 0' }}>
            {interpolate(t.cell, { layer: selection.layer + 1, head: selection.heads.map((h) => h + 1).join(', ') })}:{' '}
            {summaryText(selected)}
          </p>
          <p style={{ margin: 0, color: 'var(--ts-muted)', fontSize: 12 }}>{t.hint}</p>
        </>
      ) : null}
    </div>
  );
}

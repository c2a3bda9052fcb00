'use client';
import { formatNumber, interpolate, themeColor, type Locale, type ThemeName } from '@tensorscope/common';
import { useEffect, useRef } from 'react';
import type { ProbeAttention, TrainingHead } from './core/trainingProtocol.js';
import type { TrainingMessages } from './trainingMessages.js';

export interface HeadScoreGridProps {
  heads: readonly (readonly TrainingHead[])[] | null;
  attention: ProbeAttention | null;
  theme: ThemeName;
  locale: Locale;
  t: TrainingMessages;
}

const SCORE_KEYS = ['previousToken', 'induction', 'firstToken', 'copying'] as const;

/**
 * Layers × heads: each cell names the head's job from its scores (`headRole`), lists the scores
 * and draws a thumbnail of its attention on one probe sequence. A table, so a screen reader can
 * walk it by layer and head.
 */
export function HeadScoreGrid({ heads, attention, theme, locale, t }: HeadScoreGridProps) {
  if (!heads) return <p style={{ color: 'var(--ts-muted)', margin: '8px 0' }}>{t.headsEmpty}</p>;
  const columns = heads[0]?.length ?? 0;
  const fmt = (x: number) => formatNumber(x, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    // Focusable, so that a keyboard can scroll it when a phone is too narrow for every head.
    <div style={{ overflowX: 'auto' }} role="region" aria-label={t.headsCaption} tabIndex={0}>
      <table style={{ borderCollapse: 'separate', borderSpacing: 6 }}>
        <caption style={{ textAlign: 'start', color: 'var(--ts-muted)', captionSide: 'bottom' }}>
          {t.headsCaption}. {t.scoresLong}.
        </caption>
        <thead>
          <tr>
            <td />
            {Array.from({ length: columns }, (_, h) => (
              <th key={h} scope="col" style={{ textAlign: 'start', fontWeight: 600 }}>
                {interpolate(t.head, { head: h + 1 })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {heads.map((layer, l) => (
            <tr key={l}>
              <th
                scope="row"
                style={{ textAlign: 'start', fontWeight: 600, paddingInlineEnd: 4, whiteSpace: 'nowrap' }}
              >
                {interpolate(t.layer, { layer: l + 1 })}
              </th>
              {layer.map((cell) => (
                <td
                  key={cell.head}
                  style={{
                    verticalAlign: 'top',
                    padding: 6,
                    minWidth: 0,
                    borderRadius: 6,
                    border: `${cell.role ? 2 : 1}px solid ${cell.role ? 'var(--ts-accent)' : 'var(--ts-border)'}`,
                    background: 'var(--ts-surface)',
                  }}
                >
                  <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-start' }}>
                    {attention && attention.layers[l] && (
                      <AttentionThumb
                        data={attention.layers[l]}
                        head={cell.head}
                        length={attention.length}
                        theme={theme}
                        label={interpolate(t.thumbnail, { layer: l + 1, head: cell.head + 1 })}
                      />
                    )}
                    <div>
                      <div style={{ fontWeight: 600, color: cell.role ? 'var(--ts-fg)' : 'var(--ts-muted)' }}>
                        {cell.role ? t.roles[cell.role] : t.noRole}
                      </div>
                      <div style={{ fontVariantNumeric: 'tabular-nums', lineHeight: 1.5 }}>
                        {SCORE_KEYS.map((key) => (
                          <div key={key}>
                            {t.scores[key]} {fmt(cell.scores[key])}
                          </div>
                        ))}
                      </div>
                    </div>
                  </div>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** One head's `T × T` attention as pixels (query rows down, key columns across; √ for faint weights). */
function AttentionThumb({
  data,
  head,
  length,
  theme,
  label,
}: {
  data: Float32Array;
  head: number;
  length: number;
  theme: ThemeName;
  label: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = ref.current?.getContext?.('2d');
    if (!context || typeof ImageData === 'undefined') return;
    const image = context.createImageData(length, length);
    const [br, bg, bb] = rgb(themeColor(theme, '--ts-bg'));
    const [ar, ag, ab] = rgb(themeColor(theme, '--ts-accent'));
    const base = head * length * length;
    for (let i = 0; i < length * length; i++) {
      const w = Math.sqrt(Math.min(1, Math.max(0, data[base + i] ?? 0)));
      image.data[i * 4] = br + (ar - br) * w;
      image.data[i * 4 + 1] = bg + (ag - bg) * w;
      image.data[i * 4 + 2] = bb + (ab - bb) * w;
      image.data[i * 4 + 3] = 255;
    }
    context.putImageData(image, 0, 0);
  }, [data, head, length, theme]);
  return (
    <canvas
      ref={ref}
      width={length}
      height={length}
      role="img"
      aria-label={label}
      style={{
        width: 64,
        height: 64,
        imageRendering: 'pixelated',
        border: '1px solid var(--ts-border)',
        flex: 'none',
      }}
    />
  );
}

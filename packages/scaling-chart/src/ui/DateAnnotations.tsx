'use client';
import type { Locale } from '@tensorscope/common';
import { parseDate, isIsoDate } from '../core/models.js';
import type { ChartAnnotation } from '../data/annotations.js';

/** Labelled vertical lines for dated events (e.g. ChatGPT's launch) inside the x domain. */
export function DateAnnotations({
  annotations,
  x,
  height,
  locale,
}: {
  annotations: readonly ChartAnnotation[];
  x: (time: number) => number | undefined;
  height: number;
  locale: Locale;
}) {
  return (
    <g className="ts-annotations">
      {annotations.map((a, i) => {
        if (!isIsoDate(a.date)) return null;
        const px = x(parseDate(a.date));
        if (px === undefined || !Number.isFinite(px)) return null;
        const label = typeof a.label === 'string' ? a.label : a.label[locale];
        const text = `${label} (${a.date})`;
        // Left of the line when the label fits there (about 6px per character), else right of it.
        const left = px > text.length * 6.2 + 8;
        return (
          <g key={`${a.date}-${i}`}>
            <line x1={px} x2={px} y1={0} y2={height} stroke="var(--ts-muted)" strokeDasharray="3 3" />
            <text
              x={left ? px - 4 : px + 4}
              y={12 + i * 14}
              textAnchor={left ? 'end' : 'start'}
              fontSize={11}
              fill="var(--ts-fg)"
            >
              {text}
            </text>
          </g>
        );
      })}
    </g>
  );
}

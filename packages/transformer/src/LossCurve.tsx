'use client';
import { formatNumber, interpolate, type Locale, type ThemeName } from '@tensorscope/common';
import { useEffect, useRef, useState } from 'react';
import type { InductionMoment, TrainingReport } from './core/trainingProtocol.js';
import type { TrainingMessages } from './trainingMessages.js';

/** The second line's colour per theme (≥ 3:1 against the background, apart from the accent). */
export const REPEATED_COLOR: Record<ThemeName, string> = { light: '#c2410c', dark: '#fdba74' };

const MAX_WIDTH = 560;
const MIN_WIDTH = 260;
const HEIGHT = 220;
const M = { top: 18, right: 14, bottom: 34, left: 44 };

export interface LossCurveProps {
  reports: readonly TrainingReport[];
  totalSteps: number;
  inductionAt: InductionMoment | null;
  theme: ThemeName;
  locale: Locale;
  t: TrainingMessages;
}

/** Steps to `n` equal parts, rounded. */
function ticks(max: number, parts: number): number[] {
  return Array.from({ length: parts + 1 }, (_, i) => Math.round((max * i) / parts));
}

/** The width of the element (its parent's content box), followed as it resizes; `fallback` on the server. */
function useWidth(fallback: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = entry?.contentRect.width ?? 0;
      if (measured > 0) setWidth(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.floor(measured))));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/**
 * The loss curve in plain SVG, drawn at the width it has (text stays readable on a phone):
 * training loss (accent), the loss on the repeated half of the probe sequences (orange, dashed)
 * and on their first half (muted, dotted), with a marked step where the induction head formed.
 */
export function LossCurve(props: LossCurveProps) {
  const { ref, width } = useWidth(MAX_WIDTH);
  return <div ref={ref}>{props.reports.length ? <Curve {...props} width={width} /> : <Empty t={props.t} />}</div>;
}

function Empty({ t }: { t: TrainingMessages }) {
  return <p style={{ color: 'var(--ts-muted)', margin: '8px 0' }}>{t.curveEmpty}</p>;
}

function Curve({ reports, totalSteps, inductionAt, theme, locale, t, width }: LossCurveProps & { width: number }) {
  const last = reports.at(-1)!;
  const fmt = (x: number, digits = 2) => formatNumber(x, locale, { maximumFractionDigits: digits });
  const top = Math.max(
    1,
    Math.ceil(Math.max(...reports.flatMap((r) => [r.loss, r.repeatedHalfLoss, r.firstHalfLoss])) * 2) / 2,
  );
  const innerW = width - M.left - M.right;
  const innerH = HEIGHT - M.top - M.bottom;
  const x = (step: number) => M.left + (step / totalSteps) * innerW;
  const y = (loss: number) => M.top + innerH - (Math.min(loss, top) / top) * innerH;
  const path = (pick: (r: TrainingReport) => number) =>
    reports.map((r, i) => `${i ? 'L' : 'M'}${x(r.step).toFixed(1)},${y(pick(r)).toFixed(1)}`).join('');
  const label = interpolate(t.curveLabel, {
    step: last.step,
    loss: fmt(last.loss),
    repeated: fmt(last.repeatedHalfLoss),
    first: fmt(last.firstHalfLoss),
  });
  const yTicks = [0, top / 4, top / 2, (3 * top) / 4, top];
  const markerX = inductionAt ? x(inductionAt.step) : 0;
  const markerRight = markerX > M.left + innerW * 0.5;
  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${width} ${HEIGHT}`}
        width="100%"
        style={{ maxWidth: width, display: 'block', fontSize: 11 }}
        role="img"
        aria-label={label}
      >
        {yTicks.map((v) => (
          <g key={`y${v}`}>
            <line x1={M.left} x2={M.left + innerW} y1={y(v)} y2={y(v)} stroke="var(--ts-grid)" />
            <text x={M.left - 6} y={y(v)} dy="0.32em" textAnchor="end" fill="var(--ts-muted)">
              {fmt(v, 1)}
            </text>
          </g>
        ))}
        {ticks(totalSteps, 4).map((step) => (
          <text key={`x${step}`} x={x(step)} y={M.top + innerH + 14} textAnchor="middle" fill="var(--ts-muted)">
            {formatNumber(step, locale)}
          </text>
        ))}
        <text x={M.left + innerW / 2} y={HEIGHT - 4} textAnchor="middle" fill="var(--ts-muted)">
          {t.stepAxis}
        </text>
        <text transform={`translate(11 ${M.top + innerH / 2}) rotate(-90)`} textAnchor="middle" fill="var(--ts-muted)">
          {t.lossAxis}
        </text>
        <line x1={M.left} x2={M.left} y1={M.top} y2={M.top + innerH} stroke="var(--ts-border)" />
        <path
          d={path((r) => r.firstHalfLoss)}
          fill="none"
          stroke="var(--ts-muted)"
          strokeWidth={1.5}
          strokeDasharray="1 3"
          strokeLinecap="round"
        />
        <path d={path((r) => r.loss)} fill="none" stroke="var(--ts-accent)" strokeWidth={2} />
        <path
          d={path((r) => r.repeatedHalfLoss)}
          fill="none"
          stroke={REPEATED_COLOR[theme]}
          strokeWidth={2}
          strokeDasharray="6 3"
        />
        {inductionAt && (
          <g data-testid="induction-marker">
            <line
              x1={markerX}
              x2={markerX}
              y1={M.top}
              y2={M.top + innerH}
              stroke="var(--ts-fg)"
              strokeDasharray="2 3"
            />
            <circle cx={markerX} cy={M.top} r={4} fill="var(--ts-fg)" />
            <text
              x={markerX + (markerRight ? -7 : 7)}
              y={M.top + 4}
              textAnchor={markerRight ? 'end' : 'start'}
              fill="var(--ts-fg)"
              fontWeight={600}
            >
              {`${width < 420 ? t.markerShort : t.marker} · ${formatNumber(inductionAt.step, locale)}`}
            </text>
          </g>
        )}
      </svg>
      <figcaption style={{ display: 'flex', gap: 16, flexWrap: 'wrap', color: 'var(--ts-muted)' }}>
        <Swatch color="var(--ts-accent)" label={t.legendTrain} />
        <Swatch color={REPEATED_COLOR[theme]} label={t.legendRepeated} dash="6 3" />
        <Swatch color="var(--ts-muted)" label={t.legendFirst} dash="1 3" />
      </figcaption>
    </figure>
  );
}

function Swatch({ color, label, dash }: { color: string; label: string; dash?: string }) {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      <svg width={22} height={8} aria-hidden="true">
        <line
          x1={0}
          x2={22}
          y1={4}
          y2={4}
          stroke={color}
          strokeWidth={2}
          strokeDasharray={dash}
          strokeLinecap="round"
        />
      </svg>
      {label}
    </span>
  );
}

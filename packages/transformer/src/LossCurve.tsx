'use client';
import { formatNumber, interpolate, type Locale, type ThemeName } from '@tensorscope/common';
import type { InductionMoment, TrainingReport } from './core/trainingProtocol.js';
import type { TrainingMessages } from './trainingMessages.js';

/** The second line's colour per theme (≥ 3:1 against the background, apart from the accent). */
export const REPEATED_COLOR: Record<ThemeName, string> = { light: '#c2410c', dark: '#fdba74' };

const WIDTH = 560;
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

/**
 * The loss curve in plain SVG: training loss (accent) and the loss on the repeated half of the
 * probe sequences (orange), with a marked step where the induction head formed.
 */
export function LossCurve({ reports, totalSteps, inductionAt, theme, locale, t }: LossCurveProps) {
  const last = reports.at(-1);
  if (!last) return <p style={{ color: 'var(--ts-muted)', margin: '8px 0' }}>{t.curveEmpty}</p>;
  const fmt = (x: number, digits = 2) => formatNumber(x, locale, { maximumFractionDigits: digits });
  const top = Math.max(1, Math.ceil(Math.max(...reports.flatMap((r) => [r.loss, r.repeatedHalfLoss])) * 2) / 2);
  const innerW = WIDTH - M.left - M.right;
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
  const markerRight = markerX > M.left + innerW * 0.6;
  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        style={{ maxWidth: WIDTH, display: 'block', fontSize: 11 }}
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
              {`${t.marker} · ${formatNumber(inductionAt.step, locale)}`}
            </text>
          </g>
        )}
      </svg>
      <figcaption style={{ display: 'flex', gap: 16, flexWrap: 'wrap', color: 'var(--ts-muted)' }}>
        <Swatch color="var(--ts-accent)" label={t.legendTrain} />
        <Swatch color={REPEATED_COLOR[theme]} label={t.legendRepeated} dashed />
      </figcaption>
    </figure>
  );
}

function Swatch({ color, label, dashed = false }: { color: string; label: string; dashed?: boolean }) {
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
          strokeDasharray={dashed ? '6 3' : undefined}
        />
      </svg>
      {label}
    </span>
  );
}

'use client';
import { interpolate, type Locale } from '@tensorscope/common';
import { formatCount } from '../core/formatCount.js';
import { curveEndLabels } from '../core/labelLayout.js';
import type { LawCurves } from '../core/lawCurves.js';
import { messages } from '../messages.js';
import { linePath } from '../ui/valueScale.js';

/**
 * The law's curves, clipped to the plot: one per fixed size or data amount, the "20 tokens per
 * parameter" rule of thumb (dotted) and the compute-optimal frontier (bold), with the curves'
 * labels at their right ends.
 */
export function LawCurvePaths({
  curves,
  point,
  lossRange,
  clipId,
  locale,
}: {
  curves: LawCurves;
  point: (p: readonly [number, number]) => readonly [number, number];
  lossRange: readonly [number, number];
  clipId: string;
  locale: Locale;
}) {
  const t = messages[locale];
  return (
    <>
      <g clipPath={`url(#${clipId})`} fill="none">
        {curves.families.map((f) => (
          <path
            key={f.value}
            d={linePath(f.points.map(point))}
            stroke="var(--ts-accent)"
            strokeOpacity={0.55}
            strokeWidth={1.5}
          />
        ))}
        <path d={linePath(curves.heuristic.map(point))} stroke="var(--ts-fg)" strokeWidth={1.5} strokeDasharray="2 3" />
        <path
          className="ts-scaling-law-chart__frontier"
          d={linePath(curves.frontier.map(point))}
          stroke="var(--ts-focus)"
          strokeWidth={3}
        />
      </g>
      {curveEndLabels(curves.families, point, lossRange).map(({ family, x, y }) => (
        <text key={family.value} x={x + 4} y={y} dy="0.33em" fontSize={10} fill="var(--ts-fg)">
          {interpolate(family.fixed === 'parameters' ? t.familyParameters : t.familyTokens, {
            value: formatCount(family.value, locale),
          })}
        </text>
      ))}
    </>
  );
}

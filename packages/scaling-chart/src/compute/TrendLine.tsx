'use client';
import { formatNumber, interpolate, type Locale } from '@tensorscope/common';
import type { ExponentialTrend } from '../core/regression.js';
import { messages } from '../messages.js';
import { FocusableMark } from '../ui/FocusableMark.js';

export const TREND_ID = '__trend__';

/** The fitted trend as a focusable line (a wide invisible stroke makes it easy to hover), labelled on a log axis. */
export function TrendLine({
  trend,
  path,
  anchor,
  showLabel,
  focused,
  onFocus,
  summary,
  locale,
}: {
  trend: ExponentialTrend;
  path: string;
  anchor: { x: number; y: number } | null;
  showLabel: boolean;
  focused: boolean;
  onFocus: (id: string) => void;
  summary: string;
  locale: Locale;
}) {
  const t = messages[locale];
  return (
    <FocusableMark
      id={TREND_ID}
      label={summary}
      focused={focused}
      className="ts-compute-chart__trend"
      onFocusMark={onFocus}
    >
      <path d={path} stroke="transparent" strokeWidth={14} fill="none" />
      <path d={path} stroke="var(--ts-focus)" strokeWidth={focused ? 3.5 : 2} strokeOpacity={0.85} fill="none" />
      {anchor && showLabel ? (
        <text x={anchor.x} y={anchor.y - 10} textAnchor="middle" fontSize={11} fill="var(--ts-fg)">
          {interpolate(t.trendShort, {
            growth: formatNumber(trend.growthPerYear, locale, { maximumFractionDigits: 1 }),
          })}
        </text>
      ) : null}
    </FocusableMark>
  );
}

'use client';
import type { Locale } from '@tensorscope/common';
import type { LawAxis } from '../core/lawCurves.js';
import { markerX, type LawMarker } from '../core/lawData.js';
import { FocusableMark } from '../ui/FocusableMark.js';
import { StatusCircle } from '../ui/StatusMark.js';
import { markerLabel } from './lawText.js';

/** Models named on the chart without hovering, and on which side of the point. */
const LABELLED: Readonly<Record<string, 'above' | 'below'>> = {
  'GPT-3': 'above',
  Chinchilla: 'below',
  'Llama 3.1 405B': 'above',
};

/** Notable models on the law's curves (only those inside the plot). */
export function LawMarkers({
  markers,
  axis,
  xDomain,
  maxLoss,
  point,
  innerWidth,
  focused,
  onFocus,
  locale,
}: {
  markers: readonly LawMarker[];
  axis: LawAxis;
  xDomain: readonly [number, number];
  maxLoss: number;
  point: (p: readonly [number, number]) => readonly [number, number];
  innerWidth: number;
  focused: string | null;
  onFocus: (name: string) => void;
  locale: Locale;
}) {
  return (
    <>
      {markers.map((m) => {
        const xValue = markerX(m, axis);
        if (xValue < xDomain[0] || xValue > xDomain[1] || m.loss > maxLoss) return null;
        const [cx, cy] = point([xValue, m.loss]);
        const isFocused = m.model.name === focused;
        return (
          <FocusableMark
            key={m.model.name}
            id={m.model.name}
            label={markerLabel(m, locale)}
            focused={isFocused}
            className="ts-scaling-law-chart__model"
            onFocusMark={onFocus}
          >
            <StatusCircle cx={cx} cy={cy} status={m.model.status} focused={isFocused} />
            {isFocused || (m.model.name in LABELLED && innerWidth > 420) ? (
              <text
                x={cx + 9}
                y={LABELLED[m.model.name] === 'below' ? cy + 16 : cy - 8}
                fontSize={11}
                fontWeight={isFocused ? 600 : 400}
                fill="var(--ts-fg)"
              >
                {m.model.name}
              </text>
            ) : null}
          </FocusableMark>
        );
      })}
    </>
  );
}

'use client';
import type { Locale } from '@tensorscope/common';
import { showsPointName } from '../core/labelLayout.js';
import { parseDate, type ModelRecord } from '../core/models.js';
import { FocusableMark } from '../ui/FocusableMark.js';
import { ModelPoint } from '../ui/ModelPoint.js';
import type { TimeValueScales } from '../ui/timeValueScales.js';
import { parameterPointLabel } from './ParameterReadout.js';

/** Each model as a point; a mixture-of-experts model also shows its active parameters as a diamond. */
export function ParameterPoints({
  models,
  scales,
  innerWidth,
  focused,
  onFocus,
  highlighted,
  labelled,
  locale,
}: {
  models: readonly ModelRecord[];
  scales: TimeValueScales;
  innerWidth: number;
  focused: string | null;
  onFocus: (name: string) => void;
  /** Organisation highlighted (others fade); '' for none. */
  highlighted: string;
  labelled: readonly string[];
  locale: Locale;
}) {
  return (
    <>
      {models.map((m) => {
        const cx = scales.x(parseDate(m.date));
        const cy = scales.scale(m.parameters ?? 0);
        const isFocused = m.name === focused;
        const dimmed = highlighted !== '' && m.organisation !== highlighted;
        const named = showsPointName({ focused: isFocused, labelled: labelled.includes(m.name), innerWidth, dimmed });
        const active = m.activeParameters ? scales.scale(m.activeParameters) : null;
        return (
          <FocusableMark
            key={`${m.name}-${m.date}`}
            id={m.name}
            label={parameterPointLabel(m, locale)}
            focused={isFocused}
            className="ts-parameter-chart__point"
            status={m.status}
            onFocusMark={onFocus}
          >
            <ModelPoint
              cx={cx}
              cy={cy}
              status={m.status}
              focused={isFocused}
              dimmed={dimmed}
              name={named ? m.name : null}
              innerWidth={innerWidth}
            >
              {active !== null ? (
                <>
                  <line x1={cx} x2={cx} y1={cy} y2={active} stroke="var(--ts-accent)" strokeOpacity={0.6} />
                  <rect
                    x={cx - 3.5}
                    y={active - 3.5}
                    width={7}
                    height={7}
                    fill="var(--ts-bg)"
                    stroke="var(--ts-accent)"
                    transform={`rotate(45 ${cx} ${active})`}
                  />
                </>
              ) : null}
            </ModelPoint>
          </FocusableMark>
        );
      })}
    </>
  );
}

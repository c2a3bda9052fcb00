'use client';
import type { Locale } from '@tensorscope/common';
import { showsPointName } from '../core/labelLayout.js';
import { parseDate, type ModelRecord } from '../core/models.js';
import { FocusableMark } from '../ui/FocusableMark.js';
import { ModelPoint } from '../ui/ModelPoint.js';
import type { TimeValueScales } from '../ui/timeValueScales.js';
import { computePointLabel } from './computeText.js';

/** Each model's training compute as a point, with a vertical line over its low–high range when known. */
export function ComputePoints({
  models,
  scales,
  innerWidth,
  focused,
  onFocus,
  highlighted,
  labelled,
  locale,
}: {
  /** Models that have a `trainingFlops` figure. */
  models: readonly ModelRecord[];
  scales: TimeValueScales;
  innerWidth: number;
  focused: string | null;
  onFocus: (name: string) => void;
  highlighted: string;
  labelled: readonly string[];
  locale: Locale;
}) {
  return (
    <>
      {models.map((m) => {
        const value = m.trainingFlops!;
        const cx = scales.x(parseDate(m.date));
        const cy = scales.scale(value.value);
        const isFocused = m.name === focused;
        const dimmed = highlighted !== '' && m.organisation !== highlighted;
        const named = showsPointName({ focused: isFocused, labelled: labelled.includes(m.name), innerWidth, dimmed });
        return (
          <FocusableMark
            key={`${m.name}-${m.date}`}
            id={m.name}
            label={computePointLabel(m, locale)}
            focused={isFocused}
            className="ts-compute-chart__point"
            status={value.status}
            onFocusMark={onFocus}
          >
            <ModelPoint
              cx={cx}
              cy={cy}
              status={value.status}
              focused={isFocused}
              dimmed={dimmed}
              name={named ? m.name : null}
              innerWidth={innerWidth}
            >
              {value.low !== undefined || value.high !== undefined ? (
                <line
                  x1={cx}
                  x2={cx}
                  y1={scales.scale(value.low ?? value.value)}
                  y2={scales.scale(value.high ?? value.value)}
                  stroke="var(--ts-accent)"
                  strokeWidth={1.5}
                  strokeOpacity={0.7}
                />
              ) : null}
            </ModelPoint>
          </FocusableMark>
        );
      })}
    </>
  );
}

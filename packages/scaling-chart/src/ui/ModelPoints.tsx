'use client';
import type { ReactNode } from 'react';
import { showsPointName } from '../core/labelLayout.js';
import { parseDate, type ModelRecord, type SourceStatus } from '../core/models.js';
import { FocusableMark } from './FocusableMark.js';
import { ModelPoint } from './ModelPoint.js';
import type { TimeValueScales } from './timeValueScales.js';

export interface ModelPointsProps {
  models: readonly ModelRecord[];
  scales: TimeValueScales;
  innerWidth: number;
  focused: string | null;
  onFocus: (name: string) => void;
  /** Organisation highlighted (others fade); '' for none. */
  highlighted: string;
  labelled: readonly string[];
  /** The plotted value of a model (its y before the scale). */
  value: (model: ModelRecord) => number;
  /** How sure that value is (drawn as the point's style). */
  status: (model: ModelRecord) => SourceStatus;
  /** The mark's accessible label. */
  label: (model: ModelRecord) => string;
  /** The class of each focusable mark. */
  className: string;
  /** What a chart draws beside a point (a range line, an active-parameter diamond), at the point's pixel position. */
  extra?: (model: ModelRecord, cx: number, cy: number) => ReactNode;
}

/**
 * The models of a time chart as focusable points (parameters, training compute): position, fading
 * by organisation, names placed by `showsPointName`; each chart passes its value, status and label
 * accessors and what it draws beside a point.
 */
export function ModelPoints({
  models,
  scales,
  innerWidth,
  focused,
  onFocus,
  highlighted,
  labelled,
  value,
  status,
  label,
  className,
  extra,
}: ModelPointsProps) {
  return (
    <>
      {models.map((m) => {
        const cx = scales.x(parseDate(m.date));
        const cy = scales.scale(value(m));
        const isFocused = m.name === focused;
        const dimmed = highlighted !== '' && m.organisation !== highlighted;
        const named = showsPointName({ focused: isFocused, labelled: labelled.includes(m.name), innerWidth, dimmed });
        return (
          <FocusableMark
            key={`${m.name}-${m.date}`}
            id={m.name}
            label={label(m)}
            focused={isFocused}
            className={className}
            status={status(m)}
            onFocusMark={onFocus}
          >
            <ModelPoint
              cx={cx}
              cy={cy}
              status={status(m)}
              focused={isFocused}
              dimmed={dimmed}
              name={named ? m.name : null}
              innerWidth={innerWidth}
            >
              {extra?.(m, cx, cy) ?? null}
            </ModelPoint>
          </FocusableMark>
        );
      })}
    </>
  );
}

'use client';
import type { Locale } from '@tensorscope/common';
import type { AcceleratorMetric, AcceleratorRecord } from '../core/accelerators.js';
import { messages } from '../messages.js';
import { FocusableMark } from '../ui/FocusableMark.js';
import { barLabel, formatMetric } from './gpuText.js';

/** Geometry of one bar row: where it starts, how thick it is, and the name column's width. */
export interface BarRow {
  top: number;
  thickness: number;
  labelWidth: number;
  innerWidth: number;
}

/**
 * One chip: its name, a bar to its figure (filled for data-centre chips, hollow for consumer ones,
 * dashed unless official) and the figure, or "not published". The whole row is the hover target.
 */
export function AcceleratorBar({
  chip,
  name,
  metric,
  row,
  end,
  focused,
  onFocus,
  locale,
}: {
  chip: AcceleratorRecord;
  /** The name shown (the year is dropped on phones). */
  name: string;
  metric: AcceleratorMetric;
  row: BarRow;
  /** x of the bar's end. */
  end: number;
  focused: boolean;
  onFocus: (name: string) => void;
  locale: Locale;
}) {
  const t = messages[locale];
  const value = chip[metric];
  const { top, thickness, labelWidth, innerWidth } = row;
  const middle = top + thickness / 2;
  return (
    <FocusableMark
      id={chip.name}
      label={barLabel(chip, metric, locale)}
      focused={focused}
      className="ts-gpu-chart__bar"
      onFocusMark={onFocus}
    >
      <rect x={-labelWidth} y={top - 4} width={labelWidth + innerWidth} height={thickness + 8} fill="transparent" />
      <text
        x={-8}
        y={middle}
        dy="0.33em"
        textAnchor="end"
        fontSize={11}
        fill="var(--ts-fg)"
        fontWeight={focused ? 600 : 400}
      >
        {name}
      </text>
      {value ? (
        <>
          <rect
            x={0}
            y={top}
            width={Math.max(1, end)}
            height={thickness}
            rx={2}
            fill={chip.kind === 'consumer' ? 'var(--ts-bg)' : 'var(--ts-accent)'}
            stroke={focused ? 'var(--ts-focus)' : 'var(--ts-accent)'}
            strokeWidth={focused ? 3 : 1.5}
            strokeDasharray={value.status === 'official' ? undefined : '3 2'}
          />
          <text x={end + 6} y={middle} dy="0.33em" fontSize={11} fill="var(--ts-fg)">
            {formatMetric(value.value, metric, locale)}
            {metric === 'fp16Sparse' ? '*' : ''}
          </text>
        </>
      ) : (
        <text x={4} y={middle} dy="0.33em" fontSize={11} fill="var(--ts-muted)">
          {t.notPublished}
        </text>
      )}
    </FocusableMark>
  );
}

/** The reader's own measured throughput as a highlighted bar under the chips. */
export function DeviceBar({
  id,
  label,
  name,
  text,
  top,
  thickness,
  end,
  focused,
  onFocus,
}: {
  id: string;
  label: string;
  name: string;
  text: string;
  top: number;
  thickness: number;
  end: number;
  focused: boolean;
  onFocus: (id: string) => void;
}) {
  const middle = top + thickness / 2;
  return (
    <FocusableMark id={id} label={label} focused={focused} className="ts-gpu-chart__device" onFocusMark={onFocus}>
      <text x={-8} y={middle} dy="0.33em" textAnchor="end" fontSize={11} fontWeight={600} fill="var(--ts-fg)">
        {name}
      </text>
      <rect x={0} y={top} width={Math.max(1, end)} height={thickness} rx={2} fill="var(--ts-focus)" />
      <text x={end + 6} y={middle} dy="0.33em" fontSize={11} fill="var(--ts-fg)">
        {text}
      </text>
    </FocusableMark>
  );
}

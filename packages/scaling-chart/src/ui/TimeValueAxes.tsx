'use client';
import type { Locale } from '@tensorscope/common';
import { AxisBottom, AxisLeft } from '@visx/axis';
import { yearTickCount } from '../core/timeAxis.js';
import type { ChartAnnotation } from '../data/annotations.js';
import { axisColours, bottomTickLabel, leftTickLabel } from './axisStyle.js';
import { DateAnnotations } from './DateAnnotations.js';
import type { TimeValueScales } from './timeValueScales.js';

/**
 * Gridlines, the value-axis title, both axes and the dated annotations of the parameter and
 * compute charts.
 */
export function TimeValueAxes({
  scales,
  innerWidth,
  innerHeight,
  marginLeft,
  title,
  tickFormat,
  annotations,
  locale,
}: {
  scales: TimeValueScales;
  innerWidth: number;
  innerHeight: number;
  marginLeft: number;
  title: string;
  tickFormat: (value: number) => string;
  annotations: readonly ChartAnnotation[];
  locale: Locale;
}) {
  return (
    <>
      {scales.ticks.map((d) => (
        <line key={d} x1={0} x2={innerWidth} y1={scales.scale(d)} y2={scales.scale(d)} stroke="var(--ts-grid)" />
      ))}
      <text x={-marginLeft + 4} y={-14} fontSize={11} fill="var(--ts-fg)">
        {title}
      </text>
      <AxisLeft
        scale={scales.scale}
        tickValues={scales.ticks}
        tickFormat={(v) => tickFormat(Number(v))}
        {...axisColours}
        tickLabelProps={leftTickLabel}
      />
      <AxisBottom
        top={innerHeight}
        scale={scales.x}
        numTicks={yearTickCount(innerWidth)}
        tickFormat={(v) => String((v as Date).getUTCFullYear())}
        {...axisColours}
        tickLabelProps={bottomTickLabel}
      />
      <DateAnnotations annotations={annotations} x={(time) => scales.x(time)} height={innerHeight} locale={locale} />
    </>
  );
}

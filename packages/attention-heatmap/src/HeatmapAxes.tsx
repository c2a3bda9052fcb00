'use client';
import { formatNumber, type Locale } from '@tensorscope/common';
import { AxisLeft, AxisTop } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { useId, type RefObject } from 'react';
import type { AttentionMatrix } from './core/attentionMatrix.js';
import { weightAtPosition, type ColorTransfer } from './core/colorLut.js';
import { cellInView, type HeatmapCell, type HeatmapLayout } from './core/heatmapViewport.js';
import { tokenLabel } from './core/tokenLabel.js';
import type { messages } from './messages.js';

export const LEGEND_WIDTH = 84;
export const LABEL_CHARS = 12;
const LABEL_SPACING = 13;
const LEGEND_TICKS = [0, 0.25, 0.5, 0.75, 1];

export interface HeatmapAxesProps {
  matrix: AttentionMatrix;
  layout: HeatmapLayout;
  zoom: number;
  margin: { left: number; top: number };
  width: number;
  height: number;
  /** The crosshair's cell (locked, else hovered, else focused) and the focused cell. */
  shown: HeatmapCell;
  focus: HeatmapCell;
  locked: boolean;
  color: (position: number) => string;
  transfer: ColorTransfer;
  locale: Locale;
  svgRef: RefObject<SVGSVGElement | null>;
  t: (typeof messages)['en'];
}

/** The SVG around the cells: axis titles, the visible tokens (thinned so they never overlap), crosshair, focus ring and legend. */
export function HeatmapAxes(props: HeatmapAxesProps) {
  const { matrix, layout, zoom, margin, shown, focus, color, transfer, locale, t } = props;
  const { plotWidth, plotHeight, visibleRows, visibleColumns, offsetRow, offsetColumn } = layout;
  const gradientId = useId();
  const signed = matrix.signed === true;
  const every = Math.max(1, Math.ceil(LABEL_SPACING / zoom));
  const xScale = scaleLinear<number>({
    domain: [offsetColumn, offsetColumn + visibleColumns],
    range: [0, visibleColumns * zoom],
  });
  const yScale = scaleLinear<number>({ domain: [offsetRow, offsetRow + visibleRows], range: [0, visibleRows * zoom] });
  const ticks = (start: number, count: number) =>
    Array.from({ length: Math.ceil(count / every) }, (_, i) => start + i * every).filter((i) => i < start + count);
  const legendHeight = Math.max(80, Math.min(plotHeight, 200));
  return (
    <svg ref={props.svgRef} width={props.width} height={props.height} style={{ display: 'block' }} aria-hidden="true">
      <defs>
        <linearGradient id={gradientId} x1="0" y1="1" x2="0" y2="0">
          {Array.from({ length: 11 }, (_, i) => (
            <stop key={i} offset={`${i * 10}%`} stopColor={color(i / 10)} />
          ))}
        </linearGradient>
      </defs>
      <text x={margin.left} y={12} fill="var(--ts-muted)" fontSize={11}>
        {t.keyAxis}
      </text>
      <text
        transform={`translate(10, ${margin.top + plotHeight / 2}) rotate(-90)`}
        textAnchor="middle"
        fill="var(--ts-muted)"
        fontSize={11}
      >
        {t.queryAxis}
      </text>
      <Group top={margin.top} left={margin.left}>
        <AxisTop
          scale={xScale}
          hideAxisLine
          hideTicks
          tickValues={ticks(offsetColumn, visibleColumns)}
          tickFormat={(i) => tokenLabel(matrix.keyTokens[Number(i)] ?? '', LABEL_CHARS)}
          tickLabelProps={() => ({
            fill: 'var(--ts-fg)',
            fontSize: 11,
            textAnchor: 'start',
            angle: -55,
            dx: `${zoom / 2}px`,
            dy: '-0.2em',
          })}
        />
        <AxisLeft
          scale={yScale}
          hideAxisLine
          hideTicks
          tickValues={ticks(offsetRow, visibleRows)}
          tickFormat={(i) => tokenLabel(matrix.queryTokens[Number(i)] ?? '', LABEL_CHARS)}
          tickLabelProps={() => ({
            fill: 'var(--ts-fg)',
            fontSize: 11,
            textAnchor: 'end',
            dx: '-0.25em',
            dy: `${zoom / 2 + 3.5}px`,
          })}
        />
        {cellInView(layout, shown) ? (
          <>
            <rect
              x={0}
              y={(shown[0] - offsetRow) * zoom}
              width={plotWidth}
              height={Math.max(1, zoom)}
              fill="var(--ts-focus)"
              opacity={0.12}
              className="ts-attention-heatmap__crosshair"
            />
            <rect
              x={(shown[1] - offsetColumn) * zoom}
              y={0}
              width={Math.max(1, zoom)}
              height={plotHeight}
              fill="var(--ts-focus)"
              opacity={0.12}
            />
          </>
        ) : null}
        {cellInView(layout, focus) ? (
          <rect
            x={(focus[1] - offsetColumn) * zoom - 1}
            y={(focus[0] - offsetRow) * zoom - 1}
            width={Math.max(3, zoom) + 1}
            height={Math.max(3, zoom) + 1}
            fill="none"
            stroke="var(--ts-focus)"
            strokeWidth={props.locked ? 3 : 2}
            className="ts-attention-heatmap__focus"
          />
        ) : null}
        <Group left={plotWidth + 16}>
          <rect width={12} height={legendHeight} fill={`url(#${gradientId})`} stroke="var(--ts-border)" />
          {LEGEND_TICKS.map((p) => (
            <text
              key={p}
              x={16}
              y={legendHeight - p * legendHeight + (p === 1 ? 8 : p === 0 ? 0 : 4)}
              fontSize={10}
              fill="var(--ts-fg)"
            >
              {formatNumber(signed ? (2 * p - 1) * matrix.max : weightAtPosition(p, matrix.max, transfer), locale, {
                maximumSignificantDigits: 2,
              })}
            </text>
          ))}
          <text
            transform={`translate(50, ${legendHeight / 2}) rotate(90)`}
            textAnchor="middle"
            fontSize={10}
            fill="var(--ts-muted)"
          >
            {signed ? t.scoreLegend : transfer === 'linear' ? t.legend : `${t.legend} (${transfer})`}
          </text>
        </Group>
      </Group>
    </svg>
  );
}

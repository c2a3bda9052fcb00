'use client';
import { formatNumber, interpolate, type Locale } from '@tensorscope/common';
import { useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { ColumnFilter, HistogramCounts } from '../core/crossFilter.js';
import { brushKey, brushOf, logShare, rangeOf } from './chartKeys.js';
import type { ExplorerMessages } from './messages.js';

const WIDTH = 236;
const HEIGHT = 64;
const AXIS = 14;

/**
 * A histogram of one number column, brushable with the pointer (drag across bins) and the
 * keyboard (see `brushKey`): a listbox whose options are the bins, the brushed ones selected.
 * The brush becomes a `{ range }` filter from the first bin's lower edge to the last one's upper edge.
 */
export function FilterHistogram({
  chart,
  filter,
  onFilter,
  messages: t,
  locale,
  describedBy,
}: {
  chart: HistogramCounts;
  filter: ColumnFilter | undefined;
  onFilter: (filter: ColumnFilter | null) => void;
  messages: ExplorerMessages;
  locale: Locale;
  describedBy: string;
}) {
  const id = useId();
  const bins = chart.total.length;
  const committed = brushOf(chart, filter);
  // While dragging, the brush is drawn here and committed on release.
  const [drag, setDrag] = useState<{ anchor: number; brush: [number, number] } | null>(null);
  const [cursor, setCursor] = useState(committed ? committed[1] : 0);
  const svg = useRef<SVGSVGElement>(null);
  const brush = drag ? drag.brush : committed;
  const at = Math.max(0, Math.min(bins - 1, cursor));
  const barWidth = WIDTH / bins;
  const max = Math.max(1, ...chart.total);
  const n = (value: number) => formatNumber(value, locale);
  const edge = (value: number) => formatNumber(value, locale, { maximumSignificantDigits: 4 });
  const h = (v: number) => logShare(v, max) * (HEIGHT - AXIS - 2);

  const commit = (next: [number, number] | null) => onFilter(next ? rangeOf(chart, next[0], next[1]) : null);
  const binAt = (event: PointerEvent) => {
    const box = svg.current?.getBoundingClientRect();
    const x = box && box.width > 0 ? ((event.clientX - box.left) / box.width) * WIDTH : 0;
    return Math.max(0, Math.min(bins - 1, Math.floor(x / barWidth)));
  };
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    const bin = binAt(event);
    event.currentTarget.setPointerCapture?.(event.pointerId);
    setDrag({ anchor: bin, brush: [bin, bin] });
    setCursor(bin);
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (!drag) return;
    const bin = binAt(event);
    setDrag({ anchor: drag.anchor, brush: [Math.min(drag.anchor, bin), Math.max(drag.anchor, bin)] });
    setCursor(bin);
  };
  const onPointerUp = () => {
    if (!drag) return;
    const [a, b] = drag.brush;
    setDrag(null);
    // A click on the only brushed bin clears the brush.
    if (committed && a === b && committed[0] === a && committed[1] === b) commit(null);
    else commit(drag.brush);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const next = brushKey(event.key, event.shiftKey, committed, at, bins);
    if (!next || (event.key === 'Escape' && !committed)) return;
    event.preventDefault();
    event.stopPropagation();
    setCursor(next.cursor);
    const same = next.brush && committed && next.brush[0] === committed[0] && next.brush[1] === committed[1];
    if (!same) commit(next.brush);
  };

  const rangeText = brush
    ? interpolate(t.filterRange, { from: edge(chart.edges[brush[0]]!), to: edge(chart.edges[brush[1] + 1]!) })
    : null;
  const binLabel = (b: number) => {
    const selected = chart.selected[b]!;
    return `${interpolate(t.filterRange, { from: edge(chart.edges[b]!), to: edge(chart.edges[b + 1]!) })}: ${n(chart.filtered[b]!)} / ${n(chart.total[b]!)}${selected ? `, ${interpolate(t.filterSelected, { count: n(selected) })}` : ''}`;
  };
  const missing = chart.missing;
  return (
    <div role="group" aria-labelledby={`${id}-title`} style={{ width: WIDTH }}>
      <div id={`${id}-title`} style={{ fontWeight: 600, marginBottom: 5 }}>
        {chart.column}
        {rangeText ? <span style={{ fontWeight: 400, color: 'var(--ts-muted)' }}> · {rangeText}</span> : null}
      </div>
      <svg
        ref={svg}
        role="listbox"
        aria-multiselectable="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={describedBy}
        aria-activedescendant={`${id}-bin-${at}`}
        tabIndex={0}
        width={WIDTH}
        height={HEIGHT}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDrag(null)}
        style={{ display: 'block', touchAction: 'none', cursor: 'crosshair', outlineOffset: 2 }}
      >
        {brush ? (
          <rect
            x={brush[0] * barWidth}
            y={0}
            width={(brush[1] - brush[0] + 1) * barWidth}
            height={HEIGHT - AXIS}
            style={{ fill: 'var(--ts-accent)', fillOpacity: 0.14, stroke: 'var(--ts-accent)', strokeWidth: 1.5 }}
          />
        ) : null}
        {Array.from({ length: bins }, (_, b) => {
          const x = b * barWidth;
          const base = HEIGHT - AXIS;
          const inBrush = !brush || (b >= brush[0] && b <= brush[1]);
          const selected = chart.selected[b]!;
          return (
            <g
              key={b}
              id={`${id}-bin-${b}`}
              role="option"
              aria-selected={brush !== null && inBrush}
              aria-label={binLabel(b)}
            >
              <rect
                x={x + 0.5}
                y={base - h(chart.total[b]!)}
                width={Math.max(0.5, barWidth - 1)}
                height={h(chart.total[b]!)}
                style={{ fill: 'var(--ts-grid)' }}
              />
              <rect
                x={x + 0.5}
                y={base - h(chart.filtered[b]!)}
                width={Math.max(0.5, barWidth - 1)}
                height={h(chart.filtered[b]!)}
                style={{ fill: 'var(--ts-accent)', opacity: inBrush ? 1 : 0.3 }}
              />
              {selected > 0 ? (
                <rect
                  x={x + 0.5}
                  y={base - Math.max(1.5, h(selected))}
                  width={Math.max(0.5, barWidth - 1)}
                  height={Math.max(1.5, h(selected))}
                  style={{ fill: 'none', stroke: 'var(--ts-fg)', strokeWidth: 1.2 }}
                />
              ) : null}
            </g>
          );
        })}
        <rect
          x={at * barWidth}
          y={0.5}
          width={barWidth}
          height={HEIGHT - AXIS - 1}
          className="ts-embedding-space__cursor"
          style={{ fill: 'none', stroke: 'var(--ts-focus)', strokeDasharray: '2 2', opacity: 0.7 }}
        />
        <text x={0} y={HEIGHT - 2} style={{ fill: 'var(--ts-muted)', fontSize: 10 }}>
          {edge(chart.edges[0]!)}
        </text>
        <text x={WIDTH} y={HEIGHT - 2} textAnchor="end" style={{ fill: 'var(--ts-muted)', fontSize: 10 }}>
          {edge(chart.edges[bins]!)}
        </text>
      </svg>
      {missing.total > 0 ? (
        <div style={{ color: 'var(--ts-muted)', fontSize: 11 }}>
          {t.filterMissing}: {n(missing.filtered)} / {n(missing.total)}
        </div>
      ) : null}
    </div>
  );
}

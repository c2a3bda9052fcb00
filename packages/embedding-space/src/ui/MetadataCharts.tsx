'use client';
import { formatNumber, interpolate, type Locale } from '@tensorscope/common';
import { Button } from '@tensorscope/common/react';
import { useId, useState, type KeyboardEvent } from 'react';
import type { CategoryChartCounts, ColumnFilter } from '../core/crossFilter.js';
import type { ExplorerController, ExplorerState } from '../core/explorerController.js';
import { barsOf, logShare, toggleValue } from './chartKeys.js';
import { FilterHistogram } from './FilterHistogram.js';
import type { ExplorerMessages } from './messages.js';

export interface MetadataChartsProps {
  controller: Pick<ExplorerController, 'setFilter' | 'clearFilters'>;
  state: Pick<ExplorerState, 'crossFilter' | 'filterEmpty' | 'data' | 'view'>;
  messages: ExplorerMessages;
  locale: Locale;
}

/** Width of a chart in pixels; the panel is a column of these that wraps below the map on a narrow screen. */
export const CHART_WIDTH = 236;

/**
 * One small chart per metadata column, linked to the map: bars per category (click to keep a
 * value, Shift/Ctrl-click to add one) and a histogram per number column (drag or arrow keys to
 * brush a range). Light bars count all points, dark ones the points that pass the other filters,
 * outlined ones the map selection. "Clear filters" removes them all.
 */
export function MetadataCharts({ controller, state, messages: t, locale }: MetadataChartsProps) {
  const snapshot = state.crossFilter;
  const helpId = useId();
  if (!snapshot || snapshot.charts.length === 0) return null;
  const filters = state.view.filters ?? {};
  const active = Object.keys(filters).length > 0;
  const count = (n: number) => formatNumber(n, locale);
  return (
    <section
      aria-label={t.filtersPanel}
      className="ts-embedding-space__charts"
      style={{
        display: 'grid',
        gap: 8,
        alignContent: 'start',
        fontSize: 12,
        flex: `1 1 ${CHART_WIDTH}px`,
        maxWidth: 520,
      }}
    >
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <strong style={{ fontSize: 13 }}>{t.filtersPanel}</strong>
        <span data-testid="filter-match" style={{ color: 'var(--ts-muted)', fontVariantNumeric: 'tabular-nums' }}>
          {interpolate(t.filterMatch, { matched: count(snapshot.matched), total: count(state.data.count) })}
        </span>
        <Button size="sm" disabled={!active} onClick={() => controller.clearFilters()}>
          {t.filterClear}
        </Button>
      </div>
      {state.filterEmpty ? (
        <p
          style={{
            margin: 0,
            padding: '4px 8px',
            borderRadius: 4,
            background: 'var(--ts-error-bg)',
            color: 'var(--ts-error-fg)',
            border: '1px solid var(--ts-error-border)',
          }}
        >
          {t.filterNone}
        </p>
      ) : null}
      <p id={helpId} style={{ margin: 0, color: 'var(--ts-muted)', fontSize: 11 }}>
        {t.filterHelp}
      </p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>
        {snapshot.charts.map((chart) => {
          const filter = filters[chart.column];
          const set = (next: ColumnFilter | null) => controller.setFilter(chart.column, next);
          return chart.kind === 'category' ? (
            <CategoryChart
              key={chart.column}
              chart={chart}
              filter={filter}
              onFilter={set}
              messages={t}
              locale={locale}
              describedBy={helpId}
            />
          ) : (
            <FilterHistogram
              key={chart.column}
              chart={chart}
              filter={filter}
              onFilter={set}
              messages={t}
              locale={locale}
              describedBy={helpId}
            />
          );
        })}
      </div>
    </section>
  );
}

const ROW = 18;
const LABEL_WIDTH = 84;
const COUNT_WIDTH = 48;

/** Horizontal bars, one per category value: a listbox whose options are the bars. */
function CategoryChart({
  chart,
  filter,
  onFilter,
  messages: t,
  locale,
  describedBy,
}: {
  chart: CategoryChartCounts;
  filter: ColumnFilter | undefined;
  onFilter: (filter: ColumnFilter | null) => void;
  messages: ExplorerMessages;
  locale: Locale;
  describedBy: string;
}) {
  const id = useId();
  const [cursor, setCursor] = useState(0);
  const codes = barsOf(chart, filter);
  const allowed = filter && 'values' in filter ? new Set(filter.values) : null;
  const hidden = chart.categories.length - codes.length;
  const max = Math.max(1, ...codes.map((code) => chart.total[code]!));
  const barWidth = CHART_WIDTH - LABEL_WIDTH - COUNT_WIDTH;
  const at = Math.min(cursor, codes.length - 1);
  const n = (value: number) => formatNumber(value, locale);
  const nameOf = (code: number) => chart.categories[code] || `(${t.filterMissing})`;
  const toggle = (code: number, additive: boolean) => onFilter(toggleValue(filter, chart.categories[code]!, additive));
  const onKeyDown = (event: KeyboardEvent) => {
    const move =
      event.key === 'ArrowDown' || event.key === 'ArrowRight'
        ? 1
        : event.key === 'ArrowUp' || event.key === 'ArrowLeft'
          ? -1
          : 0;
    if (move !== 0) setCursor(Math.max(0, Math.min(codes.length - 1, at + move)));
    else if (event.key === 'Home') setCursor(0);
    else if (event.key === 'End') setCursor(codes.length - 1);
    else if (event.key === 'Enter' || event.key === ' ') toggle(codes[at]!, true);
    else if (event.key === 'Escape') {
      if (!filter) return;
      onFilter(null);
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <div role="group" aria-labelledby={`${id}-title`} style={{ width: CHART_WIDTH }}>
      <div id={`${id}-title`} style={{ fontWeight: 600, marginBottom: 5 }}>
        {chart.column}
      </div>
      <svg
        role="listbox"
        aria-multiselectable="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={describedBy}
        aria-activedescendant={codes.length ? `${id}-bar-${at}` : undefined}
        tabIndex={0}
        width={CHART_WIDTH}
        height={codes.length * ROW}
        onKeyDown={onKeyDown}
        style={{ display: 'block', overflow: 'visible', outlineOffset: 2 }}
      >
        {codes.map((code, row) => {
          const total = chart.total[code]!;
          const filtered = chart.filtered[code]!;
          const selected = chart.selected[code]!;
          const isIn = allowed === null || allowed.has(chart.categories[code]!);
          const label = `${nameOf(code)}: ${n(filtered)} / ${n(total)}${selected ? `, ${interpolate(t.filterSelected, { count: n(selected) })}` : ''}`;
          const y = row * ROW;
          const w = (v: number) => logShare(v, max) * barWidth;
          return (
            <g
              key={code}
              id={`${id}-bar-${row}`}
              role="option"
              aria-selected={allowed !== null && allowed.has(chart.categories[code]!)}
              aria-label={label}
              onPointerDown={(event) => event.preventDefault()}
              onClick={(event) => {
                setCursor(row);
                toggle(code, event.shiftKey || event.ctrlKey || event.metaKey);
              }}
              style={{ cursor: 'pointer' }}
            >
              <rect x={0} y={y} width={CHART_WIDTH} height={ROW} style={{ fill: 'transparent' }} />
              <rect x={LABEL_WIDTH} y={y + 3} width={w(total)} height={ROW - 6} style={{ fill: 'var(--ts-grid)' }} />
              <rect
                x={LABEL_WIDTH}
                y={y + 3}
                width={w(filtered)}
                height={ROW - 6}
                style={{ fill: 'var(--ts-accent)', opacity: isIn ? 1 : 0.3 }}
              />
              {selected > 0 ? (
                <rect
                  x={LABEL_WIDTH}
                  y={y + 2}
                  width={Math.max(1.5, w(selected))}
                  height={ROW - 4}
                  style={{ fill: 'none', stroke: 'var(--ts-fg)', strokeWidth: 1.5 }}
                />
              ) : null}
              {row === at ? (
                <rect
                  x={0.5}
                  y={y + 0.5}
                  width={CHART_WIDTH - 1}
                  height={ROW - 1}
                  className="ts-embedding-space__cursor"
                  style={{ fill: 'none', stroke: 'var(--ts-focus)', strokeDasharray: '2 2', opacity: 0.7 }}
                />
              ) : null}
            </g>
          );
        })}
        {/* The words and counts are drawn apart from the options: each option's name says them (with the total). */}
        <g aria-hidden="true" style={{ pointerEvents: 'none' }}>
          {codes.map((code, row) => (
            <g key={code}>
              <text
                x={LABEL_WIDTH - 4}
                y={row * ROW + ROW - 5}
                textAnchor="end"
                style={{
                  fill: allowed?.has(chart.categories[code]!) ? 'var(--ts-accent)' : 'var(--ts-fg)',
                  fontSize: 11,
                  fontWeight: allowed?.has(chart.categories[code]!) ? 700 : 400,
                }}
              >
                {clipText(nameOf(code), 13)}
              </text>
              <text
                x={CHART_WIDTH}
                y={row * ROW + ROW - 5}
                textAnchor="end"
                style={{ fill: 'var(--ts-muted)', fontSize: 10, fontVariantNumeric: 'tabular-nums' }}
              >
                {n(chart.filtered[code]!)}
              </text>
            </g>
          ))}
        </g>
      </svg>
      {hidden > 0 ? (
        <div style={{ color: 'var(--ts-muted)', fontSize: 11 }}>{interpolate(t.filterMore, { count: n(hidden) })}</div>
      ) : null}
    </div>
  );
}

/** Text cut to `max` characters with an ellipsis. */
export function clipText(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

'use client';
import { formatNumber, interpolate, type Locale } from '@tensorscope/common';
import { useTensorscopeSettings } from '@tensorscope/common/react';
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleUtc } from '@visx/scale';
import { useMemo, useRef, useState } from 'react';
import { toCsv } from './core/csv.js';
import { formatScientific } from './core/formatScientific.js';
import { parseDate, validateModels, type ModelRecord } from './core/models.js';
import { fitExponentialTrend, type ExponentialTrend } from './core/regression.js';
import { CHATGPT_LAUNCH, type ChartAnnotation } from './data/annotations.js';
import { NOTABLE_MODELS } from './data/notableModels.js';
import { SOURCES } from './data/sources.js';
import type { ChartFrameProps } from './ui/chartFrameProps.js';
import { messages } from './messages.js';
import { axisColours, bottomTickLabel, leftTickLabel } from './ui/axisStyle.js';
import { ChartFigure } from './ui/ChartFigure.js';
import { Toolbar } from './ui/controls.js';
import { DataTable } from './ui/DataTable.js';
import { DateAnnotations } from './ui/DateAnnotations.js';
import { dateFormatter, statusText } from './ui/describe.js';
import { organisationsOf, useModelFilters } from './ui/ModelFilters.js';
import { Hint, Readout } from './ui/Readout.js';
import { SkippedNote } from './ui/SkippedNote.js';
import { SourceLink } from './ui/SourceLink.js';
import { Legend, StatusCircle } from './ui/StatusMark.js';
import { useChartWidth } from './ui/useChartWidth.js';
import { usePropState } from './ui/usePropState.js';
import { ScaleToggle, ViewAndExport } from './ui/ViewControls.js';
import { makeValueScale, type AxisScale } from './ui/valueScale.js';

export interface ComputeChartProps extends ChartFrameProps {
  /** Models to plot (those with `trainingFlops`). Default: the built-in, sourced {@link NOTABLE_MODELS}. */
  models?: readonly ModelRecord[];
  /** Fit and draw a log-linear growth trend through the shown points. Default `true`. */
  showTrend?: boolean;
  /** Initial value axis: `'log'` (each gridline = ×10) or `'linear'`. Default `'log'`. */
  scale?: AxisScale;
  /** Dated events drawn as vertical lines. Default: ChatGPT's launch on 2022-11-30. */
  annotations?: readonly ChartAnnotation[];
  /** Organisation to highlight at first (the others fade). Default: none. */
  highlightOrganisation?: string;
  /** Models labelled on the chart without hovering. Default: GPT-3, GPT-4, Grok-3. */
  labels?: readonly string[];
  /** Initial view: the chart or a table of the same data. Default `'chart'`. */
  view?: 'chart' | 'table';
  /** Height in pixels. Default 400. */
  height?: number;
}

const MARGIN = { top: 28, right: 20, bottom: 36, left: 60 };
const DEFAULT_LABELS = ['GPT-3', 'GPT-4', 'Grok-3'];
const DEFAULT_ANNOTATIONS = [CHATGPT_LAUNCH];
const TREND = '__trend__';
const flops = (m: ModelRecord) => m.trainingFlops?.value ?? 0;

/** Compute power-of-ten tick labels: 10²³. */
function powerLabel(value: number, locale: Locale): string {
  return formatScientific(value, locale).replace(/^1 × /, '');
}

/**
 * Training compute (FLOP) of notable models over time with a fitted exponential trend: a
 * log-linear regression whose growth per year and doubling time show on hover or focus.
 */
export function ComputeChart(props: ComputeChartProps) {
  const { locale, theme } = useTensorscopeSettings(props);
  const t = messages[locale];
  const { parentRef, width } = useChartWidth(props.width);
  const height = props.height ?? 400;
  const annotations = props.annotations ?? DEFAULT_ANNOTATIONS;
  const labelled = props.labels ?? DEFAULT_LABELS;
  const [axis, setAxis] = usePropState<AxisScale>(props.scale, 'log');
  const [view, setView] = usePropState<'chart' | 'table'>(props.view, 'chart');
  const svgRef = useRef<SVGSVGElement>(null);

  const { models, skipped, undisclosed } = useMemo(
    () => validateModels(props.models ?? NOTABLE_MODELS, ['trainingFlops']),
    [props.models],
  );
  const organisations = useMemo(() => organisationsOf(models), [models]);
  const filters = useModelFilters(organisations, props.highlightOrganisation, locale);
  const visible = useMemo(
    () => models.filter((m) => m.trainingFlops && filters.statuses.has(m.trainingFlops.status)),
    [models, filters.statuses],
  );
  const [focused, setFocused] = useState<string | null>(null);

  const trend = useMemo((): ExponentialTrend | null => {
    if (props.showTrend === false) return null;
    try {
      return fitExponentialTrend(visible.map((m) => ({ time: parseDate(m.date), value: flops(m) })));
    } catch {
      return null; // fewer than two points: no trend to draw
    }
  }, [visible, props.showTrend]);

  const innerWidth = width - MARGIN.left - MARGIN.right;
  const innerHeight = height - MARGIN.top - MARGIN.bottom;
  const scales = useMemo(() => {
    if (models.length === 0) return null;
    const times = models.map((m) => parseDate(m.date));
    const values = models.flatMap((m) => [flops(m), m.trainingFlops?.low ?? 0, m.trainingFlops?.high ?? 0]);
    const year = (time: number) => new Date(time).getUTCFullYear();
    const x = scaleUtc({
      domain: [Date.UTC(year(Math.min(...times)), 0, 1), Date.UTC(year(Math.max(...times)) + 1, 0, 1)],
      range: [0, innerWidth],
    });
    return { x, ...makeValueScale(axis, values, [innerHeight, 0]) };
  }, [models, axis, innerWidth, innerHeight]);

  const formatDate = dateFormatter(locale);
  const label = (m: ModelRecord) =>
    interpolate(t.computePointLabel, {
      name: m.name,
      organisation: m.organisation,
      date: formatDate(parseDate(m.date)),
      flops: formatScientific(flops(m), locale),
      status: m.trainingFlops ? statusText(m.trainingFlops, locale) : '',
    });
  const trendText = trend
    ? interpolate(t.trendLabel, {
        growth: formatNumber(trend.growthPerYear, locale, { maximumFractionDigits: 1 }),
        months: formatNumber(trend.doublingMonths, locale, { maximumFractionDigits: 1 }),
        r2: formatNumber(trend.r2, locale, { maximumFractionDigits: 2 }),
        n: trend.n,
      })
    : '';

  const focusedModel = visible.find((m) => m.name === focused) ?? null;
  const trendPath = (() => {
    if (!trend || !scales) return null;
    const [start, end] = scales.x.domain().map((d) => d.getTime()) as [number, number];
    const [floor, ceiling] = scales.scale.domain() as [number, number];
    const steps = 40;
    let d = '';
    for (let i = 0; i <= steps; i++) {
      const time = start + ((end - start) * i) / steps;
      const value = trend.predict(time);
      if (value < Math.max(floor, Number.MIN_VALUE) || value > ceiling) continue;
      d += `${d ? 'L' : 'M'}${scales.x(time).toFixed(1)},${scales.scale(value).toFixed(1)}`;
    }
    return d;
  })();
  const trendAnchor = (() => {
    if (!trend || !scales) return null;
    // A little before the middle of the time axis, where the trend usually runs between points.
    const [start, end] = scales.x.domain().map((d) => d.getTime()) as [number, number];
    const time = start + 0.45 * (end - start);
    const value = trend.predict(time);
    const [floor, ceiling] = scales.scale.domain() as [number, number];
    if (value < Math.max(floor, Number.MIN_VALUE) || value > ceiling) return null;
    return { x: scales.x(time), y: scales.scale(value) };
  })();

  const csv = () =>
    toCsv(
      [
        { key: 'name', header: 'model' },
        { key: 'organisation', header: 'organisation' },
        { key: 'date', header: 'date' },
        { key: 'flops', header: 'training_flop' },
        { key: 'low', header: 'low' },
        { key: 'high', header: 'high' },
        { key: 'status', header: 'status' },
        { key: 'confidence', header: 'epoch_confidence' },
        { key: 'derived', header: 'derived' },
        { key: 'source', header: 'source' },
        { key: 'note', header: 'note' },
      ],
      models.map((m) => ({
        name: m.name,
        organisation: m.organisation,
        date: m.date,
        flops: m.trainingFlops?.value,
        low: m.trainingFlops?.low,
        high: m.trainingFlops?.high,
        status: m.trainingFlops?.status,
        confidence: m.trainingFlops?.confidence,
        derived: m.trainingFlops?.derived ? 'yes' : '',
        source: m.trainingFlops?.source,
        note: m.trainingFlops?.note,
      })),
    );

  let anchor: { x: number; y: number } | null = null;
  if (scales && focusedModel) {
    anchor = {
      x: MARGIN.left + scales.x(parseDate(focusedModel.date)),
      y: MARGIN.top + scales.scale(flops(focusedModel)),
    };
  } else if (focused === TREND && trendAnchor) {
    anchor = { x: MARGIN.left + trendAnchor.x, y: MARGIN.top + trendAnchor.y };
  }

  return (
    <ChartFigure
      title={t.computeTitle}
      baseClass="ts-compute-chart"
      className={props.className}
      theme={theme}
      width={props.width}
      style={props.style}
      figureRef={parentRef}
    >
      <Toolbar label={t.chartControls}>
        {filters.controls}
        <ScaleToggle value={axis} onChange={setAxis} locale={locale} />
        <ViewAndExport
          view={view}
          onView={setView}
          showExport={props.showExport}
          title={t.computeTitle}
          svgRef={svgRef}
          filename="training-compute"
          csv={csv}
          locale={locale}
        />
      </Toolbar>
      <SkippedNote skipped={skipped} locale={locale} />
      {view === 'table' ? (
        <DataTable
          caption={t.computeTitle}
          rows={models}
          rowKey={(m) => `${m.name}-${m.date}`}
          columns={[
            { key: 'name', header: t.colModel, cell: (m) => m.name },
            { key: 'organisation', header: t.colOrganisation, cell: (m) => m.organisation },
            { key: 'date', header: t.colDate, cell: (m) => m.date },
            { key: 'flops', header: t.colFlops, numeric: true, cell: (m) => formatScientific(flops(m), locale) },
            {
              key: 'status',
              header: t.colStatus,
              cell: (m) => (m.trainingFlops ? statusText(m.trainingFlops, locale) : ''),
            },
            {
              key: 'source',
              header: t.colSource,
              cell: (m) => (m.trainingFlops ? <SourceLink href={m.trainingFlops.source} text={t.source} /> : null),
            },
          ]}
        />
      ) : scales ? (
        <div style={{ position: 'relative' }}>
          <svg
            ref={svgRef}
            width={width}
            height={height}
            role="group"
            aria-label={`${t.computeTitle}. ${axis === 'log' ? t.gridNote : t.linearNote}`}
            style={{ display: 'block', maxWidth: '100%', fontFamily: 'var(--ts-font)' }}
            onKeyDown={(event) => event.key === 'Escape' && setFocused(null)}
          >
            <Group top={MARGIN.top} left={MARGIN.left}>
              {scales.ticks.map((d) => (
                <line
                  key={d}
                  x1={0}
                  x2={innerWidth}
                  y1={scales.scale(d)}
                  y2={scales.scale(d)}
                  stroke="var(--ts-grid)"
                />
              ))}
              <text x={-MARGIN.left + 4} y={-14} fontSize={11} fill="var(--ts-fg)">
                {t.computeAxis} · {axis === 'log' ? t.gridNote : t.linearNote}
              </text>
              <AxisLeft
                scale={scales.scale}
                tickValues={scales.ticks}
                tickFormat={(v) =>
                  axis === 'log' ? powerLabel(Number(v), locale) : formatScientific(Number(v), locale, 2)
                }
                {...axisColours}
                tickLabelProps={leftTickLabel}
              />
              <AxisBottom
                top={innerHeight}
                scale={scales.x}
                numTicks={Math.max(2, Math.floor(innerWidth / 70))}
                tickFormat={(v) => String((v as Date).getUTCFullYear())}
                {...axisColours}
                tickLabelProps={bottomTickLabel}
              />
              <DateAnnotations
                annotations={annotations}
                x={(time) => scales.x(time)}
                height={innerHeight}
                locale={locale}
              />
              {trend && trendPath ? (
                <g
                  role="button"
                  tabIndex={0}
                  aria-label={trendText}
                  aria-pressed={focused === TREND}
                  className="ts-compute-chart__trend"
                  onFocus={() => setFocused(TREND)}
                  onMouseEnter={() => setFocused(TREND)}
                  onClick={() => setFocused(TREND)}
                  style={{ cursor: 'pointer', outline: 'none' }}
                >
                  <path d={trendPath} stroke="transparent" strokeWidth={14} fill="none" />
                  <path
                    d={trendPath}
                    stroke="var(--ts-focus)"
                    strokeWidth={focused === TREND ? 3.5 : 2}
                    strokeOpacity={0.85}
                    fill="none"
                  />
                  {trendAnchor && axis === 'log' ? (
                    <text
                      x={trendAnchor.x}
                      y={trendAnchor.y - 10}
                      textAnchor="middle"
                      fontSize={11}
                      fill="var(--ts-fg)"
                    >
                      {interpolate(t.trendShort, {
                        growth: formatNumber(trend.growthPerYear, locale, { maximumFractionDigits: 1 }),
                      })}
                    </text>
                  ) : null}
                </g>
              ) : null}
              {visible.map((m) => {
                const value = m.trainingFlops!;
                const cx = scales.x(parseDate(m.date));
                const cy = scales.scale(value.value);
                const isFocused = m.name === focused;
                const dimmed = filters.organisation !== '' && m.organisation !== filters.organisation;
                const showName = isFocused || (labelled.includes(m.name) && innerWidth > 420 && !dimmed);
                const leftSide = cx > innerWidth * 0.75;
                return (
                  <g
                    key={`${m.name}-${m.date}`}
                    role="button"
                    tabIndex={0}
                    aria-label={label(m)}
                    aria-pressed={isFocused}
                    className="ts-compute-chart__point"
                    data-status={value.status}
                    onFocus={() => setFocused(m.name)}
                    onMouseEnter={() => setFocused(m.name)}
                    onClick={() => setFocused(m.name)}
                    style={{ cursor: 'pointer', outline: 'none' }}
                  >
                    <g opacity={dimmed ? 0.2 : 1}>
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
                      <StatusCircle cx={cx} cy={cy} status={value.status} focused={isFocused} />
                    </g>
                    {showName ? (
                      <text
                        x={cx + (leftSide ? -10 : 10)}
                        y={cy - 8}
                        textAnchor={leftSide ? 'end' : 'start'}
                        fontSize={isFocused ? 12 : 11}
                        fontWeight={isFocused ? 600 : 400}
                        fill="var(--ts-fg)"
                      >
                        {m.name}
                      </text>
                    ) : null}
                  </g>
                );
              })}
            </Group>
          </svg>
          <Readout
            className="ts-compute-chart__readout"
            anchor={anchor}
            containerWidth={width}
            containerHeight={height}
          >
            {focusedModel?.trainingFlops ? (
              <>
                <strong>{focusedModel.name}</strong> ({focusedModel.organisation},{' '}
                {formatDate(parseDate(focusedModel.date))})
                <br />
                {interpolate(t.flopsValue, { value: formatScientific(focusedModel.trainingFlops.value, locale) })}
                {focusedModel.trainingFlops.high !== undefined
                  ? ` (${interpolate(t.range, {
                      low: focusedModel.trainingFlops.low
                        ? formatScientific(focusedModel.trainingFlops.low, locale)
                        : '—',
                      high: formatScientific(focusedModel.trainingFlops.high, locale),
                    })})`
                  : null}
                <br />
                {t.colStatus}: {statusText(focusedModel.trainingFlops, locale)} ·{' '}
                <SourceLink href={focusedModel.trainingFlops.source} text={t.source} />
                {focusedModel.trainingFlops.note ? (
                  <>
                    <br />
                    <span style={{ color: 'var(--ts-muted)' }}>{focusedModel.trainingFlops.note}</span>
                  </>
                ) : null}
              </>
            ) : focused === TREND && trend ? (
              <>
                <strong>{t.trendTitle}</strong>
                <br />
                {trendText}
                <br />
                <span style={{ color: 'var(--ts-muted)' }}>{t.epochTrend}</span>{' '}
                <SourceLink href={SOURCES.epochTrend} text={t.source} />
              </>
            ) : null}
          </Readout>
        </div>
      ) : null}
      {view === 'chart' ? <Hint>{t.computeHint}</Hint> : null}
      <Legend
        label={t.legend}
        items={[
          { kind: 'official', text: t.official },
          { kind: 'estimate', text: t.estimate },
          { kind: 'rumour', text: t.rumour },
          ...(trend ? [{ kind: 'trend' as const, text: trendText }] : []),
        ]}
      />
      {undisclosed.length > 0 ? (
        <Hint>{interpolate(t.computeUndisclosed, { names: undisclosed.map((m) => m.name).join(', ') })}</Hint>
      ) : null}
    </ChartFigure>
  );
}

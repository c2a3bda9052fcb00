'use client';
import { interpolate } from '@tensorscope/common';
import { useTensorscopeSettings } from '@tensorscope/common/react';
import { Group } from '@visx/group';
import { useMemo, useRef, useState } from 'react';
import { ComputePoints } from './compute/ComputePoints.js';
import { ComputeModelReadout, TrendReadout } from './compute/ComputeReadout.js';
import { ComputeTable } from './compute/ComputeTable.js';
import { powerLabel, trendSummary } from './compute/computeText.js';
import { TREND_ID, TrendLine } from './compute/TrendLine.js';
import { formatScientific } from './core/formatScientific.js';
import { computeCsv, trainingComputeOf } from './core/modelData.js';
import { parseDate, validateModels, type ModelRecord } from './core/models.js';
import { fitExponentialTrend, type ExponentialTrend } from './core/regression.js';
import { sampleTrend, trendAnchor } from './core/trendLine.js';
import { CHATGPT_LAUNCH, type ChartAnnotation } from './data/annotations.js';
import { NOTABLE_MODELS } from './data/notableModels.js';
import { messages } from './messages.js';
import { ChartCanvas } from './ui/ChartCanvas.js';
import { ChartFigure } from './ui/ChartFigure.js';
import type { ChartFrameProps } from './ui/chartFrameProps.js';
import { Toolbar } from './ui/controls.js';
import { organisationsOf, useModelFilters } from './ui/ModelFilters.js';
import { Hint, Readout } from './ui/Readout.js';
import { SkippedNote } from './ui/SkippedNote.js';
import { Legend } from './ui/StatusMark.js';
import { TimeValueAxes } from './ui/TimeValueAxes.js';
import { timeValueScales } from './ui/timeValueScales.js';
import { useChartWidth } from './ui/useChartWidth.js';
import { usePropState } from './ui/usePropState.js';
import { ScaleToggle, ViewAndExport } from './ui/ViewControls.js';
import { linePath, type AxisScale } from './ui/valueScale.js';
import { checkTimeChartProps } from './core/propChecks.js';
import { GuardedView } from './ui/GuardedView.js';

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

/**
 * Training compute (FLOP) of notable models over time with a fitted exponential trend: a
 * log-linear regression whose growth per year and doubling time show on hover or focus.
 */
export function ComputeChart(props: ComputeChartProps) {
  return (
    <GuardedView
      props={props}
      check={(props) => checkTimeChartProps(props)}
      render={(checked) => <ComputeChartView {...checked} />}
    />
  );
}

function ComputeChartView(props: ComputeChartProps) {
  const { locale, theme } = useTensorscopeSettings(props);
  const t = messages[locale];
  const { parentRef, width } = useChartWidth(props.width);
  const height = props.height ?? 400;
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
      return fitExponentialTrend(visible.map((m) => ({ time: parseDate(m.date), value: trainingComputeOf(m) })));
    } catch {
      return null; // fewer than two points: no trend to draw
    }
  }, [visible, props.showTrend]);

  const innerWidth = width - MARGIN.left - MARGIN.right;
  const innerHeight = height - MARGIN.top - MARGIN.bottom;
  const scales = useMemo(() => {
    if (models.length === 0) return null;
    const values = models.flatMap((m) => [trainingComputeOf(m), m.trainingFlops?.low ?? 0, m.trainingFlops?.high ?? 0]);
    const times = models.map((m) => parseDate(m.date));
    return timeValueScales(times, values, axis, innerWidth, innerHeight);
  }, [models, axis, innerWidth, innerHeight]);

  const summary = trend ? trendSummary(trend, locale) : '';
  const focusedModel = visible.find((m) => m.name === focused) ?? null;
  const timeDomain = scales ? (scales.x.domain().map((d) => d.getTime()) as [number, number]) : null;
  const valueDomain = scales ? (scales.scale.domain() as [number, number]) : null;
  const toPixels = ([time, value]: readonly [number, number]) =>
    scales ? ([scales.x(time), scales.scale(value)] as const) : null;
  const trendPath =
    trend && timeDomain && valueDomain
      ? linePath(sampleTrend(trend.predict, timeDomain, valueDomain).map(toPixels))
      : null;
  const trendAt = trend && timeDomain && valueDomain ? trendAnchor(trend.predict, timeDomain, valueDomain) : null;
  const trendPoint = trendAt ? toPixels(trendAt) : null;
  const trendXY = trendPoint ? { x: trendPoint[0], y: trendPoint[1] } : null;

  let anchor: { x: number; y: number } | null = null;
  if (scales && focusedModel) {
    anchor = {
      x: MARGIN.left + scales.x(parseDate(focusedModel.date)),
      y: MARGIN.top + scales.scale(trainingComputeOf(focusedModel)),
    };
  } else if (focused === TREND_ID && trendXY) {
    anchor = { x: MARGIN.left + trendXY.x, y: MARGIN.top + trendXY.y };
  }
  const axisNote = axis === 'log' ? t.gridNote : t.linearNote;

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
          csv={() => computeCsv(models)}
          locale={locale}
        />
      </Toolbar>
      <SkippedNote skipped={skipped} locale={locale} />
      {view === 'table' ? (
        <ComputeTable models={models} locale={locale} />
      ) : scales ? (
        <ChartCanvas
          svgRef={svgRef}
          width={width}
          height={height}
          label={`${t.computeTitle}. ${axisNote}`}
          onEscape={() => setFocused(null)}
          readout={
            <Readout
              className="ts-compute-chart__readout"
              anchor={anchor}
              containerWidth={width}
              containerHeight={height}
            >
              {focusedModel?.trainingFlops ? (
                <ComputeModelReadout model={focusedModel} flops={focusedModel.trainingFlops} locale={locale} />
              ) : focused === TREND_ID && trend ? (
                <TrendReadout summary={summary} locale={locale} />
              ) : null}
            </Readout>
          }
        >
          <Group top={MARGIN.top} left={MARGIN.left}>
            <TimeValueAxes
              scales={scales}
              innerWidth={innerWidth}
              innerHeight={innerHeight}
              marginLeft={MARGIN.left}
              title={`${t.computeAxis} · ${axisNote}`}
              tickFormat={(v) => (axis === 'log' ? powerLabel(v, locale) : formatScientific(v, locale, 2))}
              annotations={props.annotations ?? DEFAULT_ANNOTATIONS}
              locale={locale}
            />
            {trend && trendPath ? (
              <TrendLine
                trend={trend}
                path={trendPath}
                anchor={trendXY}
                showLabel={axis === 'log'}
                focused={focused === TREND_ID}
                onFocus={setFocused}
                summary={summary}
                locale={locale}
              />
            ) : null}
            <ComputePoints
              models={visible}
              scales={scales}
              innerWidth={innerWidth}
              focused={focused}
              onFocus={setFocused}
              highlighted={filters.organisation}
              labelled={props.labels ?? DEFAULT_LABELS}
              locale={locale}
            />
          </Group>
        </ChartCanvas>
      ) : null}
      {view === 'chart' ? <Hint>{t.computeHint}</Hint> : null}
      <Legend
        label={t.legend}
        items={[
          { kind: 'official', text: t.official },
          { kind: 'estimate', text: t.estimate },
          { kind: 'rumour', text: t.rumour },
          ...(trend ? [{ kind: 'trend' as const, text: summary }] : []),
        ]}
      />
      {undisclosed.length > 0 ? (
        <Hint>{interpolate(t.computeUndisclosed, { names: undisclosed.map((m) => m.name).join(', ') })}</Hint>
      ) : null}
    </ChartFigure>
  );
}

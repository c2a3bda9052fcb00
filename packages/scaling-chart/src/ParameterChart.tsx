'use client';
import { interpolate } from '@tensorscope/common';
import { useTensorscopeSettings } from '@tensorscope/common/react';
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleUtc } from '@visx/scale';
import { useMemo, useRef, useState } from 'react';
import { toCsv } from './core/csv.js';
import { formatCount } from './core/formatCount.js';
import { parseDate, validateModels, type ModelRecord } from './core/models.js';
import { CHATGPT_LAUNCH, type ChartAnnotation } from './data/annotations.js';
import { NOTABLE_MODELS } from './data/notableModels.js';
import { BRAIN_NEURONS, BRAIN_SYNAPSES } from './data/references.js';
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

export interface ParameterChartProps extends ChartFrameProps {
  /** Models to plot. Default: the built-in, sourced {@link NOTABLE_MODELS}; extend with `[...NOTABLE_MODELS, mine]`. */
  models?: readonly ModelRecord[];
  /** Draw the human brain's ~86 billion neurons as a reference line. Default `true`. */
  showBrainReference?: boolean;
  /** Draw the brain's ~10^14 synapses (range 10^14–10^15) as a reference band. Default `true`. */
  showSynapseReference?: boolean;
  /** Initial value axis: `'log'` (each gridline = ×10) or `'linear'`. Default `'log'`. */
  scale?: AxisScale;
  /** Dated events drawn as vertical lines. Default: ChatGPT's launch on 2022-11-30. */
  annotations?: readonly ChartAnnotation[];
  /** Organisation to highlight at first (the others fade). Default: none. */
  highlightOrganisation?: string;
  /** Models labelled on the chart without hovering. Default: BERT-Large, GPT-3, GPT-4, DeepSeek-V3. */
  labels?: readonly string[];
  /** Initial view: the chart or a table of the same data. Default `'chart'`. */
  view?: 'chart' | 'table';
  /** Height in pixels. Default 400. */
  height?: number;
}

const MARGIN = { top: 28, right: 20, bottom: 36, left: 60 };
const DEFAULT_LABELS = ['BERT-Large', 'GPT-3', 'GPT-4', 'DeepSeek-V3'];
const DEFAULT_ANNOTATIONS = [CHATGPT_LAUNCH];
const innerWidthFor = (width: number) => width - MARGIN.left - MARGIN.right;

/**
 * Parameter counts of notable models over time on a log axis ("each gridline = ×10") or a linear one.
 * Official figures are filled, estimates hollow, rumours dashed; mixture-of-experts models also show
 * their active parameters; the brain's neurons and synapses are reference lines.
 */
export function ParameterChart(props: ParameterChartProps) {
  const { locale, theme } = useTensorscopeSettings(props);
  const t = messages[locale];
  const { parentRef, width } = useChartWidth(props.width);
  const height = props.height ?? 400;
  const showNeurons = props.showBrainReference ?? true;
  const showSynapses = props.showSynapseReference ?? true;
  const annotations = props.annotations ?? DEFAULT_ANNOTATIONS;
  const labelled = props.labels ?? DEFAULT_LABELS;
  const [axis, setAxis] = usePropState<AxisScale>(props.scale, 'log');
  const [view, setView] = usePropState<'chart' | 'table'>(props.view, 'chart');
  const svgRef = useRef<SVGSVGElement>(null);

  const { models, skipped, undisclosed } = useMemo(
    () => validateModels(props.models ?? NOTABLE_MODELS),
    [props.models],
  );
  const organisations = useMemo(() => organisationsOf(models), [models]);
  const filters = useModelFilters(organisations, props.highlightOrganisation, locale);
  const visible = useMemo(() => models.filter((m) => filters.statuses.has(m.status)), [models, filters.statuses]);
  const [focused, setFocused] = useState<string | null>(null);

  const innerWidth = width - MARGIN.left - MARGIN.right;
  const innerHeight = height - MARGIN.top - MARGIN.bottom;
  const narrow = innerWidthFor(width) < 460;
  const references = [
    ...(showNeurons
      ? [
          {
            key: 'neurons',
            value: BRAIN_NEURONS.value,
            top: BRAIN_NEURONS.value,
            label: narrow ? t.brainNeuronsShort : t.brainNeurons,
          },
        ]
      : []),
    ...(showSynapses
      ? [
          {
            key: 'synapses',
            value: BRAIN_SYNAPSES.value,
            top: BRAIN_SYNAPSES.high ?? BRAIN_SYNAPSES.value,
            label: narrow ? t.brainSynapsesShort : t.brainSynapses,
          },
        ]
      : []),
  ];
  const scales = useMemo(() => {
    if (models.length === 0) return null;
    const times = models.map((m) => parseDate(m.date));
    const values = models.flatMap((m) => [m.parameters ?? 0, m.activeParameters ?? 0]);
    // On a log axis the references fit; on a linear one they would flatten every model to zero.
    if (axis === 'log' && showNeurons) values.push(BRAIN_NEURONS.value);
    if (axis === 'log' && showSynapses) values.push(BRAIN_SYNAPSES.high ?? BRAIN_SYNAPSES.value);
    const year = (time: number) => new Date(time).getUTCFullYear();
    const x = scaleUtc({
      domain: [Date.UTC(year(Math.min(...times)), 0, 1), Date.UTC(year(Math.max(...times)) + 1, 0, 1)],
      range: [0, innerWidth],
    });
    return { x, ...makeValueScale(axis, values, [innerHeight, 0]) };
  }, [models, axis, innerWidth, innerHeight, showNeurons, showSynapses]);

  const formatDate = dateFormatter(locale);
  const label = (m: ModelRecord) =>
    interpolate(t.pointLabel, {
      name: m.name,
      organisation: m.organisation,
      date: formatDate(parseDate(m.date)),
      parameters: formatCount(m.parameters ?? 0, locale),
      status: t[m.status],
    }) +
    (m.activeParameters ? `; ${interpolate(t.activeLabel, { active: formatCount(m.activeParameters, locale) })}` : '');

  const focusedModel = visible.find((m) => m.name === focused) ?? null;
  const maxY = scales ? (scales.scale.domain()[1] ?? 0) : 0;
  const offScale = references.filter((r) => r.value > maxY);
  const csv = () =>
    toCsv(
      [
        { key: 'name', header: 'model' },
        { key: 'organisation', header: 'organisation' },
        { key: 'date', header: 'date' },
        { key: 'parameters', header: 'parameters' },
        { key: 'activeParameters', header: 'active_parameters' },
        { key: 'status', header: 'status' },
        { key: 'source', header: 'source' },
        { key: 'note', header: 'note' },
      ],
      [...models, ...undisclosed].map((m) => ({ ...m })),
    );

  return (
    <ChartFigure
      title={t.parameterTitle}
      baseClass="ts-parameter-chart"
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
          title={t.parameterTitle}
          svgRef={svgRef}
          filename="parameters"
          csv={csv}
          locale={locale}
        />
      </Toolbar>
      <SkippedNote skipped={skipped} locale={locale} />
      {view === 'table' ? (
        <DataTable
          caption={t.parameterTitle}
          rows={[...models, ...undisclosed]}
          rowKey={(m) => `${m.name}-${m.date}`}
          columns={[
            { key: 'name', header: t.colModel, cell: (m) => m.name },
            { key: 'organisation', header: t.colOrganisation, cell: (m) => m.organisation },
            { key: 'date', header: t.colDate, cell: (m) => m.date },
            {
              key: 'parameters',
              header: t.colParameters,
              numeric: true,
              cell: (m) => (m.parameters === null ? t.notDisclosed : formatCount(m.parameters, locale)),
            },
            {
              key: 'active',
              header: t.colActive,
              numeric: true,
              cell: (m) => (m.activeParameters ? formatCount(m.activeParameters, locale) : ''),
            },
            { key: 'status', header: t.colStatus, cell: (m) => (m.parameters === null ? '' : t[m.status]) },
            { key: 'source', header: t.colSource, cell: (m) => <SourceLink href={m.source} text={t.source} /> },
          ]}
        />
      ) : scales ? (
        <div style={{ position: 'relative' }}>
          <svg
            ref={svgRef}
            width={width}
            height={height}
            role="group"
            aria-label={`${t.parameterTitle}. ${axis === 'log' ? t.gridNote : t.linearNote}`}
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
                {t.parameterAxis} · {axis === 'log' ? t.gridNote : t.linearNote}
              </text>
              <AxisLeft
                scale={scales.scale}
                tickValues={scales.ticks}
                tickFormat={(v) => formatCount(Number(v), locale)}
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
              {references
                .filter((r) => r.value <= maxY)
                .map((r) => {
                  const y = scales.scale(r.value);
                  const top = scales.scale(Math.min(r.top, maxY));
                  return (
                    <g key={r.key} className="ts-parameter-chart__reference">
                      {top < y ? (
                        <rect
                          x={0}
                          width={innerWidth}
                          y={top}
                          height={y - top}
                          fill="var(--ts-muted)"
                          fillOpacity={0.08}
                        />
                      ) : null}
                      <line x1={0} x2={innerWidth} y1={y} y2={y} stroke="var(--ts-muted)" strokeDasharray="6 4" />
                      <text x={4} y={y - 4} fontSize={11} fill="var(--ts-fg)">
                        {r.label}
                      </text>
                    </g>
                  );
                })}
              {visible.map((m) => {
                const cx = scales.x(parseDate(m.date));
                const cy = scales.scale(m.parameters ?? 0);
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
                    className="ts-parameter-chart__point"
                    data-status={m.status}
                    onFocus={() => setFocused(m.name)}
                    onMouseEnter={() => setFocused(m.name)}
                    onClick={() => setFocused(m.name)}
                    style={{ cursor: 'pointer', outline: 'none' }}
                  >
                    <g opacity={dimmed ? 0.2 : 1}>
                      {m.activeParameters ? (
                        <>
                          <line
                            x1={cx}
                            x2={cx}
                            y1={cy}
                            y2={scales.scale(m.activeParameters)}
                            stroke="var(--ts-accent)"
                            strokeOpacity={0.6}
                          />
                          <rect
                            x={cx - 3.5}
                            y={scales.scale(m.activeParameters) - 3.5}
                            width={7}
                            height={7}
                            fill="var(--ts-bg)"
                            stroke="var(--ts-accent)"
                            transform={`rotate(45 ${cx} ${scales.scale(m.activeParameters)})`}
                          />
                        </>
                      ) : null}
                      <StatusCircle cx={cx} cy={cy} status={m.status} focused={isFocused} />
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
            className="ts-parameter-chart__readout"
            anchor={
              focusedModel
                ? {
                    x: MARGIN.left + scales.x(parseDate(focusedModel.date)),
                    y: MARGIN.top + scales.scale(focusedModel.parameters ?? 0),
                  }
                : null
            }
            containerWidth={width}
            containerHeight={height}
          >
            {focusedModel ? (
              <>
                <strong>{focusedModel.name}</strong> ({focusedModel.organisation},{' '}
                {formatDate(parseDate(focusedModel.date))})
                <br />
                {interpolate(t.parametersValue, { value: formatCount(focusedModel.parameters ?? 0, locale) })}
                {focusedModel.activeParameters
                  ? ` · ${interpolate(t.activeLabel, { active: formatCount(focusedModel.activeParameters, locale) })}`
                  : null}
                <br />
                {t.colStatus}: {statusText(focusedModel, locale)} ·{' '}
                <SourceLink href={focusedModel.source} text={t.source} />
                {focusedModel.note ? (
                  <>
                    <br />
                    <span style={{ color: 'var(--ts-muted)' }}>{focusedModel.note}</span>
                  </>
                ) : null}
              </>
            ) : null}
          </Readout>
        </div>
      ) : null}
      {view === 'chart' ? <Hint>{t.hint}</Hint> : null}
      <Legend
        label={t.legend}
        items={[
          { kind: 'official', text: t.official },
          { kind: 'estimate', text: t.estimate },
          { kind: 'rumour', text: t.rumour },
          { kind: 'active', text: t.active },
          ...(references.length ? [{ kind: 'reference' as const, text: t.brainAnalogy }] : []),
        ]}
      />
      {view === 'chart' && offScale.length > 0 ? (
        <Hint>{interpolate(t.offScale, { items: offScale.map((r) => r.label).join(', ') })}</Hint>
      ) : null}
      {undisclosed.length > 0 ? (
        <Hint>{interpolate(t.parametersUndisclosed, { names: undisclosed.map((m) => m.name).join(', ') })}</Hint>
      ) : null}
    </ChartFigure>
  );
}

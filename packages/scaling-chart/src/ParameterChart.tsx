'use client';
import { interpolate } from '@tensorscope/common';
import { useTensorscopeSettings } from '@tensorscope/common/react';
import { Group } from '@visx/group';
import { useMemo, useRef, useState } from 'react';
import { formatCount } from './core/formatCount.js';
import { brainReferences, parameterCsv } from './core/modelData.js';
import { parseDate, validateModels, type ModelRecord } from './core/models.js';
import { CHATGPT_LAUNCH, type ChartAnnotation } from './data/annotations.js';
import { NOTABLE_MODELS } from './data/notableModels.js';
import { BRAIN_NEURONS, BRAIN_SYNAPSES } from './data/references.js';
import { messages } from './messages.js';
import { ParameterPoints } from './parameter/ParameterPoints.js';
import { ParameterReadout } from './parameter/ParameterReadout.js';
import { ParameterTable } from './parameter/ParameterTable.js';
import { ReferenceBands } from './parameter/ReferenceBands.js';
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
import type { AxisScale } from './ui/valueScale.js';
import { checkTimeChartProps } from './core/propChecks.js';
import { GuardedView } from './ui/GuardedView.js';

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

/**
 * Parameter counts of notable models over time on a log axis ("each gridline = ×10") or a linear one.
 * Official figures are filled, estimates hollow, rumours dashed; mixture-of-experts models also show
 * their active parameters; the brain's neurons and synapses are reference lines.
 */
export function ParameterChart(props: ParameterChartProps) {
  return (
    <GuardedView
      props={props}
      check={(props) => checkTimeChartProps(props)}
      render={(checked) => <ParameterChartView {...checked} />}
    />
  );
}

function ParameterChartView(props: ParameterChartProps) {
  const { locale, theme } = useTensorscopeSettings(props);
  const t = messages[locale];
  const { parentRef, width } = useChartWidth(props.width);
  const height = props.height ?? 400;
  const showNeurons = props.showBrainReference ?? true;
  const showSynapses = props.showSynapseReference ?? true;
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
  const narrow = innerWidth < 460;
  const references = brainReferences(showNeurons ? BRAIN_NEURONS : null, showSynapses ? BRAIN_SYNAPSES : null, {
    neurons: narrow ? t.brainNeuronsShort : t.brainNeurons,
    synapses: narrow ? t.brainSynapsesShort : t.brainSynapses,
  });
  const scales = useMemo(() => {
    if (models.length === 0) return null;
    const values = models.flatMap((m) => [m.parameters ?? 0, m.activeParameters ?? 0]);
    // On a log axis the references fit; on a linear one they would flatten every model to zero.
    if (axis === 'log' && showNeurons) values.push(BRAIN_NEURONS.value);
    if (axis === 'log' && showSynapses) values.push(BRAIN_SYNAPSES.high ?? BRAIN_SYNAPSES.value);
    const times = models.map((m) => parseDate(m.date));
    return timeValueScales(times, values, axis, innerWidth, innerHeight);
  }, [models, axis, innerWidth, innerHeight, showNeurons, showSynapses]);

  const focusedModel = visible.find((m) => m.name === focused) ?? null;
  const maxY = scales ? (scales.scale.domain()[1] ?? 0) : 0;
  const offScale = references.filter((r) => r.value > maxY);
  const allRows = [...models, ...undisclosed];
  const axisNote = axis === 'log' ? t.gridNote : t.linearNote;

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
          csv={() => parameterCsv(allRows)}
          locale={locale}
        />
      </Toolbar>
      <SkippedNote skipped={skipped} locale={locale} />
      {view === 'table' ? (
        <ParameterTable models={allRows} locale={locale} />
      ) : scales ? (
        <ChartCanvas
          svgRef={svgRef}
          width={width}
          height={height}
          label={`${t.parameterTitle}. ${axisNote}`}
          onEscape={() => setFocused(null)}
          readout={
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
              {focusedModel ? <ParameterReadout model={focusedModel} locale={locale} /> : null}
            </Readout>
          }
        >
          <Group top={MARGIN.top} left={MARGIN.left}>
            <TimeValueAxes
              scales={scales}
              innerWidth={innerWidth}
              innerHeight={innerHeight}
              marginLeft={MARGIN.left}
              title={`${t.parameterAxis} · ${axisNote}`}
              tickFormat={(v) => formatCount(v, locale)}
              annotations={props.annotations ?? DEFAULT_ANNOTATIONS}
              locale={locale}
            />
            <ReferenceBands references={references} y={scales.scale} maxY={maxY} innerWidth={innerWidth} />
            <ParameterPoints
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

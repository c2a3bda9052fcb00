'use client';
import { useTensorscopeSettings } from '@tensorscope/common/react';
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear, scaleLog } from '@visx/scale';
import { useId, useMemo, useRef, useState } from 'react';
import { scalingLawCurves, type LawAxis } from './core/lawCurves.js';
import { frontierCsv, frontierRows, lawMarkers, lossDomain, markerX, powerTicks } from './core/lawData.js';
import { validateModels, type ModelRecord } from './core/models.js';
import { NOTABLE_MODELS } from './data/notableModels.js';
import { SCALING_LAWS, type ScalingLawId } from './data/scalingLaws.js';
import { FrontierTable } from './law/FrontierTable.js';
import { LawCurvePaths } from './law/LawCurvePaths.js';
import { LawMarkers } from './law/LawMarkers.js';
import { LawReadout } from './law/LawReadout.js';
import { lawTickLabel } from './law/lawText.js';
import { messages } from './messages.js';
import { axisColours, bottomTickLabel, leftTickLabel } from './ui/axisStyle.js';
import { ChartCanvas } from './ui/ChartCanvas.js';
import { ChartFigure } from './ui/ChartFigure.js';
import type { ChartFrameProps } from './ui/chartFrameProps.js';
import { SelectField, Toolbar, ToggleGroup } from './ui/controls.js';
import { Hint, Readout } from './ui/Readout.js';
import { SkippedNote } from './ui/SkippedNote.js';
import { SourceLink } from './ui/SourceLink.js';
import { Legend } from './ui/StatusMark.js';
import { useChartWidth } from './ui/useChartWidth.js';
import { usePropState } from './ui/usePropState.js';
import { ViewAndExport } from './ui/ViewControls.js';
import { checkScalingLawChartProps } from './core/propChecks.js';
import { GuardedView } from './ui/GuardedView.js';

export interface ScalingLawChartProps extends ChartFrameProps {
  /** Initial law: `'chinchilla'` (Hoffmann et al. 2022, as published), `'epoch'` (Besiroglu et al. 2024 refit) or `'kaplan'` (2020). Default `'chinchilla'`. */
  law?: ScalingLawId;
  /** Initial x-axis: training `'compute'` (FLOP), `'parameters'` or `'tokens'`. Default `'compute'`. */
  axis?: LawAxis;
  /** Models marked on the curves: dense models with a published (non-rumour) size and token count. Default: {@link NOTABLE_MODELS}. */
  models?: readonly ModelRecord[];
  /** Initial view: the chart or a table of the compute-optimal frontier. Default `'chart'`. */
  view?: 'chart' | 'table';
  /** Height in pixels. Default 400. */
  height?: number;
}

const MARGIN = { top: 28, right: 64, bottom: 40, left: 52 };
const LAW_IDS = Object.keys(SCALING_LAWS) as ScalingLawId[];

/**
 * Predicted loss against compute, parameters or tokens for a published scaling law, with the
 * compute-optimal frontier (the lowest loss for each budget), the "20 tokens per parameter" rule of
 * thumb and notable models placed on the curves.
 */
export function ScalingLawChart(props: ScalingLawChartProps) {
  return (
    <GuardedView
      props={props}
      check={(p) => checkScalingLawChartProps(p, LAW_IDS)}
      render={(checked) => <ScalingLawChartView {...checked} />}
    />
  );
}

function ScalingLawChartView(props: ScalingLawChartProps) {
  const { locale, theme } = useTensorscopeSettings(props);
  const t = messages[locale];
  const { parentRef, width } = useChartWidth(props.width);
  const height = props.height ?? 400;
  const [lawId, setLawId] = usePropState<ScalingLawId>(props.law, 'chinchilla');
  const [axis, setAxis] = usePropState<LawAxis>(props.axis, 'compute');
  const [view, setView] = usePropState<'chart' | 'table'>(props.view, 'chart');
  const [focused, setFocused] = useState<string | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const clipId = useId().replace(/:/g, '');
  const law = SCALING_LAWS[lawId] ?? SCALING_LAWS.chinchilla;

  const { skipped, markers } = useMemo(() => {
    const { models, skipped } = validateModels(props.models ?? NOTABLE_MODELS, ['parameters', 'trainingTokens']);
    return { skipped, markers: lawMarkers(models, law) };
  }, [props.models, law]);
  const curves = useMemo(() => scalingLawCurves(law, axis), [law, axis]);

  const innerWidth = width - MARGIN.left - MARGIN.right;
  const innerHeight = height - MARGIN.top - MARGIN.bottom;
  const x = scaleLog<number>({ domain: [...curves.domain], range: [0, innerWidth] });
  const y = scaleLinear<number>({ domain: lossDomain(curves, markers), range: [innerHeight, 0], nice: true });
  const xTicks = powerTicks(curves.domain, innerWidth);
  const point = (p: readonly [number, number]) => [x(p[0]) ?? 0, y(p[1]) ?? 0] as const;
  const focusedMarker = markers.find((m) => m.model.name === focused) ?? null;
  const axisTitle = { compute: t.lawAxisCompute, parameters: t.lawAxisParameters, tokens: t.lawAxisTokens }[axis];
  const lawName = t[`law_${lawId}`];
  const frontier = frontierRows(law);
  const lossRange = y.domain() as [number, number];

  return (
    <ChartFigure
      title={t.lawTitle}
      baseClass="ts-scaling-law-chart"
      className={props.className}
      theme={theme}
      width={props.width}
      style={props.style}
      figureRef={parentRef}
    >
      <Toolbar label={t.chartControls}>
        <SelectField
          label={t.law}
          value={lawId}
          onChange={setLawId}
          options={LAW_IDS.map((id) => ({ value: id, label: t[`law_${id}`] }))}
        />
        <ToggleGroup
          label={t.xAxis}
          value={axis}
          onChange={setAxis}
          options={[
            { value: 'compute', label: t.compute },
            { value: 'parameters', label: t.parameters },
            { value: 'tokens', label: t.tokens },
          ]}
        />
        <ViewAndExport
          view={view}
          onView={setView}
          showExport={props.showExport}
          title={`${t.lawTitle}: ${lawName}`}
          svgRef={svgRef}
          filename={`scaling-law-${lawId}-${axis}`}
          csv={() => frontierCsv(frontier, law)}
          locale={locale}
        />
      </Toolbar>
      <SkippedNote skipped={skipped} locale={locale} />
      {view === 'table' ? (
        <FrontierTable rows={frontier} caption={`${t.frontierTable} — ${lawName}`} locale={locale} />
      ) : (
        <ChartCanvas
          svgRef={svgRef}
          width={width}
          height={height}
          label={`${t.lawTitle}: ${lawName}, ${axisTitle}`}
          onEscape={() => setFocused(null)}
          readout={
            <Readout
              className="ts-scaling-law-chart__readout"
              anchor={
                focusedMarker
                  ? {
                      x: MARGIN.left + (x(markerX(focusedMarker, axis)) ?? 0),
                      y: MARGIN.top + (y(focusedMarker.loss) ?? 0),
                    }
                  : null
              }
              containerWidth={width}
              containerHeight={height}
            >
              {focusedMarker ? <LawReadout marker={focusedMarker} law={law} locale={locale} /> : null}
            </Readout>
          }
        >
          <defs>
            <clipPath id={clipId}>
              <rect x={0} y={0} width={innerWidth} height={innerHeight} />
            </clipPath>
          </defs>
          <Group top={MARGIN.top} left={MARGIN.left}>
            {xTicks.ticks.map((d) => (
              <line key={d} x1={x(d)} x2={x(d)} y1={0} y2={innerHeight} stroke="var(--ts-grid)" />
            ))}
            {y.ticks(5).map((d) => (
              <line key={d} x1={0} x2={innerWidth} y1={y(d)} y2={y(d)} stroke="var(--ts-grid)" />
            ))}
            <text x={-MARGIN.left + 4} y={-14} fontSize={11} fill="var(--ts-fg)">
              {t.lossAxis}
            </text>
            <AxisLeft scale={y} numTicks={5} {...axisColours} tickLabelProps={leftTickLabel} />
            <AxisBottom
              top={innerHeight}
              scale={x}
              tickValues={xTicks.labelled}
              tickFormat={(v) => lawTickLabel(Number(v), axis, locale)}
              {...axisColours}
              tickLabelProps={bottomTickLabel}
              label={`${axisTitle} · ${t.gridNote}`}
              labelProps={{ fill: 'var(--ts-fg)', fontSize: 11, textAnchor: 'middle' }}
              labelOffset={6}
            />
            <LawCurvePaths curves={curves} point={point} lossRange={lossRange} clipId={clipId} locale={locale} />
            <LawMarkers
              markers={markers}
              axis={axis}
              xDomain={curves.domain}
              maxLoss={lossRange[1]}
              point={point}
              innerWidth={innerWidth}
              focused={focused}
              onFocus={setFocused}
              locale={locale}
            />
          </Group>
        </ChartCanvas>
      )}
      {view === 'chart' ? <Hint>{t.lawHint}</Hint> : null}
      <Legend
        label={t.legend}
        items={[
          { kind: 'frontier', text: t.frontier },
          { kind: 'family', text: axis === 'parameters' ? t.familiesTokens : t.familiesParameters },
          { kind: 'heuristic', text: t.heuristic },
          { kind: 'official', text: t.lawModels },
        ]}
      />
      <Hint>
        {lawId === 'kaplan' ? t.kaplanNote : lawId === 'chinchilla' ? t.chinchillaNote : t.epochNote}{' '}
        <SourceLink href={law.source} text={t.source} />
      </Hint>
    </ChartFigure>
  );
}

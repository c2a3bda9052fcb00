'use client';
import { formatNumber, interpolate } from '@tensorscope/common';
import { useTensorscopeSettings } from '@tensorscope/common/react';
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear, scaleLog } from '@visx/scale';
import { useId, useMemo, useRef, useState } from 'react';
import { toCsv } from './core/csv.js';
import { formatCount } from './core/formatCount.js';
import { formatScientific } from './core/formatScientific.js';
import { logSpace, scalingLawCurves, type LawAxis } from './core/lawCurves.js';
import { validateModels, type ModelRecord } from './core/models.js';
import { computeOptimal, predictLoss } from './core/scalingLaws.js';
import { trainingFlops } from './core/trainingFlops.js';
import { NOTABLE_MODELS } from './data/notableModels.js';
import { SCALING_LAWS, type ScalingLawId } from './data/scalingLaws.js';
import type { ChartFrameProps } from './ui/chartFrameProps.js';
import { messages } from './messages.js';
import { axisColours, bottomTickLabel, leftTickLabel } from './ui/axisStyle.js';
import { ChartFigure } from './ui/ChartFigure.js';
import { SelectField, Toolbar, ToggleGroup } from './ui/controls.js';
import { DataTable } from './ui/DataTable.js';
import { statusText } from './ui/describe.js';
import { Hint, Readout } from './ui/Readout.js';
import { SkippedNote } from './ui/SkippedNote.js';
import { SourceLink } from './ui/SourceLink.js';
import { Legend, StatusCircle } from './ui/StatusMark.js';
import { useChartWidth } from './ui/useChartWidth.js';
import { usePropState } from './ui/usePropState.js';
import { ViewAndExport } from './ui/ViewControls.js';
import { linePath } from './ui/valueScale.js';

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
/** Models named on the chart without hovering, and on which side of the point. */
const LABELLED: Readonly<Record<string, 'above' | 'below'>> = {
  'GPT-3': 'above',
  Chinchilla: 'below',
  'Llama 3.1 405B': 'above',
};

/**
 * Where to write each curve's label: at its right end, nudged apart vertically (at least 11px) so
 * curves that converge do not print their labels on top of each other.
 */
function familyLabels<F extends { points: readonly (readonly [number, number])[] }>(
  families: readonly F[],
  point: (p: readonly [number, number]) => readonly [number, number],
  [low, high]: [number, number],
): { family: F; x: number; y: number }[] {
  const placed = families.flatMap((family) => {
    const last = [...family.points].reverse().find((p) => p[1] >= low && p[1] <= high);
    if (!last) return [];
    const [x, y] = point(last);
    return [{ family, x, y }];
  });
  placed.sort((a, b) => b.y - a.y);
  for (let i = 1; i < placed.length; i++) placed[i]!.y = Math.min(placed[i]!.y, placed[i - 1]!.y - 11);
  return placed;
}

/** A model placed on the law: its size, data, compute and predicted loss. */
interface Marker {
  model: ModelRecord;
  parameters: number;
  tokens: number;
  compute: number;
  loss: number;
}

/**
 * Predicted loss against compute, parameters or tokens for a published scaling law, with the
 * compute-optimal frontier (the lowest loss for each budget), the "20 tokens per parameter" rule of
 * thumb and notable models placed on the curves.
 */
export function ScalingLawChart(props: ScalingLawChartProps) {
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
    const markers: Marker[] = models
      .filter((m) => !m.activeParameters && m.status !== 'rumour' && m.trainingTokens?.status !== 'rumour')
      .map((m) => {
        const parameters = m.parameters!;
        const tokens = m.trainingTokens!.value;
        return {
          model: m,
          parameters,
          tokens,
          compute: trainingFlops(parameters, tokens),
          loss: predictLoss(law, parameters, tokens),
        };
      });
    return { skipped, markers };
  }, [props.models, law]);
  const curves = useMemo(() => scalingLawCurves(law, axis), [law, axis]);

  const innerWidth = width - MARGIN.left - MARGIN.right;
  const innerHeight = height - MARGIN.top - MARGIN.bottom;
  const xOf = (m: Marker) => (axis === 'compute' ? m.compute : axis === 'parameters' ? m.parameters : m.tokens);
  const x = scaleLog<number>({ domain: [...curves.domain], range: [0, innerWidth] });
  const losses = [...curves.frontier.map((p) => p[1]), ...markers.map((m) => m.loss)];
  const low = Math.min(...losses);
  const allLosses = [...losses, ...curves.families.flatMap((f) => f.points.map((p) => p[1]))];
  const high = Math.min(Math.max(...allLosses), low + 2.5);
  const y = scaleLinear<number>({ domain: [Math.max(0, low - 0.1), high], range: [innerHeight, 0], nice: true });
  const xTicks = logSpace(
    curves.domain[0],
    curves.domain[1],
    Math.round(Math.log10(curves.domain[1] / curves.domain[0])) + 1,
  );
  // Every other power of ten when the axis is too narrow for all of them.
  const xLabelTicks = xTicks.filter((_, k) => innerWidth / xTicks.length >= 44 || k % 2 === 0);
  const xLabel = (v: number) =>
    axis === 'compute' ? formatScientific(v, locale).replace(/^1 × /, '') : formatCount(v, locale);
  const point = (p: readonly [number, number]) => [x(p[0]) ?? 0, y(p[1]) ?? 0] as const;

  const sizeText = (n: number) => formatCount(n, locale);
  const optimumFor = (m: Marker) => computeOptimal(law, m.compute);
  const markerLabel = (m: Marker) =>
    interpolate(t.lawPointLabel, {
      name: m.model.name,
      parameters: sizeText(m.parameters),
      tokens: sizeText(m.tokens),
      ratio: formatNumber(m.tokens / m.parameters, locale, { maximumFractionDigits: 1 }),
      loss: formatNumber(m.loss, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    });
  const focusedMarker = markers.find((m) => m.model.name === focused) ?? null;
  const axisTitle = { compute: t.lawAxisCompute, parameters: t.lawAxisParameters, tokens: t.lawAxisTokens }[axis];
  const familyLabel = (f: (typeof curves.families)[number]) =>
    interpolate(f.fixed === 'parameters' ? t.familyParameters : t.familyTokens, { value: sizeText(f.value) });

  const frontierRows = logSpace(1e18, 1e27, 10).map((c) => computeOptimal(law, c));
  const csv = () =>
    toCsv(
      [
        { key: 'compute', header: 'compute_flop' },
        { key: 'parameters', header: 'optimal_parameters' },
        { key: 'tokens', header: 'optimal_tokens' },
        { key: 'ratio', header: 'tokens_per_parameter' },
        { key: 'loss', header: 'predicted_loss_nats' },
        { key: 'law', header: 'law' },
        { key: 'source', header: 'source' },
      ],
      frontierRows.map((o) => ({
        compute: o.compute,
        parameters: o.parameters,
        tokens: o.tokens,
        ratio: o.tokens / o.parameters,
        loss: o.loss,
        law: law.name,
        source: law.source,
      })),
    );

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
          title={`${t.lawTitle}: ${t[`law_${lawId}`]}`}
          svgRef={svgRef}
          filename={`scaling-law-${lawId}-${axis}`}
          csv={csv}
          locale={locale}
        />
      </Toolbar>
      <SkippedNote skipped={skipped} locale={locale} />
      {view === 'table' ? (
        <DataTable
          caption={`${t.frontierTable} — ${t[`law_${lawId}`]}`}
          rows={frontierRows}
          rowKey={(o) => String(o.compute)}
          columns={[
            { key: 'compute', header: t.colCompute, numeric: true, cell: (o) => formatScientific(o.compute, locale) },
            { key: 'parameters', header: t.colOptimalParameters, numeric: true, cell: (o) => sizeText(o.parameters) },
            { key: 'tokens', header: t.colOptimalTokens, numeric: true, cell: (o) => sizeText(o.tokens) },
            {
              key: 'ratio',
              header: t.colRatio,
              numeric: true,
              cell: (o) => formatNumber(o.tokens / o.parameters, locale, { maximumFractionDigits: 1 }),
            },
            {
              key: 'loss',
              header: t.colLoss,
              numeric: true,
              cell: (o) => formatNumber(o.loss, locale, { maximumFractionDigits: 3 }),
            },
          ]}
        />
      ) : (
        <div style={{ position: 'relative' }}>
          <svg
            ref={svgRef}
            width={width}
            height={height}
            role="group"
            aria-label={`${t.lawTitle}: ${t[`law_${lawId}`]}, ${axisTitle}`}
            style={{ display: 'block', maxWidth: '100%', fontFamily: 'var(--ts-font)' }}
            onKeyDown={(event) => event.key === 'Escape' && setFocused(null)}
          >
            <defs>
              <clipPath id={clipId}>
                <rect x={0} y={0} width={innerWidth} height={innerHeight} />
              </clipPath>
            </defs>
            <Group top={MARGIN.top} left={MARGIN.left}>
              {xTicks.map((d) => (
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
                tickValues={xLabelTicks}
                tickFormat={(v) => xLabel(Number(v))}
                {...axisColours}
                tickLabelProps={bottomTickLabel}
                label={`${axisTitle} · ${t.gridNote}`}
                labelProps={{ fill: 'var(--ts-fg)', fontSize: 11, textAnchor: 'middle' }}
                labelOffset={6}
              />
              <g clipPath={`url(#${clipId})`} fill="none">
                {curves.families.map((f) => (
                  <path
                    key={f.value}
                    d={linePath(f.points.map(point))}
                    stroke="var(--ts-accent)"
                    strokeOpacity={0.55}
                    strokeWidth={1.5}
                  />
                ))}
                <path
                  d={linePath(curves.heuristic.map(point))}
                  stroke="var(--ts-fg)"
                  strokeWidth={1.5}
                  strokeDasharray="2 3"
                />
                <path
                  className="ts-scaling-law-chart__frontier"
                  d={linePath(curves.frontier.map(point))}
                  stroke="var(--ts-focus)"
                  strokeWidth={3}
                />
              </g>
              {familyLabels(curves.families, point, y.domain() as [number, number]).map(({ family, x: lx, y: ly }) => (
                <text key={family.value} x={lx + 4} y={ly} dy="0.33em" fontSize={10} fill="var(--ts-fg)">
                  {familyLabel(family)}
                </text>
              ))}
              {markers.map((m) => {
                const xValue = xOf(m);
                if (xValue < curves.domain[0] || xValue > curves.domain[1] || m.loss > y.domain()[1]!) return null;
                const [cx, cy] = point([xValue, m.loss]);
                const isFocused = m.model.name === focused;
                return (
                  <g
                    key={m.model.name}
                    role="button"
                    tabIndex={0}
                    aria-label={markerLabel(m)}
                    aria-pressed={isFocused}
                    className="ts-scaling-law-chart__model"
                    onFocus={() => setFocused(m.model.name)}
                    onMouseEnter={() => setFocused(m.model.name)}
                    onClick={() => setFocused(m.model.name)}
                    style={{ cursor: 'pointer', outline: 'none' }}
                  >
                    <StatusCircle cx={cx} cy={cy} status={m.model.status} focused={isFocused} />
                    {isFocused || (m.model.name in LABELLED && innerWidth > 420) ? (
                      <text
                        x={cx + 9}
                        y={LABELLED[m.model.name] === 'below' ? cy + 16 : cy - 8}
                        fontSize={11}
                        fontWeight={isFocused ? 600 : 400}
                        fill="var(--ts-fg)"
                      >
                        {m.model.name}
                      </text>
                    ) : null}
                  </g>
                );
              })}
            </Group>
          </svg>
          <Readout
            className="ts-scaling-law-chart__readout"
            anchor={
              focusedMarker
                ? { x: MARGIN.left + (x(xOf(focusedMarker)) ?? 0), y: MARGIN.top + (y(focusedMarker.loss) ?? 0) }
                : null
            }
            containerWidth={width}
            containerHeight={height}
          >
            {focusedMarker ? (
              <>
                <strong>{focusedMarker.model.name}</strong>
                <br />
                {markerLabel(focusedMarker).replace(`${focusedMarker.model.name}: `, '')}
                <br />
                {(() => {
                  const o = optimumFor(focusedMarker);
                  return interpolate(t.optimumLabel, {
                    compute: formatScientific(focusedMarker.compute, locale),
                    parameters: sizeText(o.parameters),
                    tokens: sizeText(o.tokens),
                    loss: formatNumber(o.loss, locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
                  });
                })()}
                <br />
                {t.colStatus}: {statusText(focusedMarker.model, locale)} ·{' '}
                <SourceLink
                  href={focusedMarker.model.trainingTokens?.source ?? focusedMarker.model.source}
                  text={t.source}
                />
              </>
            ) : null}
          </Readout>
        </div>
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

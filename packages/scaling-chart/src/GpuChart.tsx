'use client';
import { formatNumber, interpolate } from '@tensorscope/common';
import { useTensorscopeSettings } from '@tensorscope/common/react';
import { AxisBottom } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand } from '@visx/scale';
import { useMemo, useRef, useState } from 'react';
import { validateAccelerators, type AcceleratorMetric, type AcceleratorRecord } from './core/accelerators.js';
import { toCsv } from './core/csv.js';
import { isPositiveNumber } from './core/sourced.js';
import { ACCELERATORS } from './data/accelerators.js';
import type { ChartFrameProps } from './ui/chartFrameProps.js';
import { messages } from './messages.js';
import { axisColours, bottomTickLabel } from './ui/axisStyle.js';
import { ChartFigure } from './ui/ChartFigure.js';
import { SelectField, Toolbar } from './ui/controls.js';
import { DataTable } from './ui/DataTable.js';
import { statusText } from './ui/describe.js';
import { Hint, Readout } from './ui/Readout.js';
import { SkippedNote } from './ui/SkippedNote.js';
import { SourceLink } from './ui/SourceLink.js';
import { Legend } from './ui/StatusMark.js';
import { useChartWidth } from './ui/useChartWidth.js';
import { usePropState } from './ui/usePropState.js';
import { ScaleToggle, ViewAndExport } from './ui/ViewControls.js';
import { makeValueScale, type AxisScale } from './ui/valueScale.js';

/** A throughput measured on the reader's own device, e.g. what tensor-core's `measureThroughput` returns. */
export interface YourDevice {
  /** Measured GFLOP/s (10^9 FLOP per second). */
  gflops: number;
  /** The backend that ran the measurement, e.g. `'webgpu'`. */
  backend: string;
}

export interface GpuChartProps extends ChartFrameProps {
  /** Accelerators to compare. Default: the built-in, sourced {@link ACCELERATORS} (V100 → B200, TPU v4, RTX 4090). */
  accelerators?: readonly AcceleratorRecord[];
  /** Initial figure: `'fp16'` (dense FP16/BF16 tensor), `'fp16Sparse'`, `'fp32'`, `'memory'` or `'bandwidth'`. Default `'fp16'`. */
  metric?: AcceleratorMetric;
  /** Add a bar for the reader's own measured throughput (FLOP/s figures only). Default: none. */
  yourDevice?: YourDevice;
  /** Initial value axis: `'log'` (each gridline = ×10) or `'linear'`. Default `'log'`. */
  scale?: AxisScale;
  /** Initial view: the chart or a table of the same data. Default `'chart'`. */
  view?: 'chart' | 'table';
}

const ROW = 30;
const MARGIN = { top: 8, right: 96, bottom: 36, left: 0 };
const DEVICE = '__device__';
const FLOPS_METRICS: readonly AcceleratorMetric[] = ['fp16', 'fp16Sparse', 'fp32'];

/**
 * Accelerator throughput by generation as horizontal bars: dense FP16/BF16 tensor TFLOP/s by
 * default (sparse figures only when chosen, and labelled), or FP32, memory or bandwidth; plus,
 * optionally, the reader's own measured device.
 */
export function GpuChart(props: GpuChartProps) {
  const { locale, theme } = useTensorscopeSettings(props);
  const t = messages[locale];
  const { parentRef, width } = useChartWidth(props.width);
  const [metric, setMetric] = usePropState<AcceleratorMetric>(props.metric, 'fp16');
  const [axis, setAxis] = usePropState<AxisScale>(props.scale, 'log');
  const [view, setView] = usePropState<'chart' | 'table'>(props.view, 'chart');
  const [focused, setFocused] = useState<string | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);

  const { accelerators, skipped } = useMemo(() => {
    const result = validateAccelerators(props.accelerators ?? ACCELERATORS);
    return { ...result, accelerators: [...result.accelerators].sort((a, b) => a.date.localeCompare(b.date)) };
  }, [props.accelerators]);
  const device = props.yourDevice;
  const deviceProblem =
    device !== undefined && (!isPositiveNumber(device?.gflops) || typeof device?.backend !== 'string')
      ? interpolate(t.deviceInvalid, { value: String(device?.gflops) })
      : null;
  const showDevice = device !== undefined && !deviceProblem && FLOPS_METRICS.includes(metric);
  const deviceTflops = showDevice ? device.gflops / 1000 : 0;

  const unit = metric === 'memory' ? 'GB' : metric === 'bandwidth' ? 'GB/s' : 'TFLOPS';
  const metricLabel: Record<AcceleratorMetric, string> = {
    fp16: t.metricFp16,
    fp16Sparse: t.metricFp16Sparse,
    fp32: t.metricFp32,
    memory: t.metricMemory,
    bandwidth: t.metricBandwidth,
  };
  const rows = [...accelerators.map((a) => a.name), ...(showDevice ? [DEVICE] : [])];
  // On a phone the year is dropped from the bar labels (it stays in the spoken label and the card).
  const narrow = width < 520;
  const shortName = (a: AcceleratorRecord) => (narrow ? a.name : `${a.name} (${a.date.slice(0, 4)})`);
  const longest = Math.max(0, ...accelerators.map((a) => shortName(a).length), showDevice ? 16 : 0);
  const labelWidth = Math.min(Math.round(longest * 6.3) + 12, width * 0.42);
  const margin = { ...MARGIN, left: labelWidth };
  const innerWidth = width - margin.left - margin.right;
  const innerHeight = rows.length * ROW;
  const height = innerHeight + margin.top + margin.bottom;
  const y = scaleBand<string>({ domain: rows, range: [0, innerHeight], padding: 0.25 });
  const values = accelerators.map((a) => a[metric]?.value ?? 0);
  const {
    scale: x,
    ticks,
    floor,
  } = makeValueScale(axis, [...values, ...(showDevice ? [deviceTflops] : [])], [0, innerWidth]);

  const format = (value: number) =>
    formatNumber(value, locale, { maximumSignificantDigits: value >= 100 ? 4 : 3 }) + ` ${unit}`;
  const nameOf = (a: AcceleratorRecord) => `${a.name} (${a.date.slice(0, 4)})`;
  const previous = (index: number) => {
    // The previous data-centre chip with a figure, for a "×3.2 vs A100" comparison.
    for (let i = index - 1; i >= 0; i--) {
      const p = accelerators[i]!;
      if (p.kind === 'datacenter' && p[metric] && p.vendor === accelerators[index]!.vendor) return p;
    }
    return null;
  };
  const label = (a: AcceleratorRecord) => {
    const value = a[metric];
    return value
      ? interpolate(t.gpuLabel, {
          name: nameOf(a),
          value: format(value.value),
          metric: metricLabel[metric],
          status: t[value.status],
        })
      : interpolate(t.gpuMissing, { name: nameOf(a), metric: metricLabel[metric] });
  };
  const deviceLabel =
    device && showDevice ? interpolate(t.deviceLabel, { backend: device.backend, value: format(deviceTflops) }) : '';

  const focusedIndex = accelerators.findIndex((a) => a.name === focused);
  const focusedChip = focusedIndex >= 0 ? accelerators[focusedIndex]! : null;
  const anchorFor = (name: string, value: number) => ({
    x: margin.left + Math.max(0, x(Math.max(value, floor || value)) ?? 0),
    y: margin.top + (y(name) ?? 0) + y.bandwidth() / 2,
  });
  const anchor = focusedChip
    ? anchorFor(focusedChip.name, focusedChip[metric]?.value ?? floor)
    : focused === DEVICE && showDevice
      ? anchorFor(DEVICE, deviceTflops)
      : null;

  const csv = () =>
    toCsv(
      [
        { key: 'name', header: 'accelerator' },
        { key: 'vendor', header: 'vendor' },
        { key: 'date', header: 'date' },
        { key: 'kind', header: 'kind' },
        { key: 'fp16', header: 'fp16_dense_tflops' },
        { key: 'fp16Sparse', header: 'fp16_sparse_tflops' },
        { key: 'fp32', header: 'fp32_tflops' },
        { key: 'memory', header: 'memory_gb' },
        { key: 'bandwidth', header: 'bandwidth_gb_s' },
        { key: 'status', header: 'status' },
        { key: 'sources', header: 'sources' },
      ],
      accelerators.map((a) => ({
        name: a.name,
        vendor: a.vendor,
        date: a.date,
        kind: a.kind,
        fp16: a.fp16?.value,
        fp16Sparse: a.fp16Sparse?.value,
        fp32: a.fp32?.value,
        memory: a.memory?.value,
        bandwidth: a.bandwidth?.value,
        status: a[metric]?.status,
        sources: [
          ...new Set(
            (['fp16', 'fp16Sparse', 'fp32', 'memory', 'bandwidth'] as const).flatMap((k) => a[k]?.source ?? []),
          ),
        ].join(' '),
      })),
    );

  const ratio = (() => {
    if (!focusedChip) return null;
    const before = previous(focusedIndex);
    const now = focusedChip[metric]?.value;
    const then = before?.[metric]?.value;
    return before && now && then
      ? interpolate(t.ratio, {
          ratio: formatNumber(now / then, locale, { maximumFractionDigits: 1 }),
          name: before.name,
        })
      : null;
  })();

  return (
    <ChartFigure
      title={t.gpuTitle}
      baseClass="ts-gpu-chart"
      className={props.className}
      theme={theme}
      width={props.width}
      style={props.style}
      figureRef={parentRef}
    >
      <Toolbar label={t.chartControls}>
        <SelectField
          label={t.metric}
          value={metric}
          onChange={setMetric}
          options={(['fp16', 'fp16Sparse', 'fp32', 'memory', 'bandwidth'] as const).map((m) => ({
            value: m,
            label: metricLabel[m],
          }))}
        />
        <ScaleToggle value={axis} onChange={setAxis} locale={locale} />
        <ViewAndExport
          view={view}
          onView={setView}
          showExport={props.showExport}
          title={`${t.gpuTitle}: ${metricLabel[metric]}`}
          svgRef={svgRef}
          filename={`accelerators-${metric}`}
          csv={csv}
          locale={locale}
        />
      </Toolbar>
      <SkippedNote skipped={skipped} locale={locale} />
      {deviceProblem ? (
        <p role="alert" style={{ margin: '0 0 8px', fontSize: 12, color: 'var(--ts-error-fg)' }}>
          {deviceProblem}
        </p>
      ) : null}
      {view === 'table' ? (
        <DataTable
          caption={t.gpuTitle}
          rows={accelerators}
          rowKey={(a) => a.name}
          columns={[
            { key: 'name', header: t.colAccelerator, cell: (a) => a.name },
            { key: 'date', header: t.colDate, cell: (a) => a.date },
            ...(['fp16', 'fp16Sparse', 'fp32', 'memory', 'bandwidth'] as const).map((m) => ({
              key: m,
              header: metricLabel[m],
              numeric: true,
              cell: (a: AcceleratorRecord) =>
                a[m] ? formatNumber(a[m].value, locale, { maximumSignificantDigits: 5 }) : '—',
            })),
            {
              key: 'source',
              header: t.colSource,
              cell: (a) => (a[metric] ? <SourceLink href={a[metric].source} text={t.source} /> : null),
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
            aria-label={`${t.gpuTitle}: ${metricLabel[metric]}. ${axis === 'log' ? t.gridNote : t.linearNote}`}
            style={{ display: 'block', maxWidth: '100%', fontFamily: 'var(--ts-font)' }}
            onKeyDown={(event) => event.key === 'Escape' && setFocused(null)}
          >
            <Group top={margin.top} left={margin.left}>
              {ticks.map((d) => (
                <line key={d} x1={x(d)} x2={x(d)} y1={0} y2={innerHeight} stroke="var(--ts-grid)" />
              ))}
              <AxisBottom
                top={innerHeight}
                scale={x}
                tickValues={ticks}
                tickFormat={(v) => formatNumber(Number(v), locale, { maximumSignificantDigits: 3 })}
                {...axisColours}
                tickLabelProps={bottomTickLabel}
                label={`${metricLabel[metric]} · ${axis === 'log' ? t.gridNote : t.linearNote}`}
                labelProps={{ fill: 'var(--ts-fg)', fontSize: 11, textAnchor: 'middle' }}
                labelOffset={4}
              />
              {accelerators.map((a) => {
                const value = a[metric];
                const top = y(a.name) ?? 0;
                const isFocused = a.name === focused;
                const end = value ? (x(value.value) ?? 0) : 0;
                return (
                  <g
                    key={a.name}
                    role="button"
                    tabIndex={0}
                    aria-label={label(a)}
                    aria-pressed={isFocused}
                    className="ts-gpu-chart__bar"
                    onFocus={() => setFocused(a.name)}
                    onMouseEnter={() => setFocused(a.name)}
                    onClick={() => setFocused(a.name)}
                    style={{ cursor: 'pointer', outline: 'none' }}
                  >
                    <rect
                      x={-labelWidth}
                      y={top - 4}
                      width={labelWidth + innerWidth}
                      height={y.bandwidth() + 8}
                      fill="transparent"
                    />
                    <text
                      x={-8}
                      y={top + y.bandwidth() / 2}
                      dy="0.33em"
                      textAnchor="end"
                      fontSize={11}
                      fill="var(--ts-fg)"
                      fontWeight={isFocused ? 600 : 400}
                    >
                      {shortName(a)}
                    </text>
                    {value ? (
                      <>
                        <rect
                          x={0}
                          y={top}
                          width={Math.max(1, end)}
                          height={y.bandwidth()}
                          rx={2}
                          fill={a.kind === 'consumer' ? 'var(--ts-bg)' : 'var(--ts-accent)'}
                          stroke={isFocused ? 'var(--ts-focus)' : 'var(--ts-accent)'}
                          strokeWidth={isFocused ? 3 : 1.5}
                          strokeDasharray={value.status === 'official' ? undefined : '3 2'}
                        />
                        <text x={end + 6} y={top + y.bandwidth() / 2} dy="0.33em" fontSize={11} fill="var(--ts-fg)">
                          {format(value.value)}
                          {metric === 'fp16Sparse' ? '*' : ''}
                        </text>
                      </>
                    ) : (
                      <text x={4} y={top + y.bandwidth() / 2} dy="0.33em" fontSize={11} fill="var(--ts-muted)">
                        {t.notPublished}
                      </text>
                    )}
                  </g>
                );
              })}
              {showDevice && device ? (
                <g
                  role="button"
                  tabIndex={0}
                  aria-label={deviceLabel}
                  aria-pressed={focused === DEVICE}
                  className="ts-gpu-chart__device"
                  onFocus={() => setFocused(DEVICE)}
                  onMouseEnter={() => setFocused(DEVICE)}
                  onClick={() => setFocused(DEVICE)}
                  style={{ cursor: 'pointer', outline: 'none' }}
                >
                  <text
                    x={-8}
                    y={(y(DEVICE) ?? 0) + y.bandwidth() / 2}
                    dy="0.33em"
                    textAnchor="end"
                    fontSize={11}
                    fontWeight={600}
                    fill="var(--ts-fg)"
                  >
                    {interpolate(t.yourDevice, { backend: device.backend })}
                  </text>
                  <rect
                    x={0}
                    y={y(DEVICE) ?? 0}
                    width={Math.max(1, x(deviceTflops) ?? 0)}
                    height={y.bandwidth()}
                    rx={2}
                    fill="var(--ts-focus)"
                  />
                  <text
                    x={(x(deviceTflops) ?? 0) + 6}
                    y={(y(DEVICE) ?? 0) + y.bandwidth() / 2}
                    dy="0.33em"
                    fontSize={11}
                    fill="var(--ts-fg)"
                  >
                    {format(deviceTflops)}
                  </text>
                </g>
              ) : null}
            </Group>
          </svg>
          <Readout className="ts-gpu-chart__readout" anchor={anchor} containerWidth={width} containerHeight={height}>
            {focusedChip ? (
              <>
                <strong>
                  {focusedChip.vendor} {focusedChip.name}
                </strong>{' '}
                ({focusedChip.date})
                <br />
                {metricLabel[metric]}: {focusedChip[metric] ? format(focusedChip[metric].value) : t.notPublished}
                {ratio ? (
                  <>
                    <br />
                    {ratio}
                  </>
                ) : null}
                <br />
                {focusedChip[metric] ? (
                  <>
                    {t.colStatus}: {statusText(focusedChip[metric], locale)} ·{' '}
                    <SourceLink href={focusedChip[metric].source} text={t.source} />
                  </>
                ) : null}
                {focusedChip[metric]?.note || focusedChip.note ? (
                  <>
                    <br />
                    <span style={{ color: 'var(--ts-muted)' }}>
                      {[focusedChip[metric]?.note, focusedChip.note].filter(Boolean).join(' ')}
                    </span>
                  </>
                ) : null}
              </>
            ) : focused === DEVICE && showDevice ? (
              <>
                <strong>{deviceLabel}</strong>
                <br />
                <span style={{ color: 'var(--ts-muted)' }}>{t.deviceNote}</span>
              </>
            ) : null}
          </Readout>
        </div>
      )}
      {view === 'chart' ? <Hint>{t.gpuHint}</Hint> : null}
      <Legend
        label={t.legend}
        items={[
          { kind: 'bar', text: t.datacenter },
          { kind: 'barHollow', text: t.consumer },
          ...(showDevice ? [{ kind: 'device' as const, text: t.deviceLegend }] : []),
        ]}
      />
      {metric === 'fp16Sparse' ? <Hint>{t.sparseNote}</Hint> : null}
    </ChartFigure>
  );
}

'use client';
import { describeValue, formatNumber, interpolate } from '@tensorscope/common';
import { useTensorscopeSettings } from '@tensorscope/common/react';
import { AxisBottom } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand } from '@visx/scale';
import { useMemo, useRef, useState, type CSSProperties } from 'react';
import { acceleratorCsv, byDate, generationRatio, isFlopsMetric } from './core/acceleratorData.js';
import {
  ACCELERATOR_METRICS,
  validateAccelerators,
  type AcceleratorMetric,
  type AcceleratorRecord,
} from './core/accelerators.js';
import { barLabelWidth } from './core/labelLayout.js';
import { isPositiveNumber } from './core/sourced.js';
import { ACCELERATORS } from './data/accelerators.js';
import { AcceleratorBar, DeviceBar } from './gpu/AcceleratorBar.js';
import { ChipReadout, DeviceReadout } from './gpu/GpuReadout.js';
import { GpuTable } from './gpu/GpuTable.js';
import { chipName, formatMetric, metricLabels } from './gpu/gpuText.js';
import { messages } from './messages.js';
import { axisColours, bottomTickLabel } from './ui/axisStyle.js';
import { ChartCanvas } from './ui/ChartCanvas.js';
import { ChartFigure } from './ui/ChartFigure.js';
import type { ChartFrameProps } from './ui/chartFrameProps.js';
import { SelectField, Toolbar } from './ui/controls.js';
import { Hint, Readout } from './ui/Readout.js';
import { SkippedNote } from './ui/SkippedNote.js';
import { Legend } from './ui/StatusMark.js';
import { useChartWidth } from './ui/useChartWidth.js';
import { usePropState } from './ui/usePropState.js';
import { ScaleToggle, ViewAndExport } from './ui/ViewControls.js';
import { makeValueScale, type AxisScale } from './ui/valueScale.js';
import { checkGpuChartProps } from './core/propChecks.js';
import { GuardedView } from './ui/GuardedView.js';

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
const DEVICE_PROBLEM: CSSProperties = { margin: '0 0 8px', fontSize: 12, color: 'var(--ts-error-fg)' };

/**
 * Accelerator throughput by generation as horizontal bars: dense FP16/BF16 tensor TFLOP/s by
 * default (sparse figures only when chosen, and labelled), or FP32, memory or bandwidth; plus,
 * optionally, the reader's own measured device.
 */
export function GpuChart(props: GpuChartProps) {
  return <GuardedView props={props} check={checkGpuChartProps} render={(checked) => <GpuChartView {...checked} />} />;
}

function GpuChartView(props: GpuChartProps) {
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
    return { ...result, accelerators: byDate(result.accelerators) };
  }, [props.accelerators]);
  const device = props.yourDevice;
  const deviceProblem =
    device !== undefined && (!isPositiveNumber(device?.gflops) || typeof device?.backend !== 'string')
      ? interpolate(t.deviceInvalid, { value: describeValue(device?.gflops) })
      : null;
  const showDevice = device !== undefined && !deviceProblem && isFlopsMetric(metric);
  const deviceTflops = showDevice ? device.gflops / 1000 : 0;
  const labels = metricLabels(locale);

  const rows = [...accelerators.map((a) => a.name), ...(showDevice ? [DEVICE] : [])];
  // On a phone the year is dropped from the bar labels (it stays in the spoken label and the card).
  const narrow = width < 520;
  const shortName = (a: AcceleratorRecord) => (narrow ? a.name : chipName(a));
  const longest = Math.max(0, ...accelerators.map((a) => shortName(a).length), showDevice ? 16 : 0);
  const labelWidth = barLabelWidth(longest, width);
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

  const deviceLabel =
    device && showDevice
      ? interpolate(t.deviceLabel, { backend: device.backend, value: formatMetric(deviceTflops, metric, locale) })
      : '';
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
  const axisNote = axis === 'log' ? t.gridNote : t.linearNote;

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
          options={ACCELERATOR_METRICS.map((m) => ({ value: m, label: labels[m] }))}
        />
        <ScaleToggle value={axis} onChange={setAxis} locale={locale} />
        <ViewAndExport
          view={view}
          onView={setView}
          showExport={props.showExport}
          title={`${t.gpuTitle}: ${labels[metric]}`}
          svgRef={svgRef}
          filename={`accelerators-${metric}`}
          csv={() => acceleratorCsv(accelerators, metric)}
          locale={locale}
        />
      </Toolbar>
      <SkippedNote skipped={skipped} locale={locale} />
      {deviceProblem ? (
        <p role="alert" style={DEVICE_PROBLEM}>
          {deviceProblem}
        </p>
      ) : null}
      {view === 'table' ? (
        <GpuTable accelerators={accelerators} metric={metric} locale={locale} />
      ) : (
        <ChartCanvas
          svgRef={svgRef}
          width={width}
          height={height}
          label={`${t.gpuTitle}: ${labels[metric]}. ${axisNote}`}
          onEscape={() => setFocused(null)}
          readout={
            <Readout className="ts-gpu-chart__readout" anchor={anchor} containerWidth={width} containerHeight={height}>
              {focusedChip ? (
                <ChipReadout
                  chip={focusedChip}
                  metric={metric}
                  comparison={generationRatio(accelerators, focusedIndex, metric)}
                  locale={locale}
                />
              ) : focused === DEVICE && showDevice ? (
                <DeviceReadout label={deviceLabel} locale={locale} />
              ) : null}
            </Readout>
          }
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
              label={`${labels[metric]} · ${axisNote}`}
              labelProps={{ fill: 'var(--ts-fg)', fontSize: 11, textAnchor: 'middle' }}
              labelOffset={4}
            />
            {accelerators.map((a) => (
              <AcceleratorBar
                key={a.name}
                chip={a}
                name={shortName(a)}
                metric={metric}
                row={{ top: y(a.name) ?? 0, thickness: y.bandwidth(), labelWidth, innerWidth }}
                end={a[metric] ? (x(a[metric].value) ?? 0) : 0}
                focused={a.name === focused}
                onFocus={setFocused}
                locale={locale}
              />
            ))}
            {showDevice && device ? (
              <DeviceBar
                id={DEVICE}
                label={deviceLabel}
                name={interpolate(t.yourDevice, { backend: device.backend })}
                text={formatMetric(deviceTflops, metric, locale)}
                top={y(DEVICE) ?? 0}
                thickness={y.bandwidth()}
                end={x(deviceTflops) ?? 0}
                focused={focused === DEVICE}
                onFocus={setFocused}
              />
            ) : null}
          </Group>
        </ChartCanvas>
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

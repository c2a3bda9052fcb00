'use client';
import { formatNumber, interpolate, themedRootStyle, type Locale, type ThemeSetting } from '@tensorscope/common';
import { Field, Input, Select, ToggleGroup, useTensorscopeSettings } from '@tensorscope/common/react';
import { useMemo, useRef, useState, type CSSProperties } from 'react';
import { checkPublishedRuns } from './core/onDevice/checkRuns.js';
import {
  decodeBound,
  estimateDecode,
  estimateMemory,
  memoryKindOf,
  usableBytes,
  type MemoryEstimate,
} from './core/onDevice/costModel.js';
import { ON_DEVICE_DEVICES, ON_DEVICE_MODELS, PUBLISHED_RUNS, WEIGHT_FORMATS } from './core/onDevice/index.js';
import type { DeviceRecord, ModelArchitecture, WeightFormatId } from './core/onDevice/types.js';
import { formatScientific } from './core/formatScientific.js';
import { DeviceTable, type DeviceRow } from './onDevice/DeviceTable.js';
import { formatBytes, formatTps } from './onDevice/format.js';
import { MemoryBar } from './onDevice/MemoryBar.js';
import { onDeviceMessages } from './onDevice/messages.js';
import { RunCheck } from './onDevice/RunCheck.js';
import { ExportButtons } from './ui/ExportButtons.js';
import { GuardedView } from './ui/GuardedView.js';
import { toCsv } from './core/csv.js';
import { checkOnDeviceProps } from './core/propChecks.js';

/** The visitor's own device, as measured in the browser (tensor-core's `measureBandwidth` / `measureThroughput`). */
export interface MeasuredDevice {
  /** Measured memory bandwidth, GB/s. */
  bandwidthGBs: number;
  /** Measured matrix-multiply throughput, TFLOP/s, if known. */
  tflops?: number;
  /** Memory size in GB, if known (browsers do not say; `navigator.deviceMemory` is capped at 8). */
  memoryGB?: number;
  /** What was measured, shown beside it: "WebGPU copy", "wasm host copy, no GPU"… */
  what: string;
  /** A CPU path: the model uses the CPU efficiency. */
  cpu?: boolean;
}

export interface OnDeviceCalculatorProps {
  /** Model id to start with. Default `'llama-3.1-8b'`. */
  model?: string;
  /** Weight format to start with. Default `'q4_k_m'`. */
  format?: WeightFormatId;
  /** Context length to start with, tokens. Default 8192. */
  context?: number;
  /** Device id to start with. Default the measured device when given, else `'macbook-air-m2'`. */
  device?: string;
  /** The visitor's measured device, offered as "this device". */
  yourDevice?: MeasuredDevice | undefined;
  locale?: Locale;
  theme?: ThemeSetting;
  className?: string;
  style?: CSSProperties;
}

const YOURS = 'this-device';

/**
 * Will a model run on a device, and how fast? A memory meter (weights + KV cache + overhead against
 * usable memory), decode tokens/s from memory bandwidth with the arithmetic shown, every device
 * side by side, and the model checked against published measured runs. Numbers carry their sources.
 */
export function OnDeviceCalculator(props: OnDeviceCalculatorProps) {
  return <GuardedView props={props} check={checkOnDeviceProps} render={(checked) => <Calculator {...checked} />} />;
}

function Calculator(props: OnDeviceCalculatorProps) {
  const { locale, theme } = useTensorscopeSettings(props);
  const t = onDeviceMessages[locale];
  const svgRef = useRef<SVGSVGElement>(null);
  const [modelId, setModelId] = useState(props.model ?? 'llama-3.1-8b');
  const [formatId, setFormatId] = useState<WeightFormatId>(props.format ?? 'q4_k_m');
  const [contextText, setContextText] = useState(String(props.context ?? 8192));
  const [deviceId, setDeviceId] = useState(props.device ?? (props.yourDevice ? YOURS : 'macbook-air-m2'));
  const model: ModelArchitecture = ON_DEVICE_MODELS.find((m) => m.id === modelId) ?? ON_DEVICE_MODELS[0]!;
  const format = WEIGHT_FORMATS.find((f) => f.id === formatId) ?? WEIGHT_FORMATS[0]!;
  const maxContext = model.contextLength.value;
  // The context is typed freely; an invalid one shows a message and the last valid result stays.
  const [lastContext, setLastContext] = useState(Math.min(Number(props.context ?? 8192), maxContext));
  const typed = Number(contextText);
  const contextError =
    !Number.isInteger(typed) || typed < 1
      ? interpolate('{field}: a whole number of tokens from 1 to {max}', { field: t.context, max: maxContext })
      : typed > maxContext
        ? interpolate('{field}: {model} supports at most {max} tokens', {
            field: t.context,
            model: model.name,
            max: maxContext,
          })
        : null;
  const context = contextError ? Math.min(lastContext, maxContext) : typed;
  if (!contextError && typed !== lastContext) setLastContext(typed);

  const shape = {
    parameters: model.parameters.value,
    layers: model.layers.value,
    kvHeads: model.kvHeads.value,
    headDim: model.headDim.value,
  };
  const memory: MemoryEstimate = useMemo(
    () => estimateMemory(shape, format.bitsPerWeight.value, context),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [modelId, formatId, context],
  );
  const devices = useMemo(
    () => deviceRows(memory, props.yourDevice, t.thisDevice),
    [memory, props.yourDevice, t.thisDevice],
  );
  const device = devices.find((d) => d.id === deviceId) ?? devices[0]!;
  const record: DeviceRecord | undefined = ON_DEVICE_DEVICES.find((d) => d.id === device.id);
  const cpu =
    device.id === YOURS ? props.yourDevice?.cpu === true : memoryKindOf(record ?? { kind: 'laptop' }) === 'ram';
  const decode = estimateDecode(memory, device.bandwidthGBs, cpu ? 'cpu' : 'gpu');
  const tflops = device.id === YOURS ? props.yourDevice?.tflops : record?.fp16Tflops?.value;
  const bound = tflops ? decodeBound(shape.parameters, decode.bytesPerToken, device.bandwidthGBs, tflops) : null;
  const checked = useMemo(() => checkPublishedRuns(PUBLISHED_RUNS, WEIGHT_FORMATS), []);
  const number = (v: number) => formatNumber(v, locale, { maximumFractionDigits: 2 });

  const csv = () =>
    toCsv(
      [
        { key: 'model', header: 'model' },
        { key: 'format', header: 'format' },
        { key: 'context', header: 'context_tokens' },
        { key: 'name', header: 'device' },
        { key: 'memoryBytes', header: 'memory_bytes' },
        { key: 'bandwidthGBs', header: 'bandwidth_gb_s' },
        { key: 'bandwidthSource', header: 'bandwidth_source' },
        { key: 'fits', header: 'fits' },
        { key: 'tokensPerSecond', header: 'predicted_decode_tokens_per_s' },
      ],
      devices.map((d) => ({ ...d, model: model.name, format: format.id, context })),
    );

  return (
    <section
      className={['ts-on-device', typeof props.className === 'string' ? props.className : ''].filter(Boolean).join(' ')}
      style={{
        ...themedRootStyle(theme),
        display: 'grid',
        gap: 12,
        gridTemplateColumns: 'minmax(0, 1fr)',
        ...props.style,
      }}
      aria-label={t.title}
    >
      {/* Long device names must not widen the page on a phone. */}
      <style href="tensorscope-on-device" precedence="tensorscope">
        {
          '.ts-on-device__controls > * { min-width: 0; max-width: 100%; } .ts-on-device__controls select { max-width: 100%; }'
        }
      </style>
      <h3 style={{ margin: 0, fontSize: 16 }}>{t.title}</h3>
      <div
        className="ts-on-device__controls"
        style={{ display: 'flex', flexWrap: 'wrap', gap: '8px 16px', alignItems: 'end' }}
      >
        <Select<string>
          label={t.model}
          value={model.id}
          onValueChange={setModelId}
          options={ON_DEVICE_MODELS.map((m) => ({ value: m.id, label: m.name }))}
        />
        <ToggleGroup<WeightFormatId>
          label={t.format}
          value={format.id}
          onValueChange={setFormatId}
          items={WEIGHT_FORMATS.map((f) => ({ value: f.id, label: f.name.split(' ')[0]!, title: f.name }))}
        />
        <Field
          label={t.context}
          hint={interpolate(t.contextHint, { max: number(maxContext) })}
          error={contextError ?? undefined}
        >
          <Input
            type="number"
            min={1}
            max={maxContext}
            step={1024}
            value={contextText}
            onChange={(e) => setContextText(e.currentTarget.value)}
            style={{ width: '8em' }}
          />
        </Field>
        <Select<string>
          label={t.device}
          value={device.id}
          onValueChange={setDeviceId}
          options={devices.map((d) => ({ value: d.id, label: d.name }))}
        />
        <ExportButtons
          svgRef={svgRef}
          filename={t.exportName}
          title={`${t.title} — ${model.name}, ${format.id}`}
          csv={csv}
          locale={locale}
          image
        />
      </div>
      <MemoryBar
        memory={memory}
        usableBytes={device.fits === null ? null : usableOf(device, record, props.yourDevice)}
        totalMemoryBytes={device.memoryBytes}
        locale={locale}
        svgRef={svgRef}
      />
      <p style={{ margin: 0, fontSize: 18, fontWeight: 600 }} aria-live="polite">
        {interpolate(t.decode, { tps: formatTps(decode.tokensPerSecond, locale) })}
      </p>
      {bound ? (
        <p style={{ margin: 0 }}>
          {interpolate(t.bound, {
            bytes: formatBytes(decode.bytesPerToken, locale),
            flop: `${formatScientific(2 * shape.parameters, locale)} FLOP`,
            bound: bound.bound === 'bandwidth' ? t.bandwidthBound : t.computeBound,
          })}
        </p>
      ) : null}
      <details>
        <summary>{t.steps}</summary>
        <ol style={{ fontSize: 13, lineHeight: 1.7 }}>
          <li>
            {interpolate(t.stepWeights, {
              params: formatScientific(shape.parameters, locale),
              bits: number(format.bitsPerWeight.value),
              result: formatBytes(memory.weightsBytes, locale),
            })}
          </li>
          <li>
            {interpolate(t.stepKv, {
              layers: shape.layers,
              kvHeads: shape.kvHeads,
              headDim: shape.headDim,
              context: number(context),
              result: formatBytes(memory.kvCacheBytes, locale),
            })}
          </li>
          <li>{interpolate(t.stepOverhead, { result: formatBytes(memory.overheadBytes, locale) })}</li>
          <li>
            {interpolate(t.stepDecode, {
              eff: number(decode.efficiency),
              bandwidth: number(device.bandwidthGBs),
              bytes: formatBytes(decode.bytesPerToken, locale),
              result: formatTps(decode.tokensPerSecond, locale),
            })}
          </li>
        </ol>
        <p style={{ fontSize: 12, color: 'var(--ts-muted)' }}>{t.constants}</p>
      </details>
      <DeviceTable rows={devices} locale={locale} />
      <RunCheck checked={checked} locale={locale} />
    </section>
  );
}

function usableOf(row: DeviceRow, record: DeviceRecord | undefined, yours: MeasuredDevice | undefined): number | null {
  if (row.memoryBytes === null) return null;
  if (record) return usableBytes(record, record.memory.value);
  return usableBytes({ kind: 'laptop', memoryKind: yours?.cpu ? 'ram' : 'unified' }, row.memoryBytes / 1e9);
}

/** Every reference device (and the measured one first) at this memory estimate. */
function deviceRows(memory: MemoryEstimate, yours: MeasuredDevice | undefined, yoursLabel: string): DeviceRow[] {
  const rows: DeviceRow[] = ON_DEVICE_DEVICES.map((d) => {
    const usable = usableBytes(d, d.memory.value);
    const cpu = memoryKindOf(d) === 'ram';
    return {
      id: d.id,
      name: d.name,
      memoryBytes: d.memory.value * 1e9,
      memorySource: d.memory.source,
      bandwidthGBs: d.bandwidth.value,
      bandwidthSource: d.bandwidth.source,
      fits: memory.totalBytes <= usable,
      tokensPerSecond: estimateDecode(memory, d.bandwidth.value, cpu ? 'cpu' : 'gpu').tokensPerSecond,
    };
  });
  if (yours && Number.isFinite(yours.bandwidthGBs) && yours.bandwidthGBs > 0) {
    const memoryBytes = yours.memoryGB ? yours.memoryGB * 1e9 : null;
    const usable =
      memoryBytes === null
        ? null
        : usableBytes({ kind: 'laptop', memoryKind: yours.cpu ? 'ram' : 'unified' }, memoryBytes / 1e9);
    rows.unshift({
      id: YOURS,
      name: interpolate(yoursLabel, { what: yours.what }),
      memoryBytes,
      memorySource: null,
      bandwidthGBs: yours.bandwidthGBs,
      bandwidthSource: null,
      fits: usable === null ? null : memory.totalBytes <= usable,
      tokensPerSecond: estimateDecode(memory, yours.bandwidthGBs, yours.cpu ? 'cpu' : 'gpu').tokensPerSecond,
    });
  }
  return rows;
}

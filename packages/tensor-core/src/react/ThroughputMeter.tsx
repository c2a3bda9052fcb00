'use client';
import {
  checkArray,
  checkFunction,
  checkInteger,
  checkNumber,
  checkObject,
  checkString,
  checkStringArray,
  formatNumber,
  interpolate,
  themedRootStyle,
  type Locale,
  type ThemeName,
  type ThemeSetting,
} from '@tensorscope/common';
import {
  Button,
  ErrorMessage,
  Panel,
  TensorscopeErrorBoundary,
  useTensorscopeSettings,
} from '@tensorscope/common/react';
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { DEFAULT_BACKENDS, type BackendName } from '../core/backends.js';
import type { ThroughputResult } from '../ops/throughput.js';
import { createRuntime, type RuntimeOptions } from '../runtime.js';
import { backendLabels, throughputMessages } from './messages.js';
import { DATASHEET_PEAKS, type ReferencePeak } from './peaks.js';
import { propError, safeLook, safeSettings } from './safeProps.js';

export interface ThroughputMeterProps {
  /** Backends to measure, each on its own. Default: webgpu, webgl, wasm, cpu (those that start). */
  backends?: readonly BackendName[];
  /** Passed to each runtime (e.g. `wasmPaths`). */
  runtimeOptions?: Omit<RuntimeOptions, 'backends'>;
  /** Matrix size; default grows until one product takes ≥ 50 ms. */
  size?: number;
  /** Timed runs per backend. Default 5. */
  runs?: number;
  /** Datasheet peaks drawn for comparison. Default V100, A100, H100 (dense FP16/BF16 tensor). */
  references?: readonly ReferencePeak[];
  /** Start measuring on mount instead of waiting for the button. Default false. */
  autoStart?: boolean;
  /** Called with every finished measurement. */
  onResult?: (results: readonly ThroughputResult[]) => void;
  locale?: Locale;
  theme?: ThemeSetting;
  className?: string;
  style?: CSSProperties;
}

type Row =
  | { kind: 'measured'; backend: BackendName; result: ThroughputResult; software: boolean }
  | { kind: 'failed'; backend: BackendName; reason: string };

/**
 * Measures matrix-multiply GFLOP/s on each backend of this browser, with progress and cancel,
 * and draws them on a log scale next to datasheet peaks of data-centre GPUs.
 */
export function ThroughputMeter(props: ThroughputMeterProps) {
  const { locale, theme } = useTensorscopeSettings(safeSettings(props));
  const error = propError(() => checkMeterProps(props));
  if (error) {
    return (
      <Panel title={throughputMessages[locale].meterTitle} style={themedRootStyle(theme)}>
        <ErrorMessage error={error} locale={locale} />
      </Panel>
    );
  }
  return (
    <TensorscopeErrorBoundary locale={locale}>
      <ThroughputMeterView {...props} locale={locale} theme={theme} />
    </TensorscopeErrorBoundary>
  );
}

/** Refuses props of the wrong type (they come from plain pages and URLs too). */
function checkMeterProps(props: ThroughputMeterProps): void {
  if (props.backends !== undefined) checkStringArray(props.backends, 'backends');
  if (props.runtimeOptions !== undefined) checkObject(props.runtimeOptions, 'runtimeOptions');
  if (props.size !== undefined) checkInteger(props.size, 'size', { min: 16, max: 8192 });
  if (props.runs !== undefined) checkInteger(props.runs, 'runs', { min: 1, max: 100 });
  if (props.onResult !== undefined) checkFunction(props.onResult, 'onResult');
  if (props.references !== undefined) {
    checkArray(props.references, 'references').forEach((peak, i) => {
      const entry = checkObject(peak, `references[${i}]`);
      checkString(entry.name, `references[${i}].name`);
      checkNumber(entry.gflops, `references[${i}].gflops`, { min: Number.MIN_VALUE });
      checkString(entry.precision, `references[${i}].precision`);
    });
  }
}

function ThroughputMeterView(props: ThroughputMeterProps & { locale: Locale; theme: ThemeName }) {
  const { locale, theme } = props;
  const { className, style } = safeLook(props);
  const t = throughputMessages[locale];
  const [rows, setRows] = useState<Row[]>([]);
  const [progress, setProgress] = useState<{ backend: BackendName; done: number; total: number } | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const controller = useRef<AbortController | null>(null);
  const references = props.references ?? DATASHEET_PEAKS;

  const start = async () => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setRows([]);
    setNote(null);
    setError(null);
    const done: Row[] = [];
    try {
      for (const backend of props.backends ?? DEFAULT_BACKENDS) {
        if (abort.signal.aborted) break;
        setProgress({ backend, done: 0, total: props.runs ?? 5 });
        try {
          const runtime = await createRuntime({ ...props.runtimeOptions, backends: [backend] });
          try {
            const result = await runtime.measureThroughput({
              size: props.size,
              runs: props.runs,
              signal: abort.signal,
              onProgress: (n, total) => setProgress({ backend, done: n, total }),
            });
            done.push({ kind: 'measured', backend, result, software: runtime.adapter?.isFallbackAdapter ?? false });
          } finally {
            runtime.dispose();
          }
        } catch (reason) {
          if (abort.signal.aborted) break;
          const message = reason instanceof Error ? reason.message : String(reason);
          done.push({
            kind: 'failed',
            backend,
            reason: message.replace(/^No TensorFlow.js backend could start: \w+: /, ''),
          });
        }
        setRows([...done]);
      }
      if (abort.signal.aborted) setNote(t.cancelled);
      props.onResult?.(done.flatMap((row) => (row.kind === 'measured' ? [row.result] : [])));
    } catch (reason) {
      setError(reason);
    } finally {
      setProgress(null);
      if (controller.current === abort) controller.current = null;
    }
  };

  useEffect(() => {
    if (props.autoStart === true) void start();
    return () => controller.current?.abort();
    // Start once on mount when asked; later runs come from the button.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const measured = rows.flatMap((row) => (row.kind === 'measured' ? [row] : []));
  const fastest = Math.max(0, ...measured.map((row) => row.result.gflops));
  const values = [...measured.map((row) => row.result.gflops), ...references.map((r) => r.gflops)];
  const min = Math.max(0.01, Math.min(...values, 1) / 2);
  const max = Math.max(...values, 10) * 1.5;
  const scale = (value: number) => (Math.log10(value) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
  const gflopsText = (value: number) =>
    formatNumber(value, locale, { maximumSignificantDigits: value >= 1000 ? 4 : 3 });
  const biggest = references[references.length - 1];

  return (
    <Panel
      title={t.meterTitle}
      className={['ts-throughput-meter', className].filter(Boolean).join(' ')}
      aria-busy={progress !== null}
      style={{ ...themedRootStyle(theme), ...style }}
    >
      <p style={explainStyle}>{t.explain}</p>
      <div style={controlsStyle}>
        <Button onClick={() => void start()} disabled={progress !== null}>
          {t.measure}
        </Button>
        {progress ? (
          <>
            <Button onClick={() => controller.current?.abort()}>{t.cancel}</Button>
            <progress max={progress.total} value={progress.done} aria-label={t.measure} />
          </>
        ) : null}
        <span aria-live="polite" className="ts-throughput-meter__status">
          {progress
            ? interpolate(t.measuring, {
                backend: backendLabels[progress.backend] ?? progress.backend,
                done: progress.done,
                total: progress.total,
              })
            : (note ?? '')}
        </span>
      </div>
      {error ? <ErrorMessage error={error} locale={locale} style={errorStyle} /> : null}
      {rows.length > 0 || references.length > 0 ? (
        <ul aria-label={t.unit} style={listStyle}>
          {rows.map((row) => (
            <li key={row.backend} data-backend={row.backend} style={rowStyle}>
              <span style={labelStyle}>{backendLabels[row.backend]}</span>
              {row.kind === 'measured' ? (
                <>
                  <span style={bar(Math.max(1, scale(row.result.gflops) * 100), 'var(--ts-accent)')} />
                  <span className="ts-throughput-meter__value">
                    <strong>{gflopsText(row.result.gflops)}</strong> GFLOP/s · {t.measured}
                    {row.software ? ` (${t.software})` : ''} · n = {row.result.size}
                  </span>
                </>
              ) : (
                <span style={mutedStyle}>{interpolate(t.unavailable, { reason: row.reason })}</span>
              )}
            </li>
          ))}
          {references.map((peak) => (
            <li key={peak.name} style={rowStyle}>
              <span style={labelStyle}>{peak.name}</span>
              <span style={bar(scale(peak.gflops) * 100, 'var(--ts-muted)')} />
              <span>
                <strong>{gflopsText(peak.gflops)}</strong> GFLOP/s · {peak.precision} · {t.datasheet}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {fastest > 0 && biggest ? (
        <p style={timesStyle}>
          {interpolate(t.times, {
            name: biggest.name,
            ratio: formatNumber(Math.round(biggest.gflops / fastest), locale),
          })}
        </p>
      ) : null}
      <p style={unitStyle}>{t.unit}</p>
    </Panel>
  );
}

const explainStyle: CSSProperties = { margin: '0 0 8px', color: 'var(--ts-muted)' };
const controlsStyle: CSSProperties = { display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' };
const errorStyle: CSSProperties = { marginTop: 8 };
const listStyle: CSSProperties = { listStyle: 'none', padding: 0, margin: '12px 0 0' };
const mutedStyle: CSSProperties = { color: 'var(--ts-muted)' };
const timesStyle: CSSProperties = { margin: '8px 0 0' };
const unitStyle: CSSProperties = { margin: '4px 0 0', fontSize: 12, color: 'var(--ts-muted)' };
const rowStyle: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: '9.5em 1fr',
  gap: '2px 8px',
  alignItems: 'center',
  marginBottom: 6,
};
const labelStyle: CSSProperties = { gridRow: 'span 2', fontWeight: 600 };
const barStyle: CSSProperties = { display: 'block', height: 10, borderRadius: 3, minWidth: 2 };

/** A bar `percent` % of the track wide, in `colour`. */
function bar(percent: number, colour: string): CSSProperties {
  return { ...barStyle, width: `${percent}%`, background: colour };
}

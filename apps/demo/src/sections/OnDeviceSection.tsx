import {
  formatNumber,
  interpolate,
  toTensorscopeError,
  type AnyTensorscopeError,
  type Locale,
} from '@tensorscope/common';
import { Button, ErrorMessage } from '@tensorscope/common/react';
import { OnDeviceCalculator, type MeasuredDevice } from '@tensorscope/scaling-chart';
import type { BandwidthResult } from '@tensorscope/tensor-core';
import { useEffect, useRef, useState } from 'react';
import { messages } from '../messages.js';
import { RUNTIME_OPTIONS } from '../runtimeOptions.js';
import { useMarkReady } from '../shell.js';
import type { Measured } from './GpuSection.js';
import { SmallModelPanel } from './SmallModelCheck.js';

/** This device as the calculator takes it: measured bandwidth, and the matrix-multiply speed from section 1. */
export function measuredDevice(result: BandwidthResult, measured: Measured | null, locale: Locale): MeasuredDevice {
  const t = messages[locale];
  const what = interpolate(result.software ? t.onDeviceWhatSoftware : t.onDeviceWhat, {
    kind: result.kind === 'gpu-copy' ? t.onDeviceGpuCopy : t.onDeviceHostCopy,
    backend: result.backend,
  });
  return {
    bandwidthGBs: result.gbPerSecond,
    ...(measured ? { tflops: measured.gflops / 1000 } : {}),
    what,
    cpu: result.kind === 'host-copy' || result.software,
  };
}

/** Section 8: will a model run here, and how fast — from this device's measured memory bandwidth. */
export default function OnDeviceSection({ locale, measured }: { locale: Locale; measured: Measured | null }) {
  const t = messages[locale];
  const [result, setResult] = useState<BandwidthResult | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<AnyTensorscopeError | null>(null);
  const running = useRef<AbortController | null>(null);
  useMarkReady(true);
  useEffect(() => () => running.current?.abort(), []);

  const measure = async () => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setError(null);
    setProgress({ done: 0, total: 5 });
    try {
      const { getRuntime, measureBandwidth } = await import('@tensorscope/tensor-core');
      const runtime = await getRuntime(RUNTIME_OPTIONS);
      const next = await measureBandwidth({
        runtime,
        signal: controller.signal,
        onProgress: (done, total) => setProgress({ done, total }),
      });
      setResult(next);
    } catch (caught) {
      // A cancelled or failed measurement says why; the previous result stays.
      setError(toTensorscopeError(caught, 'BACKEND_UNAVAILABLE'));
    } finally {
      if (running.current === controller) running.current = null;
      setProgress(null);
    }
  };

  return (
    <div className="on-device">
      <ul className="muted">
        <li>{t.onDevicePrivacy}</li>
        <li>{t.onDeviceLatency}</li>
        <li>{t.onDeviceSize}</li>
      </ul>
      <div className="toolbar">
        <Button onClick={() => void measure()} disabled={progress !== null}>
          {result ? t.onDeviceMeasureAgain : t.onDeviceMeasure}
        </Button>
        {progress ? (
          <>
            <span role="status">{interpolate(t.onDeviceMeasuring, progress)}</span>
            <Button size="sm" onClick={() => running.current?.abort()}>
              {t.onDeviceCancel}
            </Button>
          </>
        ) : null}
      </div>
      {error ? <ErrorMessage error={error} locale={locale} /> : null}
      {result ? (
        <p data-testid="bandwidth-result">
          {interpolate(t.onDeviceResult, {
            gbs: formatNumber(result.gbPerSecond, locale, { maximumFractionDigits: 1 }),
            what: measuredDevice(result, measured, locale).what,
          })}{' '}
          <span className="muted small">{result.note}</span>
        </p>
      ) : null}
      <OnDeviceCalculator yourDevice={result ? measuredDevice(result, measured, locale) : undefined} />
      <SmallModelPanel
        locale={locale}
        measured={measured}
        bandwidth={result}
        onBandwidth={setResult}
        describe={(bandwidth) => measuredDevice(bandwidth, measured, locale)}
      />
    </div>
  );
}

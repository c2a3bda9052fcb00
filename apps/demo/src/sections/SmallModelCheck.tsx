import {
  formatNumber,
  interpolate,
  toTensorscopeError,
  type AnyTensorscopeError,
  type Locale,
} from '@tensorscope/common';
import { Button, ErrorMessage } from '@tensorscope/common/react';
import { checkSmallModel, type MeasuredDevice, type SmallModelCheck } from '@tensorscope/scaling-chart';
import type { BandwidthResult } from '@tensorscope/tensor-core';
// A `?url` import: Vite emits the checkpoint as a file of this site; nothing is fetched until the button is pressed.
import checkpointUrl from '@tensorscope/transformer/checkpoints/brown.tsgpt?url';
import type { DecodeSpeed } from '@tensorscope/transformer/core';
import { useEffect, useRef, useState } from 'react';
import { messages } from '../messages.js';
import { RUNTIME_OPTIONS } from '../runtimeOptions.js';
import type { Measured } from './GpuSection.js';

/** Tokens timed per run: about a second on a laptop's CPU. */
const TOKENS = 32;

/** One finished run: the measurement, the numbers it was checked with, and the check. */
export interface SmallModelRun {
  speed: DecodeSpeed;
  backend: string;
  /** Layers, width and whether the checkpoint is a language model (a BPE tokenizer) or abstract ids. */
  model: { layers: number; dModel: number; language: boolean };
  device: MeasuredDevice;
  gflops: number;
  /** Where the FLOP/s came from: section 1's measurement on the same backend, or one made for this run. */
  flopsFrom: 'section' | 'here';
  check: SmallModelCheck;
  /** The same model with a KV cache (2 × parameters FLOP a token): which limit would bind then. */
  withCache: SmallModelCheck;
}

type Stage =
  { step: 'load' } | { step: 'bandwidth' | 'flops' | 'decode'; done: number; total: number; backend?: string };

/**
 * "Checked here": the small transformer trained by tensorscope decodes in this browser, and its
 * measured tokens/s stand next to what the cost model predicts from this device's measured
 * bandwidth and FLOP/s. Measures bandwidth (and FLOP/s on the model's backend) when not yet known.
 */
export function SmallModelPanel({
  locale,
  measured,
  bandwidth,
  onBandwidth,
  describe,
}: {
  locale: Locale;
  measured: Measured | null;
  bandwidth: BandwidthResult | null;
  onBandwidth: (result: BandwidthResult) => void;
  describe: (result: BandwidthResult) => MeasuredDevice;
}) {
  const t = messages[locale];
  const [run, setRun] = useState<SmallModelRun | null>(null);
  const [stage, setStage] = useState<Stage | null>(null);
  const [error, setError] = useState<AnyTensorscopeError | null>(null);
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const start = async () => {
    running.current?.abort();
    const controller = new AbortController();
    const { signal } = controller;
    running.current = controller;
    setError(null);
    setStage({ step: 'load' });
    try {
      const [tensorCore, transformer] = await Promise.all([
        import('@tensorscope/tensor-core'),
        import('@tensorscope/transformer/core'),
      ]);
      const runtime = await tensorCore.getRuntime(RUNTIME_OPTIONS);
      const response = await fetch(checkpointUrl, { signal });
      if (!response.ok) throw new Error(`Could not fetch the model (${checkpointUrl}): HTTP ${response.status}`);
      const checkpoint = transformer.decodeCheckpoint(await response.arrayBuffer());
      let measuredBandwidth = bandwidth;
      if (!measuredBandwidth) {
        measuredBandwidth = await tensorCore.measureBandwidth({
          runtime,
          signal,
          onProgress: (done, total) => setStage({ step: 'bandwidth', done, total }),
        });
        onBandwidth(measuredBandwidth);
      }
      // FLOP/s on the backend the model runs on: section 1's when it measured this backend.
      let gflops = measured?.backend === runtime.backend ? measured.gflops : null;
      const flopsFrom = gflops === null ? 'here' : 'section';
      if (gflops === null) {
        const backend = runtime.backend;
        setStage({ step: 'flops', done: 0, total: 3, backend });
        gflops = (
          await tensorCore.measureThroughput({
            runtime,
            runs: 3,
            signal,
            onProgress: (done, total) => setStage({ step: 'flops', done, total, backend }),
          })
        ).gflops;
      }
      const model = await transformer.createModel(runtime, checkpoint);
      let speed: DecodeSpeed;
      try {
        setStage({ step: 'decode', done: 0, total: TOKENS });
        speed = await transformer.measureDecodeSpeed(model, {
          tokens: TOKENS,
          signal,
          onProgress: (done, total) => setStage({ step: 'decode', done, total }),
        });
      } finally {
        model.dispose();
      }
      const device = describe(measuredBandwidth);
      const base = {
        measuredTokensPerSecond: speed.tokensPerSecond,
        bytesPerToken: speed.bytesPerToken,
        bandwidthGBs: device.bandwidthGBs,
        tflops: gflops / 1000,
        cpu: device.cpu === true,
      };
      setRun({
        speed,
        backend: runtime.backend,
        model: {
          layers: checkpoint.config.layers,
          dModel: checkpoint.config.dModel,
          language: checkpoint.tokenizer.kind !== 'ids',
        },
        device,
        gflops,
        flopsFrom,
        check: checkSmallModel({ ...base, flopsPerToken: speed.flopsPerToken }),
        withCache: checkSmallModel({ ...base, flopsPerToken: speed.flopsPerTokenWithCache }),
      });
    } catch (caught) {
      // A cancelled or failed run says why; the previous result stays.
      setError(toTensorscopeError(caught, signal.aborted ? 'ABORTED' : 'BACKEND_UNAVAILABLE'));
    } finally {
      if (running.current === controller) running.current = null;
      setStage(null);
    }
  };

  return (
    <section className="small-model" aria-labelledby="small-model-title">
      <h3 id="small-model-title">{t.smallTitle}</h3>
      <p className="muted">{t.smallText}</p>
      <div className="toolbar">
        <Button onClick={() => void start()} disabled={stage !== null}>
          {run ? t.smallRunAgain : t.smallRun}
        </Button>
        {stage ? (
          <>
            <span role="status">{stageText(stage, locale)}</span>
            <Button size="sm" onClick={() => running.current?.abort()}>
              {t.onDeviceCancel}
            </Button>
          </>
        ) : null}
      </div>
      {error ? <ErrorMessage error={error} locale={locale} /> : null}
      {run ? <SmallModelResult run={run} locale={locale} /> : null}
    </section>
  );
}

function stageText(stage: Stage, locale: Locale): string {
  const t = messages[locale];
  if (stage.step === 'load') return t.smallLoading;
  const text = stage.step === 'bandwidth' ? t.smallBandwidth : stage.step === 'flops' ? t.smallFlops : t.smallDecoding;
  return interpolate(text, { done: stage.done, total: stage.total, backend: stage.backend ?? '' });
}

/** Three significant digits, in the locale's style. */
const sig = (value: number, locale: Locale) => formatNumber(value, locale, { maximumSignificantDigits: 3 });

export function formatFlop(value: number, locale: Locale): string {
  if (value >= 1e9) return `${sig(value / 1e9, locale)} GFLOP`;
  if (value >= 1e6) return `${sig(value / 1e6, locale)} MFLOP`;
  return `${sig(value / 1e3, locale)} kFLOP`;
}

export function formatSize(bytes: number, locale: Locale): string {
  return bytes >= 1e6 ? `${sig(bytes / 1e6, locale)} MB` : `${sig(bytes / 1e3, locale)} kB`;
}

/** The measured row, the two rules, which binds and why, and how far the measurement is from it. */
function SmallModelResult({ run, locale }: { run: SmallModelRun; locale: Locale }) {
  const t = messages[locale];
  const { speed, check, withCache } = run;
  const boundName = (bound: 'bandwidth' | 'compute') =>
    bound === 'bandwidth' ? t.smallBoundBandwidth : t.smallBoundCompute;
  const ms = (seconds: number) => sig(seconds * 1000, locale);
  const modelText = interpolate(run.model.language ? t.smallModelLanguage : t.smallModelIds, {
    layers: run.model.layers,
    width: run.model.dModel,
    context: speed.contextLength,
    params: formatNumber(speed.parameters, locale),
    size: formatSize(speed.weightsBytes, locale),
  });
  const effectiveBandwidth = check.efficiency * run.device.bandwidthGBs * 1e9;
  const oneShare = speed.onePositionMs / speed.medianMs;
  const rows = [
    {
      key: 'measured',
      what: t.smallMeasured,
      tps: speed.tokensPerSecond,
      how: interpolate(t.smallMeasuredHow, {
        tokens: speed.tokens,
        ms: sig(speed.medianMs, locale),
        mean: sig(speed.meanTokensPerSecond, locale),
        backend: run.backend,
      }),
    },
    {
      key: 'bandwidth',
      what: t.smallBandwidthRule,
      tps: check.bandwidthTokensPerSecond,
      how: interpolate(t.smallBandwidthHow, {
        eff: formatNumber(check.efficiency, locale),
        gbs: sig(run.device.bandwidthGBs, locale),
        what: run.device.what,
        bytes: formatSize(speed.bytesPerToken, locale),
      }),
    },
    {
      key: 'compute',
      what: t.smallComputeRule,
      tps: check.computeTokensPerSecond,
      how: interpolate(t.smallComputeHow, {
        gflops: sig(run.gflops, locale),
        from: interpolate(run.flopsFrom === 'section' ? t.smallFlopsSection : t.smallFlopsHere, {
          backend: run.backend,
        }),
        flop: formatFlop(speed.flopsPerToken, locale),
      }),
    },
  ];
  const times = check.ratio < 1 ? 1 / check.ratio : check.ratio;
  return (
    <div data-testid="small-model-result" className="small-model__result">
      <p>
        {modelText}{' '}
        {interpolate(t.smallNoCache, {
          window: sig(speed.windowLength, locale),
          flop: formatFlop(speed.flopsPerToken, locale),
        })}
      </p>
      <div className="table-scroll comparison">
        <table>
          <caption className="visually-hidden">{t.smallCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.smallColumnWhat}</th>
              <th scope="col" className="num">
                {t.smallColumnTps}
              </th>
              <th scope="col">{t.smallColumnHow}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-row={row.key}>
                <th scope="row">{row.what}</th>
                <td className="num">{sig(row.tps, locale)}</td>
                <td>{row.how}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p aria-live="polite" data-testid="small-model-verdict">
        <strong>
          {interpolate(t.smallVerdictBound, {
            bound: boundName(check.bound),
            predicted: sig(check.predictedTokensPerSecond, locale),
            measured: sig(speed.tokensPerSecond, locale),
            ratio: sig(check.ratio, locale),
          })}
        </strong>{' '}
        {interpolate(t.smallBoundWhy, {
          flop: formatFlop(speed.flopsPerToken, locale),
          bytes: formatSize(speed.bytesPerToken, locale),
          intensity: sig(speed.flopsPerToken / speed.bytesPerToken, locale),
          balance: sig((run.gflops * 1e9) / effectiveBandwidth, locale),
          flopCache: formatFlop(speed.flopsPerTokenWithCache, locale),
          boundCache: boundName(withCache.bound),
        })}
      </p>
      <p>
        {check.verdict === 'agrees'
          ? interpolate(t.smallAgrees, { bound: boundName(check.bound) })
          : check.verdict === 'faster'
            ? interpolate(t.smallFaster, {
                bound: boundName(check.bound),
                times: sig(times, locale),
                size: formatSize(speed.weightsBytes, locale),
              })
            : `${interpolate(t.smallSlower, {
                bound: boundName(check.bound),
                times: sig(times, locale),
                measuredMs: ms(check.measuredSeconds),
                predictedMs: ms(Math.max(check.readSeconds, check.computeSeconds)),
              })} ${interpolate(oneShare >= 0.5 ? t.smallFixed : t.smallNotFixed, {
                oneMs: sig(speed.onePositionMs, locale),
                share: formatNumber(oneShare, locale, { style: 'percent', maximumFractionDigits: 0 }),
                window: sig(speed.windowLength, locale),
              })}`}
      </p>
    </div>
  );
}

'use client';
import { formatNumber, interpolate, type Locale } from '@tensorscope/common';
import type { CSSProperties, ReactNode } from 'react';
import type { TrainingRunEstimate, TrainingRunInput } from '../core/calculator.js';
import { formatCount } from '../core/formatCount.js';
import { formatScientific } from '../core/formatScientific.js';
import { messages } from '../messages.js';

const STATS: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: '8px 24px', margin: '0 0 8px' };
const STEPS: CSSProperties = { margin: 0, paddingInlineStart: 20, fontSize: 13, lineHeight: 1.7 };
const STAT_LABEL: CSSProperties = { fontSize: 12, color: 'var(--ts-muted)' };
const STAT_VALUE: CSSProperties = { margin: 0, fontSize: 18, fontWeight: 600, fontVariantNumeric: 'tabular-nums' };
const FORMULA: CSSProperties = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: 12 };

/** Counts as "1.2M" from a million up, else with one decimal under 100. */
export function formatCalculatorCount(v: number, locale: Locale): string {
  return v >= 1e6 ? formatCount(v, locale) : formatNumber(v, locale, { maximumFractionDigits: v < 100 ? 1 : 0 });
}

/** The three results (compute, GPU-days, wall-clock days) and the four steps that lead to them. */
export function CalculationSteps({
  input,
  estimate,
  locale,
}: {
  input: TrainingRunInput;
  estimate: TrainingRunEstimate;
  locale: Locale;
}) {
  const t = messages[locale];
  const sci = (v: number) => formatScientific(v, locale);
  const count = (v: number) => formatCalculatorCount(v, locale);
  const shown = { input, estimate };
  return (
    <>
      <dl style={STATS}>
        <Stat label={t.resultCompute} value={`${sci(shown.estimate.flops)} FLOP`} />
        <Stat label={t.resultGpuDays} value={count(shown.estimate.acceleratorDays)} />
        <Stat label={t.resultWallClock} value={interpolate(t.days, { days: count(shown.estimate.wallClockDays) })} />
      </dl>
      <ol className="ts-compute-calculator__steps" style={STEPS}>
        <li>
          {t.step1}
          <br />
          <Formula>
            C = 6 × N × D = 6 × {sci(shown.input.parameters)} × {sci(shown.input.tokens)} = {sci(shown.estimate.flops)}{' '}
            FLOP
          </Formula>
        </li>
        <li>
          {t.step2}
          <br />
          <Formula>
            {formatNumber(shown.input.peakTflops, locale)} × 10¹² FLOP/s ×{' '}
            {formatNumber(shown.input.utilisation, locale, { maximumFractionDigits: 3 })} ={' '}
            {sci(shown.estimate.sustainedFlopsPerAccelerator)} FLOP/s
          </Formula>
        </li>
        <li>
          {t.step3}
          <br />
          <Formula>
            {sci(shown.estimate.flops)} ÷ {sci(shown.estimate.sustainedFlopsPerAccelerator)} ={' '}
            {sci(shown.estimate.acceleratorSeconds)} {t.gpuSeconds}
          </Formula>
          <br />
          <Formula>
            ÷ 3,600 = {count(shown.estimate.acceleratorHours)} {t.gpuHours}; ÷ 86,400 ={' '}
            {count(shown.estimate.acceleratorDays)} {t.gpuDays}
          </Formula>
        </li>
        <li>
          {t.step4}
          <br />
          <Formula>
            {count(shown.estimate.acceleratorDays)} ÷ {formatNumber(shown.input.accelerators, locale)} ={' '}
            {interpolate(t.days, { days: count(shown.estimate.wallClockDays) })}
          </Formula>
        </li>
      </ol>
    </>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt style={STAT_LABEL}>{label}</dt>
      <dd style={STAT_VALUE}>{value}</dd>
    </div>
  );
}

function Formula({ children }: { children: ReactNode }) {
  return <span style={FORMULA}>{children}</span>;
}

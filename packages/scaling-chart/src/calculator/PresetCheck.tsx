'use client';
import { formatNumber, interpolate, type Locale } from '@tensorscope/common';
import type { CSSProperties } from 'react';
import type { TrainingRunEstimate } from '../core/calculator.js';
import { checkAgainstPublished } from '../core/calculatorForm.js';
import { formatCount } from '../core/formatCount.js';
import type { TrainingRunPreset } from '../data/presets.js';
import { messages } from '../messages.js';
import { MutedNote } from '../ui/MutedNote.js';
import { SourceLink } from '../ui/SourceLink.js';

const CHECK: CSSProperties = {
  margin: '10px 0 0',
  fontSize: 12,
  padding: '6px 8px',
  background: 'var(--ts-surface)',
  borderRadius: 6,
};

/** Compares the estimate with the preset's published outcome and says whether it is reproduced. */
export function PresetCheck({
  preset,
  estimate,
  locale,
}: {
  preset: TrainingRunPreset;
  estimate: TrainingRunEstimate;
  locale: Locale;
}) {
  const t = messages[locale];
  const { ours, published, difference, reproduced } = checkAgainstPublished(preset, estimate);
  const show = (v: number) =>
    preset.published.quantity === 'wallClockDays'
      ? interpolate(t.days, { days: formatNumber(v, locale, { maximumFractionDigits: 1 }) })
      : `${formatCount(v, locale)} ${t.gpuHours}`;
  return (
    <p className="ts-compute-calculator__check" style={CHECK}>
      {interpolate(t.presetCheck, {
        published: show(published),
        ours: show(ours),
        difference: formatNumber(difference * 100, locale, {
          maximumFractionDigits: Math.abs(difference) < 0.01 ? 2 : 1,
          signDisplay: 'always',
        }),
        tolerance: formatNumber(preset.tolerance * 100, locale),
      })}{' '}
      <strong>{reproduced ? t.reproduced : t.notReproduced}</strong>{' '}
      <SourceLink href={preset.published.source} text={t.source} />
      <br />
      <MutedNote>{preset.note[locale]}</MutedNote>
    </p>
  );
}

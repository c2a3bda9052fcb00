'use client';
import { formatNumber, interpolate, type Locale } from '@tensorscope/common';
import type { AcceleratorMetric, AcceleratorRecord } from '../core/accelerators.js';
import { messages } from '../messages.js';
import { statusText } from '../ui/describe.js';
import { MutedNote } from '../ui/MutedNote.js';
import { SourceLink } from '../ui/SourceLink.js';
import { formatMetric, metricLabels } from './gpuText.js';

/** The card of a focused chip: its figure, how it compares with the previous generation, status and source. */
export function ChipReadout({
  chip,
  metric,
  comparison,
  locale,
}: {
  chip: AcceleratorRecord;
  metric: AcceleratorMetric;
  comparison: { ratio: number; previous: AcceleratorRecord } | null;
  locale: Locale;
}) {
  const t = messages[locale];
  const value = chip[metric];
  const note = [value?.note, chip.note].filter(Boolean).join(' ');
  return (
    <>
      <strong>
        {chip.vendor} {chip.name}
      </strong>{' '}
      ({chip.date})
      <br />
      {metricLabels(locale)[metric]}: {value ? formatMetric(value.value, metric, locale) : t.notPublished}
      {comparison ? (
        <>
          <br />
          {interpolate(t.ratio, {
            ratio: formatNumber(comparison.ratio, locale, { maximumFractionDigits: 1 }),
            name: comparison.previous.name,
          })}
        </>
      ) : null}
      <br />
      {value ? (
        <>
          {t.colStatus}: {statusText(value, locale)} · <SourceLink href={value.source} text={t.source} />
        </>
      ) : null}
      {note ? (
        <>
          <br />
          <MutedNote>{note}</MutedNote>
        </>
      ) : null}
    </>
  );
}

/** The card of the reader's own device. */
export function DeviceReadout({ label, locale }: { label: string; locale: Locale }) {
  return (
    <>
      <strong>{label}</strong>
      <br />
      <MutedNote>{messages[locale].deviceNote}</MutedNote>
    </>
  );
}

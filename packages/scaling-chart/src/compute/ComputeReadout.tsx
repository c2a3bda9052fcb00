'use client';
import { interpolate, type Locale } from '@tensorscope/common';
import { formatScientific } from '../core/formatScientific.js';
import { parseDate, type ModelRecord } from '../core/models.js';
import type { SourcedValue } from '../core/sourced.js';
import { SOURCES } from '../data/sources.js';
import { messages } from '../messages.js';
import { dateFormatter, statusText } from '../ui/describe.js';
import { MutedNote } from '../ui/MutedNote.js';
import { SourceLink } from '../ui/SourceLink.js';

/** The card of a focused model: its training compute, the range when there is one, status and source. */
export function ComputeModelReadout({
  model,
  flops,
  locale,
}: {
  model: ModelRecord;
  flops: SourcedValue;
  locale: Locale;
}) {
  const t = messages[locale];
  return (
    <>
      <strong>{model.name}</strong> ({model.organisation}, {dateFormatter(locale)(parseDate(model.date))})
      <br />
      {interpolate(t.flopsValue, { value: formatScientific(flops.value, locale) })}
      {flops.high !== undefined
        ? ` (${interpolate(t.range, {
            low: flops.low ? formatScientific(flops.low, locale) : '—',
            high: formatScientific(flops.high, locale),
          })})`
        : null}
      <br />
      {t.colStatus}: {statusText(flops, locale)} · <SourceLink href={flops.source} text={t.source} />
      {flops.note ? (
        <>
          <br />
          <MutedNote>{flops.note}</MutedNote>
        </>
      ) : null}
    </>
  );
}

/** The card of the focused trend line: growth per year, doubling time, fit and Epoch's reference. */
export function TrendReadout({ summary, locale }: { summary: string; locale: Locale }) {
  const t = messages[locale];
  return (
    <>
      <strong>{t.trendTitle}</strong>
      <br />
      {summary}
      <br />
      <MutedNote>{t.epochTrend}</MutedNote> <SourceLink href={SOURCES.epochTrend} text={t.source} />
    </>
  );
}

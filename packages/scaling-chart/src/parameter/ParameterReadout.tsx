'use client';
import { interpolate, type Locale } from '@tensorscope/common';
import { formatCount } from '../core/formatCount.js';
import { parseDate, type ModelRecord } from '../core/models.js';
import { messages } from '../messages.js';
import { dateFormatter, statusText } from '../ui/describe.js';
import { MutedNote } from '../ui/MutedNote.js';
import { SourceLink } from '../ui/SourceLink.js';

/** The card of a focused model: name, organisation, date, parameters (and active ones), status, source. */
export function ParameterReadout({ model, locale }: { model: ModelRecord; locale: Locale }) {
  const t = messages[locale];
  return (
    <>
      <strong>{model.name}</strong> ({model.organisation}, {dateFormatter(locale)(parseDate(model.date))})
      <br />
      {interpolate(t.parametersValue, { value: formatCount(model.parameters ?? 0, locale) })}
      {model.activeParameters
        ? ` · ${interpolate(t.activeLabel, { active: formatCount(model.activeParameters, locale) })}`
        : null}
      <br />
      {t.colStatus}: {statusText(model, locale)} · <SourceLink href={model.source} text={t.source} />
      {model.note ? (
        <>
          <br />
          <MutedNote>{model.note}</MutedNote>
        </>
      ) : null}
    </>
  );
}

/** The spoken label of a model's point. */
export function parameterPointLabel(m: ModelRecord, locale: Locale): string {
  const t = messages[locale];
  return (
    interpolate(t.pointLabel, {
      name: m.name,
      organisation: m.organisation,
      date: dateFormatter(locale)(parseDate(m.date)),
      parameters: formatCount(m.parameters ?? 0, locale),
      status: t[m.status],
    }) +
    (m.activeParameters ? `; ${interpolate(t.activeLabel, { active: formatCount(m.activeParameters, locale) })}` : '')
  );
}

import { intlLocale, type Locale } from '@tensorscope/common';
import type { SourcedValue, SourceStatus } from '../core/sourced.js';
import { messages } from '../messages.js';

/** "estimate (Epoch: speculative), derived" in the reader's language. */
export function statusText(
  value: { status: SourceStatus; confidence?: SourcedValue['confidence']; derived?: boolean },
  locale: Locale,
): string {
  const t = messages[locale];
  let text = t[value.status];
  if (value.confidence) text += ` (${t.epochConfidence} ${t[value.confidence]})`;
  if (value.derived) text += `, ${t.derived}`;
  return text;
}

/** Formats an ISO date as "May 28, 2020" / "2020년 5월 28일". */
export function dateFormatter(locale: Locale): (time: number) => string {
  const format = new Intl.DateTimeFormat(intlLocale(locale), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return (time: number) => format.format(time);
}

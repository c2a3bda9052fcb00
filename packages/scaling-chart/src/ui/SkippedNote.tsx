'use client';
import { interpolate, type Locale } from '@tensorscope/common';
import { ErrorMessage } from '@tensorscope/common/react';
import type { SkippedRow } from '../core/models.js';
import { messages } from '../messages.js';

/** The visible "2 rows skipped: …" note for rows that could not be drawn. */
export function SkippedNote({ skipped, locale }: { skipped: readonly SkippedRow[]; locale: Locale }) {
  if (skipped.length === 0) return null;
  const t = messages[locale];
  return (
    <ErrorMessage
      locale={locale}
      title={interpolate(skipped.length === 1 ? t.skippedOne : t.skippedOther, { count: skipped.length })}
      error={new Error(skipped.map((s) => `${s.name}: ${s.reason}`).join('; '))}
      style={{ marginBottom: 8, fontSize: 13 }}
    />
  );
}

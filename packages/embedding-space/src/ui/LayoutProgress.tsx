'use client';
import { formatNumber, interpolate, type Locale } from '@tensorscope/common';
import type { ProjectionProgress } from '../core/projection/types.js';
import { Button } from '@tensorscope/common/react';
import { rowStyle } from './rowStyle.js';
import type { ExplorerMessages } from './messages.js';

/** The running layout's phase and share done, with Cancel. */
export function LayoutProgress({
  progress,
  onCancel,
  messages: t,
  locale,
}: {
  progress: ProjectionProgress;
  onCancel: () => void;
  messages: ExplorerMessages;
  locale: Locale;
}) {
  return (
    <div role="status" style={{ ...rowStyle, fontSize: 13 }}>
      <progress max={1} value={progress.fraction} aria-label={progress.phase} />
      <span>
        {interpolate(t.computing, {
          phase: progress.phase,
          percent: formatNumber(progress.fraction, locale, { style: 'percent', maximumFractionDigits: 0 }),
        })}
      </span>
      <Button onClick={onCancel}>{t.cancel}</Button>
    </div>
  );
}

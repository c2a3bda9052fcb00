'use client';
import { formatNumber, type Locale } from '@tensorscope/common';
import { Button } from '@tensorscope/common/react';
import type { Neighbor } from '../core/neighborSearch.js';

/**
 * The ten nearest points of a query (an analogy, a meaning query) as an ordered list: each label a
 * link that picks the point, with its score.
 */
export function NeighborLinks({
  neighbors,
  labels,
  label,
  onPick,
  locale,
  testId,
}: {
  neighbors: readonly Neighbor[];
  labels: readonly string[];
  /** The list's accessible name: the query's text. */
  label: string;
  onPick: (index: number) => void;
  locale: Locale;
  testId?: string;
}) {
  return (
    <ol style={{ margin: 0, paddingLeft: 20, fontSize: 13 }} aria-label={label} data-testid={testId}>
      {neighbors.slice(0, 10).map((n) => (
        <li key={n.index}>
          <Button variant="link" onClick={() => onPick(n.index)}>
            {labels[n.index]}
          </Button>{' '}
          <span style={{ color: 'var(--ts-muted)' }}>
            {formatNumber(n.score, locale, { maximumFractionDigits: 3, minimumFractionDigits: 3 })}
          </span>
        </li>
      ))}
    </ol>
  );
}

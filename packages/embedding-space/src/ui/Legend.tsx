'use client';
import { formatNumber, type Locale } from '@tensorscope/common';
import type { CategoryLegend, NumberLegend } from '../core/pointColors.js';
import { numericColor } from '../core/palette.js';

function hex([r, g, b]: readonly number[]): string {
  const to = (v: number) =>
    Math.round(Math.max(0, Math.min(1, v)) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${to(r!)}${to(g!)}${to(b!)}`;
}

/** Category legend with counts; each entry toggles its points. Or a colour bar for numbers. */
export function Legend({
  legend,
  hidden,
  onToggle,
  locale,
  title,
  countLabel,
}: {
  legend: CategoryLegend | NumberLegend;
  hidden: ReadonlySet<number>;
  onToggle: (category: number) => void;
  locale: Locale;
  title: string;
  countLabel: string;
}) {
  if (legend.kind === 'number') {
    const stops = Array.from({ length: 11 }, (_, i) => `${hex(numericColor(i / 10, legend.scheme))} ${i * 10}%`);
    return (
      <figure style={{ margin: 0, fontSize: 12 }} aria-label={`${title}: ${legend.column}`}>
        <figcaption style={{ color: 'var(--ts-muted)' }}>{legend.column}</figcaption>
        <div
          style={{
            width: 180,
            height: 10,
            borderRadius: 2,
            background: `linear-gradient(to right, ${stops.join(', ')})`,
          }}
        />
        <div style={{ display: 'flex', justifyContent: 'space-between', width: 180 }}>
          <span>{formatNumber(legend.min, locale)}</span>
          <span>{formatNumber(legend.max, locale)}</span>
        </div>
      </figure>
    );
  }
  return (
    <fieldset style={{ border: 0, margin: 0, padding: 0, fontSize: 12 }}>
      <legend style={{ color: 'var(--ts-muted)', padding: 0 }}>
        {title}: {legend.column}
      </legend>
      <ul
        style={{
          listStyle: 'none',
          margin: 0,
          padding: 0,
          display: 'flex',
          flexWrap: 'wrap',
          gap: 4,
          maxHeight: 168,
          overflow: 'auto',
        }}
      >
        {legend.entries.map((entry) => {
          const isHidden = hidden.has(entry.code);
          return (
            <li key={entry.code}>
              <button
                type="button"
                aria-pressed={!isHidden}
                onClick={() => onToggle(entry.code)}
                title={`${entry.category}: ${entry.count} ${countLabel}`}
                style={{
                  font: 'inherit',
                  display: 'inline-flex',
                  alignItems: 'center',
                  gap: 4,
                  padding: '1px 6px',
                  border: '1px solid var(--ts-border)',
                  borderRadius: 10,
                  background: 'var(--ts-surface)',
                  color: 'var(--ts-fg)',
                  opacity: isHidden ? 0.55 : 1,
                  textDecoration: isHidden ? 'line-through' : 'none',
                  cursor: 'pointer',
                }}
              >
                <span
                  aria-hidden="true"
                  style={{
                    width: 10,
                    height: 10,
                    borderRadius: '50%',
                    background: hex(entry.color),
                    display: 'inline-block',
                  }}
                />
                {entry.category} <span style={{ color: 'var(--ts-muted)' }}>{formatNumber(entry.count, locale)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

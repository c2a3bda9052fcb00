'use client';
import type { CSSProperties, ReactNode } from 'react';

export interface ReadoutProps {
  className: string;
  /** Where the active mark is, in pixels inside the chart wrapper; null when nothing is active. */
  anchor: { x: number; y: number } | null;
  /** Size of the chart wrapper, to keep the card inside it. */
  containerWidth: number;
  containerHeight: number;
  children?: ReactNode;
}

const CARD_WIDTH = 300;

const HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
};

/**
 * The tooltip of a chart: a card next to the active point with its value, date, status and source
 * link. It stays until another point is chosen or Escape is pressed (so the link can be clicked),
 * and it is a polite live region, so keyboard and screen-reader users get the same details.
 */
export function Readout({ className, anchor, containerWidth, containerHeight, children }: ReadoutProps) {
  const active = anchor !== null && Boolean(children);
  let style: CSSProperties = HIDDEN;
  if (active) {
    const width = Math.min(CARD_WIDTH, containerWidth - 16);
    const left =
      anchor.x > containerWidth / 2
        ? Math.max(4, anchor.x - 16 - width)
        : Math.min(anchor.x + 16, containerWidth - width - 4);
    const below = anchor.y < containerHeight / 2;
    style = {
      position: 'absolute',
      left,
      top: below ? anchor.y + 10 : anchor.y - 10,
      transform: below ? undefined : 'translateY(-100%)',
      width,
      margin: 0,
      padding: '8px 10px',
      fontSize: 12,
      lineHeight: 1.45,
      background: 'var(--ts-surface)',
      color: 'var(--ts-fg)',
      border: '1px solid var(--ts-border)',
      borderRadius: 6,
      boxShadow: '0 2px 8px rgba(0, 0, 0, 0.18)',
      zIndex: 1,
    };
  }
  return (
    <div className={className} aria-live="polite" style={style}>
      {active ? children : null}
    </div>
  );
}

/** The muted one-line instruction under a chart. */
export function Hint({ children }: { children: ReactNode }) {
  return <p style={{ margin: '4px 0 6px', fontSize: 12, color: 'var(--ts-muted)' }}>{children}</p>;
}

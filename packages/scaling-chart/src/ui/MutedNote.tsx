'use client';
import type { CSSProperties, ReactNode } from 'react';

const MUTED: CSSProperties = { color: 'var(--ts-muted)' };

/** A secondary line in a readout card or note (a source's caveat, a method note). */
export function MutedNote({ children }: { children: ReactNode }) {
  return <span style={MUTED}>{children}</span>;
}

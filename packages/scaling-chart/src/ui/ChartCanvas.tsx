'use client';
import type { CSSProperties, ReactNode, RefObject } from 'react';

const WRAPPER: CSSProperties = { position: 'relative' };
const SVG: CSSProperties = { display: 'block', maxWidth: '100%', fontFamily: 'var(--ts-font)' };

/**
 * The drawing area every chart shares: a positioned wrapper (so the readout card can sit next to a
 * mark) around a labelled SVG group; Escape clears the focused mark.
 */
export function ChartCanvas({
  svgRef,
  width,
  height,
  label,
  onEscape,
  readout,
  children,
}: {
  svgRef: RefObject<SVGSVGElement | null>;
  width: number;
  height: number;
  label: string;
  onEscape: () => void;
  /** The readout card, drawn over the SVG. */
  readout: ReactNode;
  children: ReactNode;
}) {
  return (
    <div style={WRAPPER}>
      <svg
        ref={svgRef}
        width={width}
        height={height}
        role="group"
        aria-label={label}
        style={SVG}
        onKeyDown={(event) => event.key === 'Escape' && onEscape()}
      >
        {children}
      </svg>
      {readout}
    </div>
  );
}

'use client';
import { useParentSize } from '@visx/responsive';

/** The drawing width of a chart: the fixed `width`, else its parent's width (re-measured on resize). */
export function useChartWidth(fixed: number | undefined) {
  const { parentRef, width } = useParentSize<HTMLElement>({ initialSize: { width: 640, height: 0 } });
  // The figure has 8px padding on each side.
  return { parentRef, width: Math.max(280, (fixed ?? width) - 16) };
}

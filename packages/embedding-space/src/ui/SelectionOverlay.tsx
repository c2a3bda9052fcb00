'use client';
import { useRef, useState } from 'react';

export type AreaTool = 'box' | 'lasso';

/**
 * Captures a box or lasso drawn over the canvas and reports it as a polygon in CSS pixels
 * relative to the canvas. Shift/Ctrl/Cmd add to the current selection.
 */
export function SelectionOverlay({
  tool,
  color,
  onSelect,
}: {
  tool: AreaTool;
  color: string;
  onSelect: (polygon: [number, number][], additive: boolean) => void;
}) {
  // The path lives in a ref (events can arrive faster than renders); state only redraws it.
  const [path, setPath] = useState<[number, number][] | null>(null);
  const current = useRef<[number, number][] | null>(null);
  const update = (next: [number, number][] | null) => {
    current.current = next;
    setPath(next);
  };
  const local = (event: React.PointerEvent<SVGSVGElement>): [number, number] => {
    const rect = event.currentTarget.getBoundingClientRect();
    return [event.clientX - rect.left, event.clientY - rect.top];
  };
  const polygonOf = (points: [number, number][]): [number, number][] => {
    if (tool === 'lasso' || points.length < 2) return points;
    const [x0, y0] = points[0]!;
    const [x1, y1] = points[points.length - 1]!;
    return [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
    ];
  };
  return (
    <svg
      aria-hidden="true"
      style={{
        position: 'absolute',
        inset: 0,
        width: '100%',
        height: '100%',
        cursor: 'crosshair',
        touchAction: 'none',
      }}
      onPointerDown={(event) => {
        try {
          event.currentTarget.setPointerCapture(event.pointerId);
        } catch {
          // Synthetic or already-released pointers cannot be captured; the drag still works.
        }
        update([local(event)]);
      }}
      onPointerMove={(event) => {
        const points = current.current;
        if (!points) return;
        const p = local(event);
        update(tool === 'lasso' ? [...points, p] : [points[0]!, p]);
      }}
      onPointerUp={(event) => {
        const polygon = current.current ? polygonOf(current.current) : null;
        update(null);
        if (polygon && polygon.length >= 3) onSelect(polygon, event.shiftKey || event.ctrlKey || event.metaKey);
      }}
    >
      {path && path.length > 1 ? (
        <polygon
          points={polygonOf(path)
            .map(([x, y]) => `${x},${y}`)
            .join(' ')}
          fill={color}
          fillOpacity={0.12}
          stroke={color}
          strokeDasharray="4 3"
        />
      ) : null}
    </svg>
  );
}

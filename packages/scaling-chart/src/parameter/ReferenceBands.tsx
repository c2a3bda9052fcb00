'use client';
import type { ReferenceLine } from '../core/modelData.js';

/** The brain references: a dashed line at each value, shaded up to its high estimate when it has one. */
export function ReferenceBands({
  references,
  y,
  maxY,
  innerWidth,
}: {
  references: readonly ReferenceLine[];
  y: (value: number) => number;
  maxY: number;
  innerWidth: number;
}) {
  return (
    <>
      {references
        .filter((r) => r.value <= maxY)
        .map((r) => {
          const bottom = y(r.value);
          const top = y(Math.min(r.top, maxY));
          return (
            <g key={r.key} className="ts-parameter-chart__reference">
              {top < bottom ? (
                <rect
                  x={0}
                  width={innerWidth}
                  y={top}
                  height={bottom - top}
                  fill="var(--ts-muted)"
                  fillOpacity={0.08}
                />
              ) : null}
              <line x1={0} x2={innerWidth} y1={bottom} y2={bottom} stroke="var(--ts-muted)" strokeDasharray="6 4" />
              <text x={4} y={bottom - 4} fontSize={11} fill="var(--ts-fg)">
                {r.label}
              </text>
            </g>
          );
        })}
    </>
  );
}

'use client';
import type { ReactNode } from 'react';
import { pointLabelPlacement } from '../core/labelLayout.js';
import type { SourceStatus } from '../core/sourced.js';
import { StatusCircle } from './StatusMark.js';

/**
 * A model on a dated chart: its status circle (faded when another organisation is highlighted),
 * extra marks such as an uncertainty range, and its name when shown.
 */
export function ModelPoint({
  cx,
  cy,
  status,
  focused,
  dimmed,
  name,
  innerWidth,
  children,
}: {
  cx: number;
  cy: number;
  status: SourceStatus;
  focused: boolean;
  dimmed: boolean;
  /** The name to write next to the point, or null. */
  name: string | null;
  innerWidth: number;
  /** Marks drawn under the circle. */
  children?: ReactNode;
}) {
  const { dx, textAnchor } = pointLabelPlacement(cx, innerWidth);
  return (
    <>
      <g opacity={dimmed ? 0.2 : 1}>
        {children}
        <StatusCircle cx={cx} cy={cy} status={status} focused={focused} />
      </g>
      {name !== null ? (
        <text
          x={cx + dx}
          y={cy - 8}
          textAnchor={textAnchor}
          fontSize={focused ? 12 : 11}
          fontWeight={focused ? 600 : 400}
          fill="var(--ts-fg)"
        >
          {name}
        </text>
      ) : null}
    </>
  );
}

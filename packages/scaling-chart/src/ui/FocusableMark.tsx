'use client';
import type { CSSProperties, ReactNode } from 'react';

const MARK: CSSProperties = { cursor: 'pointer', outline: 'none' };

/**
 * A mark that can be focused by keyboard, hover or click (points, bars, the trend line): a
 * `role="button"` group whose spoken label carries its value, status and date.
 */
export function FocusableMark({
  id,
  label,
  focused,
  className,
  status,
  onFocusMark,
  children,
}: {
  id: string;
  label: string;
  focused: boolean;
  className: string;
  /** Written as `data-status` for styling and tests. */
  status?: string;
  onFocusMark: (id: string) => void;
  children: ReactNode;
}) {
  const focus = () => onFocusMark(id);
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-pressed={focused}
      className={className}
      data-status={status}
      onFocus={focus}
      onMouseEnter={focus}
      onClick={focus}
      style={MARK}
    >
      {children}
    </g>
  );
}

'use client';
import { cloneElement, useEffect, useId, useState, type ReactElement, type ReactNode } from 'react';
import { classNames } from './classNames.js';
import { KitStyle } from './KitStyle.js';

export interface TooltipProps {
  /** The short description shown in the bubble; it also becomes the trigger's `aria-describedby`. */
  content: ReactNode;
  /** One focusable element (a button, a link). */
  children: ReactElement<{ 'aria-describedby'?: string }>;
  /** Above (default) or below the trigger. */
  placement?: 'top' | 'bottom';
  className?: string;
}

/**
 * A description bubble that appears on hover and on keyboard focus of its trigger, and hides on Esc,
 * blur or pointer leave. It is always in the DOM (absolutely placed, hidden by CSS), so showing it
 * moves nothing and `aria-describedby` always resolves.
 */
export function Tooltip({ content, children, placement = 'top', className }: TooltipProps) {
  const id = useId();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const open = (hovered || focused) && !dismissed;

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setDismissed(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  const own = children.props['aria-describedby'];
  return (
    <span
      className={classNames('ts-tooltip', placement === 'bottom' && 'ts-tooltip--bottom', className)}
      onPointerEnter={() => {
        setDismissed(false);
        setHovered(true);
      }}
      onPointerLeave={() => setHovered(false)}
      onFocus={() => {
        setDismissed(false);
        setFocused(true);
      }}
      onBlur={() => setFocused(false)}
    >
      <KitStyle />
      {cloneElement(children, { 'aria-describedby': own ? `${own} ${id}` : id })}
      <span role="tooltip" id={id} className="ts-tooltip__bubble" data-open={open ? '' : undefined}>
        {content}
      </span>
    </span>
  );
}

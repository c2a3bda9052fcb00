'use client';
import {
  cloneElement,
  isValidElement,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ReactElement,
  type ReactNode,
} from 'react';
import { classNames } from './classNames.js';
import { KitStyle } from './KitStyle.js';
import { ErrorMessage } from '../ErrorMessage.js';
import { TensorscopeArgumentError } from '../../validate.js';
import { asReactNode } from './isReactNode.js';

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
  const wrapperRef = useRef<HTMLSpanElement>(null);
  const bubbleRef = useRef<HTMLSpanElement>(null);
  // The bubble starts at the trigger's start edge; near the window's end edge it ends there instead.
  const [alignEnd, setAlignEnd] = useState(false);

  useLayoutEffect(() => {
    const wrapper = wrapperRef.current;
    const bubble = bubbleRef.current;
    if (!open || !wrapper || !bubble) return;
    const trigger = wrapper.getBoundingClientRect();
    const width = bubble.offsetWidth;
    const viewport = wrapper.ownerDocument.documentElement.clientWidth;
    setAlignEnd(trigger.left + width > viewport && trigger.right - width >= 0);
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setDismissed(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  if (!isValidElement(children)) {
    return (
      <ErrorMessage error={new TensorscopeArgumentError('children', 'one React element (the trigger)', children)} />
    );
  }
  const own = children.props['aria-describedby'];
  return (
    <span
      ref={wrapperRef}
      className={classNames(
        'ts-tooltip',
        placement === 'bottom' && 'ts-tooltip--bottom',
        alignEnd && 'ts-tooltip--end',
        className,
      )}
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
      {cloneElement(children, { 'aria-describedby': typeof own === 'string' && own ? `${own} ${id}` : id })}
      <span ref={bubbleRef} role="tooltip" id={id} className="ts-tooltip__bubble" data-open={open ? '' : undefined}>
        {asReactNode(content)}
      </span>
    </span>
  );
}

'use client';
import type { ComponentPropsWithRef, KeyboardEvent } from 'react';
import { classNames } from './classNames.js';
import { tabbableElements } from './focusable.js';
import { KitStyle } from './KitStyle.js';
import { domProps } from './domProps.js';
import { asReactNode } from './isReactNode.js';

export interface ToolbarProps extends Omit<ComponentPropsWithRef<'div'>, 'role'> {
  /** The toolbar's accessible name (e.g. "Heatmap controls"). */
  'aria-label': string;
}

/** Controls whose own arrow keys matter (caret, options, sliders); the toolbar leaves them alone. */
const KEEPS_ARROWS = 'input, select, textarea, [role="slider"], [role="combobox"], [role="menu"], [role="menuitem"]';

/**
 * A row of controls (`role="toolbar"`) that wraps on narrow screens. Left/Right move focus to the
 * previous/next control, Home/End to the first/last; Tab still visits each control. Widgets that use
 * the arrows themselves (ToggleGroup, inputs, selects, menus) keep them.
 */
export function Toolbar({ className, onKeyDown, children, ...props }: ToolbarProps) {
  const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
    if (typeof onKeyDown === 'function') onKeyDown(event);
    // A widget inside (a ToggleGroup, an ExportMenu) already used the key.
    if (event.isDefaultPrevented()) return;
    const target = event.target as HTMLElement;
    if (target.closest(KEEPS_ARROWS)) return;
    const controls = tabbableElements(event.currentTarget);
    const index = controls.findIndex((control) => control === target || control.contains(target));
    if (index < 0 || controls.length === 0) return;
    let next: HTMLElement | undefined;
    if (event.key === 'ArrowRight') next = controls[(index + 1) % controls.length];
    else if (event.key === 'ArrowLeft') next = controls[(index - 1 + controls.length) % controls.length];
    else if (event.key === 'Home') next = controls[0];
    else if (event.key === 'End') next = controls[controls.length - 1];
    else return;
    event.preventDefault();
    next?.focus();
  };
  return (
    <div role="toolbar" className={classNames('ts-toolbar', className)} onKeyDown={moveFocus} {...domProps(props)}>
      <KitStyle />
      {asReactNode(children)}
    </div>
  );
}

'use client';
import { useId, useRef, type KeyboardEvent } from 'react';
import type { ControlSize } from './Button.js';
import { classNames } from './classNames.js';
import { KitStyle } from './KitStyle.js';
import { ErrorMessage } from '../ErrorMessage.js';
import { checkItems } from './checkItems.js';
import { asReactNode } from './isReactNode.js';
import { propsError } from './propsError.js';

export interface ToggleGroupItem<T extends string> {
  value: T;
  label: string;
  disabled?: boolean;
  /** Longer description, shown as the native tooltip. */
  title?: string;
}

export interface ToggleGroupProps<T extends string> {
  /** Accessible name of the group; also shown before the items unless `hideLabel`. */
  label: string;
  hideLabel?: boolean;
  items: readonly ToggleGroupItem<T>[];
  value: T;
  onValueChange: (value: T) => void;
  size?: ControlSize;
  className?: string;
}

const NEXT_KEYS: Record<string, 1 | -1> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * A single-select segmented control (WAI-ARIA radio group): one tab stop, arrows/Home/End move
 * and select, disabled items are skipped.
 */
export function ToggleGroup<T extends string>({
  label,
  hideLabel = false,
  items,
  value,
  onValueChange,
  size = 'sm',
  className,
}: ToggleGroupProps<T>) {
  const labelId = useId();
  const itemsRef = useRef<HTMLSpanElement>(null);
  const problem = propsError(() => checkItems(items, 'items'));
  if (problem) return <ErrorMessage error={problem} />;
  const name = typeof label === 'string' ? label : undefined;
  const enabled = items.filter((item) => !item.disabled);
  // The tab stop: the selected item, else the first enabled one.
  const tabStop = enabled.some((item) => item.value === value) ? value : enabled[0]?.value;

  const select = (next: ToggleGroupItem<T> | undefined) => {
    if (!next) return;
    const index = items.indexOf(next);
    itemsRef.current?.querySelectorAll<HTMLButtonElement>('[role="radio"]')[index]?.focus();
    if (next.value !== value && typeof onValueChange === 'function') onValueChange(next.value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLSpanElement>) => {
    const current = enabled.findIndex((item) => item.value === tabStop);
    const step = NEXT_KEYS[event.key];
    let next: ToggleGroupItem<T> | undefined;
    if (step !== undefined) next = enabled[(current + step + enabled.length) % enabled.length];
    else if (event.key === 'Home') next = enabled[0];
    else if (event.key === 'End') next = enabled[enabled.length - 1];
    else return;
    event.preventDefault();
    select(next);
  };

  return (
    <span className={classNames('ts-toggle-group', className)}>
      <KitStyle />
      {hideLabel ? null : (
        <span className="ts-toggle-group__label" id={labelId}>
          {asReactNode(label)}
        </span>
      )}
      <span
        ref={itemsRef}
        role="radiogroup"
        className="ts-toggle-group__items"
        {...(hideLabel ? { 'aria-label': name } : { 'aria-labelledby': labelId })}
        onKeyDown={onKeyDown}
      >
        {items.map((item) => (
          <button
            key={item.value}
            type="button"
            role="radio"
            aria-checked={item.value === value}
            tabIndex={item.value === tabStop ? 0 : -1}
            disabled={item.disabled === true}
            title={typeof item.title === 'string' ? item.title : undefined}
            className={classNames('ts-button', size === 'sm' && 'ts-button--sm', 'ts-toggle-group__item')}
            onClick={() => select(item)}
          >
            {asReactNode(item.label)}
          </button>
        ))}
      </span>
    </span>
  );
}

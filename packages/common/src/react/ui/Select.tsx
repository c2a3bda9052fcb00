'use client';
import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';
import type { ControlSize } from './Button.js';
import { classNames } from './classNames.js';
import { KitStyle } from './KitStyle.js';

export interface SelectOption<T extends string> {
  value: T;
  label: string;
  disabled?: boolean;
}

export interface SelectProps<T extends string> extends Omit<
  ComponentPropsWithRef<'select'>,
  'value' | 'children' | 'size'
> {
  /** The visible label, tied to the `<select>` with `htmlFor`. */
  label: ReactNode;
  /** Keep the label for screen readers only. */
  hideLabel?: boolean;
  /** The choices; or pass `<option>`s as children. */
  options?: readonly SelectOption<T>[];
  children?: ReactNode;
  value?: T;
  /** Called with the chosen value (typed), next to the plain `onChange`. */
  onValueChange?: (value: T) => void;
  size?: ControlSize;
}

/** A themed native `<select>` with its label. Native keeps the platform's keyboard and screen-reader behaviour. */
export function Select<T extends string>({
  label,
  hideLabel = false,
  options,
  children,
  onValueChange,
  onChange,
  size = 'sm',
  className,
  id,
  ...props
}: SelectProps<T>) {
  const fallbackId = useId();
  const selectId = id ?? fallbackId;
  return (
    <span className="ts-select-field">
      <KitStyle />
      <label htmlFor={selectId} className={hideLabel ? 'ts-visually-hidden' : undefined}>
        {label}
      </label>
      <select
        id={selectId}
        className={classNames('ts-select', size === 'sm' && 'ts-select--sm', className)}
        onChange={(event) => {
          onChange?.(event);
          onValueChange?.(event.target.value as T);
        }}
        {...props}
      >
        {options?.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
        {children}
      </select>
    </span>
  );
}

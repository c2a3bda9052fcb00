'use client';
import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';
import type { ControlSize } from './Button.js';
import { classNames } from './classNames.js';
import { KitStyle } from './KitStyle.js';
import { ErrorMessage } from '../ErrorMessage.js';
import { checkItems } from './checkItems.js';
import { domProps } from './domProps.js';
import { asReactNode } from './isReactNode.js';
import { propsError } from './propsError.js';

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
  const selectId = typeof id === 'string' && id ? id : fallbackId;
  const problem = propsError(() => {
    if (options !== undefined) checkItems(options, 'options');
  });
  if (problem) return <ErrorMessage error={problem} />;
  return (
    <span className="ts-select-field">
      <KitStyle />
      <label htmlFor={selectId} className={hideLabel ? 'ts-visually-hidden' : undefined}>
        {asReactNode(label)}
      </label>
      <select
        id={selectId}
        className={classNames('ts-select', size === 'sm' && 'ts-select--sm', className)}
        onChange={(event) => {
          onChange?.(event);
          if (typeof onValueChange === 'function') onValueChange(event.target.value as T);
        }}
        {...domProps(props)}
      >
        {options?.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled === true}>
            {asReactNode(option.label)}
          </option>
        ))}
        {asReactNode(children)}
      </select>
    </span>
  );
}

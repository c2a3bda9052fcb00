'use client';
import type { ComponentPropsWithRef } from 'react';
import { classNames } from './classNames.js';
import { KitStyle } from './KitStyle.js';
import { domProps } from './domProps.js';
import { asReactNode } from './isReactNode.js';

export type ButtonVariant = 'default' | 'primary' | 'quiet' | 'link';
export type ControlSize = 'sm' | 'md';

export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  /** `primary` for the main action, `quiet` for a borderless one, `link` for a word that acts. Default `default`. */
  variant?: ButtonVariant;
  /** `sm` for dense toolbars. Default `md`. */
  size?: ControlSize;
  /** Makes it a toggle button (`aria-pressed`), drawn filled when true. */
  pressed?: boolean;
}

/** The kit's button. `type` defaults to `"button"` so it never submits a form by accident. */
export function Button({
  variant = 'default',
  size = 'md',
  pressed,
  className,
  type = 'button',
  ...props
}: ButtonProps) {
  return (
    <>
      <KitStyle />
      <button
        aria-pressed={typeof pressed === 'boolean' ? pressed : undefined}
        className={classNames(
          'ts-button',
          typeof variant === 'string' && variant !== 'default' && `ts-button--${variant}`,
          size === 'sm' && 'ts-button--sm',
          className,
        )}
        {...domProps(props)}
        type={type === 'submit' || type === 'reset' ? type : 'button'}
      >
        {asReactNode(props.children)}
      </button>
    </>
  );
}

'use client';
import type { ComponentPropsWithRef } from 'react';
import type { ControlSize } from './Button.js';
import { classNames } from './classNames.js';
import { KitStyle } from './KitStyle.js';
import { domProps } from './domProps.js';

export interface InputProps extends Omit<ComponentPropsWithRef<'input'>, 'size'> {
  size?: ControlSize;
}

/** The kit's themed `<input>` (text, number, search…); put it in a `Field` for its label. */
export function Input({ size = 'md', className, ...props }: InputProps) {
  return (
    <>
      <KitStyle />
      <input
        className={classNames('ts-input', size === 'sm' && 'ts-input--sm', className)}
        {...domProps(props)}
        children={undefined}
      />
    </>
  );
}

'use client';
import { Field, type FieldControlProps } from '@tensorscope/common/react';
import type { ReactNode } from 'react';

/**
 * A calculator field on the kit's `Field`: label, the control, and under it the hint — or, while the
 * value is invalid, the error instead (an alert).
 */
export function CalculatorField({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint: string;
  error: string | undefined;
  children: (control: FieldControlProps) => ReactNode;
}) {
  return (
    <Field label={label} hint={error ? undefined : hint} error={error}>
      {children}
    </Field>
  );
}

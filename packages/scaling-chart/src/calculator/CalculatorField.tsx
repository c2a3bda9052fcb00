'use client';
import type { CSSProperties, ReactNode } from 'react';
import { buttonStyle } from '../ui/controls.js';

const FIELD: CSSProperties = { display: 'flex', flexDirection: 'column', gap: 2, fontSize: 12 };
const LABEL: CSSProperties = { fontWeight: 600 };

/** The look of a calculator input or select; a red, thicker border while invalid. */
function controlStyle(invalid: boolean): CSSProperties {
  return {
    ...buttonStyle,
    fontSize: 13,
    borderRadius: 6,
    padding: '4px 6px',
    cursor: 'text',
    background: 'var(--ts-bg)',
    borderColor: invalid ? 'var(--ts-error-fg)' : 'var(--ts-border)',
    borderWidth: invalid ? 2 : 1,
    width: '100%',
    boxSizing: 'border-box',
  };
}

/**
 * A labelled calculator field: the control (rendered by the caller with the attributes given) and
 * a line under it that shows the hint, or the error as an alert.
 */
export function CalculatorField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint: string;
  error: string | undefined;
  children: (attributes: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby': string;
    style: CSSProperties;
  }) => ReactNode;
}) {
  return (
    <div style={FIELD}>
      <label htmlFor={id} style={LABEL}>
        {label}
      </label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': `${id}-msg`,
        style: controlStyle(Boolean(error)),
      })}
      <span
        id={`${id}-msg`}
        role={error ? 'alert' : undefined}
        style={{ color: error ? 'var(--ts-error-fg)' : 'var(--ts-muted)' }}
      >
        {error ?? hint}
      </span>
    </div>
  );
}

'use client';
import type { ButtonHTMLAttributes, CSSProperties, ReactNode, SelectHTMLAttributes } from 'react';

const control: CSSProperties = {
  font: 'inherit',
  fontSize: 13,
  color: 'var(--ts-fg)',
  background: 'var(--ts-surface)',
  border: '1px solid var(--ts-border)',
  borderRadius: 4,
  padding: '2px 8px',
  minHeight: 28,
};

/** A themed button; `pressed` makes it a toggle (aria-pressed). */
export function Button({ pressed, style, ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { pressed?: boolean }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      {...props}
      style={{
        ...control,
        cursor: props.disabled ? 'default' : 'pointer',
        opacity: props.disabled ? 0.6 : 1,
        ...(pressed
          ? { background: 'var(--ts-accent)', color: 'var(--ts-accent-fg)', borderColor: 'var(--ts-accent)' }
          : null),
        ...style,
      }}
    />
  );
}

/** A button that reads as a link (a word in a list that selects and flies to its point). */
export function LinkButton({ style, ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="button"
      {...props}
      style={{
        font: 'inherit',
        background: 'none',
        border: 0,
        color: 'var(--ts-accent)',
        cursor: 'pointer',
        padding: '1px 0',
        textAlign: 'left',
        ...style,
      }}
    />
  );
}

/** A labelled select. */
export function Select({
  label,
  style,
  children,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & { label: string; children: ReactNode }) {
  return (
    <label style={{ display: 'inline-flex', gap: 4, alignItems: 'center', fontSize: 13 }}>
      <span>{label}</span>
      <select {...props} style={{ ...control, ...style }}>
        {children}
      </select>
    </label>
  );
}

/** A labelled text or number input. */
export function Field({
  label,
  width = 80,
  ...props
}: React.InputHTMLAttributes<HTMLInputElement> & { label: string; width?: number }) {
  return (
    <label style={{ display: 'inline-flex', gap: 4, alignItems: 'center', fontSize: 13 }}>
      <span>{label}</span>
      <input {...props} style={{ ...control, width, padding: '2px 6px' }} />
    </label>
  );
}

export const panelStyle: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: 8,
  alignItems: 'center',
};

'use client';
import type { CSSProperties, ReactNode } from 'react';

const BUTTON: CSSProperties = {
  font: 'inherit',
  fontSize: 12,
  color: 'var(--ts-fg)',
  background: 'var(--ts-surface)',
  border: '1px solid var(--ts-border)',
  padding: '3px 9px',
  cursor: 'pointer',
  minHeight: 26,
};

const PRESSED: CSSProperties = {
  background: 'var(--ts-accent)',
  color: 'var(--ts-accent-fg)',
  borderColor: 'var(--ts-accent)',
};

/** A row of controls above a chart; wraps on narrow screens. */
export function Toolbar({ children, label }: { children: ReactNode; label: string }) {
  return (
    <div
      role="toolbar"
      aria-label={label}
      style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '6px 16px', marginBottom: 8 }}
    >
      {children}
    </div>
  );
}

/** A labelled group of buttons of which one is pressed (a segmented control). */
export function ToggleGroup<T extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <span role="group" aria-label={label} style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      <span aria-hidden="true" style={{ fontSize: 12, color: 'var(--ts-muted)' }}>
        {label}
      </span>
      <span style={{ display: 'inline-flex' }}>
        {options.map((option, i) => (
          <button
            key={option.value}
            type="button"
            aria-pressed={option.value === value}
            onClick={() => onChange(option.value)}
            style={{
              ...BUTTON,
              ...(option.value === value ? PRESSED : null),
              borderRadius: i === 0 ? '6px 0 0 6px' : i === options.length - 1 ? '0 6px 6px 0' : 0,
              marginLeft: i === 0 ? 0 : -1,
            }}
          >
            {option.label}
          </button>
        ))}
      </span>
    </span>
  );
}

/** Buttons that each switch one thing on or off (aria-pressed). */
export function CheckGroup<T extends string>({
  label,
  options,
  selected,
  onToggle,
}: {
  label: string;
  options: readonly { value: T; label: string }[];
  selected: ReadonlySet<T>;
  onToggle: (value: T) => void;
}) {
  return (
    <span role="group" aria-label={label} style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      <span aria-hidden="true" style={{ fontSize: 12, color: 'var(--ts-muted)' }}>
        {label}
      </span>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={selected.has(option.value)}
          onClick={() => onToggle(option.value)}
          style={{
            ...BUTTON,
            borderRadius: 12,
            ...(selected.has(option.value) ? PRESSED : { textDecoration: 'line-through' }),
          }}
        >
          {option.label}
        </button>
      ))}
    </span>
  );
}

/** A labelled `<select>`. */
export function SelectField<T extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <label style={{ display: 'inline-flex', alignItems: 'center', gap: 6, fontSize: 12, color: 'var(--ts-muted)' }}>
      {label}
      <select
        value={value}
        onChange={(event) => onChange(event.target.value as T)}
        style={{ ...BUTTON, borderRadius: 6, padding: '3px 6px' }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export const buttonStyle = BUTTON;

'use client';
import { Button, Select, ToggleGroup as KitToggleGroup, Toolbar as KitToolbar } from '@tensorscope/common/react';
import type { CSSProperties, ReactNode } from 'react';

/** A row of controls above a chart (the kit's toolbar: wraps on narrow screens, arrow keys move). */
export function Toolbar({ children, label }: { children: ReactNode; label: string }) {
  return <KitToolbar aria-label={label}>{children}</KitToolbar>;
}

/** A labelled single choice (the kit's segmented control, a radio group). */
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
  return <KitToggleGroup label={label} items={options} value={value} onValueChange={onChange} size="sm" />;
}

const GROUP: CSSProperties = { display: 'inline-flex', alignItems: 'center', gap: 6 };
const GROUP_LABEL: CSSProperties = { fontSize: 12, color: 'var(--ts-muted)' };
// A status that is switched off is struck through, so the state does not rest on colour alone.
const OFF: CSSProperties = { textDecoration: 'line-through' };

/** Buttons that each switch one thing on or off (kit toggle buttons, aria-pressed). */
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
    <span role="group" aria-label={label} style={GROUP}>
      <span aria-hidden="true" style={GROUP_LABEL}>
        {label}
      </span>
      {options.map((option) => (
        <Button
          key={option.value}
          size="sm"
          pressed={selected.has(option.value)}
          onClick={() => onToggle(option.value)}
          style={selected.has(option.value) ? undefined : OFF}
        >
          {option.label}
        </Button>
      ))}
    </span>
  );
}

/** A labelled `<select>` (the kit's). */
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
  return <Select label={label} options={options} value={value} onValueChange={onChange} size="sm" />;
}

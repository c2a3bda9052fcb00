'use client';
import type { CSSProperties } from 'react';
import type { TrainingRunPreset } from '../data/presets.js';
import { buttonStyle } from '../ui/controls.js';

const ROW: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: 6, marginBottom: 10 };
const LABEL: CSSProperties = { fontSize: 12, color: 'var(--ts-muted)', alignSelf: 'center' };
const PILL: CSSProperties = { ...buttonStyle, borderRadius: 12 };
const PILL_PRESSED: CSSProperties = {
  ...PILL,
  background: 'var(--ts-accent)',
  color: 'var(--ts-accent-fg)',
  borderColor: 'var(--ts-accent)',
};

/** One pill per published run; the loaded one is pressed until a field is edited. */
export function PresetButtons({
  label,
  presets,
  selected,
  onSelect,
}: {
  label: string;
  presets: readonly TrainingRunPreset[];
  selected: string | null;
  onSelect: (preset: TrainingRunPreset) => void;
}) {
  return (
    <div role="group" aria-label={label} style={ROW}>
      <span style={LABEL}>{label}</span>
      {presets.map((p) => (
        <button
          key={p.id}
          type="button"
          aria-pressed={p.id === selected}
          onClick={() => onSelect(p)}
          style={p.id === selected ? PILL_PRESSED : PILL}
        >
          {p.name}
        </button>
      ))}
    </div>
  );
}

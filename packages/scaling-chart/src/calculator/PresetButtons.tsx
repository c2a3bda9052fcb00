'use client';
import { Button } from '@tensorscope/common/react';
import type { CSSProperties } from 'react';
import type { TrainingRunPreset } from '../data/presets.js';

const ROW: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: 6, marginBottom: 10 };
const LABEL: CSSProperties = { fontSize: 12, color: 'var(--ts-muted)', alignSelf: 'center' };

/** One toggle button per published run; the loaded one is pressed until a field is edited. */
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
        <Button key={p.id} size="sm" pressed={p.id === selected} onClick={() => onSelect(p)}>
          {p.name}
        </Button>
      ))}
    </div>
  );
}

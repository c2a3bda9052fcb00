'use client';
import { Select } from '@tensorscope/common/react';
import type { AttentionTransform } from './AttentionHeatmap.js';
import type { AttentionSource } from './core/attentionSource.js';
import type { AttentionSelection } from './core/selection.js';
import type { messages } from './messages.js';

export interface HeatmapControlsProps {
  shape: AttentionSource['shape'];
  selection: AttentionSelection;
  onChange: (patch: Partial<AttentionSelection>) => void;
  transform: AttentionTransform;
  onTransform: (patch: Partial<AttentionTransform>) => void;
  t: (typeof messages)['en'];
}

const numbered = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ value: String(i), label: String(i + 1) }));

/** Layer, head (or all heads and how to combine them), layers mode, special tokens and whole words. */
export function HeatmapControls({ shape, selection, onChange, transform, onTransform, t }: HeatmapControlsProps) {
  const [layers, heads] = shape;
  const allHeads = selection.heads.length === heads && heads > 1;
  return (
    <div
      className="ts-attention-heatmap__controls"
      style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 6 }}
    >
      <Select
        label={t.layer}
        value={String(selection.layer)}
        options={numbered(layers)}
        onValueChange={(value) => onChange({ layer: Number(value) })}
      />
      <Select
        label={t.head}
        value={allHeads ? 'all' : String(selection.heads[0] ?? 0)}
        options={[...numbered(heads), ...(heads > 1 ? [{ value: 'all', label: t.allHeads }] : [])]}
        onValueChange={(value) =>
          onChange({ heads: value === 'all' ? Array.from({ length: heads }, (_, i) => i) : [Number(value)] })
        }
      />
      {selection.heads.length > 1 ? (
        <Select<AttentionSelection['aggregate']>
          label={t.aggregate}
          value={selection.aggregate}
          options={[
            { value: 'mean', label: t.mean },
            { value: 'max', label: t.max },
            { value: 'sum', label: t.sum },
          ]}
          onValueChange={(aggregate) => onChange({ aggregate })}
        />
      ) : null}
      <Select<AttentionTransform['layers']>
        label={t.layersMode}
        value={transform.layers}
        options={[
          { value: 'selected', label: t.thisLayer },
          { value: 'all', label: t.allLayers },
          { value: 'rollout', label: t.rollout },
        ]}
        onValueChange={(layers) => onTransform({ layers })}
      />
      <label>
        <input
          type="checkbox"
          checked={transform.hideSpecialTokens}
          onChange={(event) => onTransform({ hideSpecialTokens: event.target.checked })}
        />{' '}
        {t.hideSpecial}
      </label>
      <label>
        <input
          type="checkbox"
          checked={transform.wholeWords}
          onChange={(event) => onTransform({ wholeWords: event.target.checked })}
        />{' '}
        {t.wholeWords}
      </label>
    </div>
  );
}

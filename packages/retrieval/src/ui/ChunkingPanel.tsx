import { interpolate, type Locale } from '@tensorscope/common';
import { Field, Input, Select, ToggleGroup } from '@tensorscope/common/react';
import { useMemo, useState } from 'react';
import { CHUNK_UNITS, DEFAULT_CHUNK_SIZE, type ChunkUnit } from '../core/chunk.js';
import type { ChunkSettings } from '../core/explorer.js';
import type { Chunk } from '../core/retrievalIndex.js';
import { ChunkedText } from '../ChunkView.js';
import { messages } from '../messages.js';

export interface ChunkingPanelProps {
  settings: ChunkSettings;
  onChange: (settings: Partial<ChunkSettings>) => void;
  /** The current index's chunks (grouped by passage for the preview). */
  chunks: readonly Chunk[];
  /** Passage to preview; default the first. */
  passageId: string | null;
  onPassage: (id: string) => void;
  locale: Locale;
}

const SIZE_MAX: Record<ChunkUnit, number> = { characters: 1000, tokens: 300, sentences: 8 };

/**
 * How passages are cut (unit, size, overlap) and one passage drawn with its chunks. A change
 * rebuilds the index; an invalid pair (overlap ≥ size) is refused with a message by the controller.
 */
export function ChunkingPanel({ settings, onChange, chunks, passageId, onPassage, locale }: ChunkingPanelProps) {
  const t = messages[locale];
  const unit = t.units[settings.by];
  // Sizes are typed freely and applied on blur/Enter, so typing "12" does not rebuild at "1".
  const [draft, setDraft] = useState<{ size: string; overlap: string } | null>(null);
  const passages = useMemo(() => {
    const map = new Map<string, Chunk[]>();
    for (const chunk of chunks) {
      const list = map.get(chunk.passage.id) ?? [];
      list.push(chunk);
      map.set(chunk.passage.id, list);
    }
    return map;
  }, [chunks]);
  const shownId = passageId && passages.has(passageId) ? passageId : (passages.keys().next().value ?? null);
  const shown = shownId ? passages.get(shownId)! : [];
  const apply = () => {
    if (!draft) return;
    onChange({ size: Number(draft.size), overlap: Number(draft.overlap) });
    setDraft(null);
  };
  const numberField = (key: 'size' | 'overlap', label: string, max: number) => (
    <Field label={interpolate(label, { unit })} inline>
      <Input
        type="number"
        min={key === 'size' ? 1 : 0}
        max={max}
        size="sm"
        style={{ width: '6em' }}
        value={draft ? draft[key] : String(settings[key])}
        onChange={(event) =>
          setDraft({
            size: String(settings.size),
            overlap: String(settings.overlap),
            ...draft,
            [key]: event.currentTarget.value,
          })
        }
        onBlur={apply}
        onKeyDown={(event) => event.key === 'Enter' && apply()}
      />
    </Field>
  );
  return (
    <div className="ts-rx-stack">
      <div className="ts-rx-row">
        <ToggleGroup<ChunkUnit>
          label={t.chunkBy}
          items={CHUNK_UNITS.map((value) => ({ value, label: t.units[value] }))}
          value={settings.by}
          onValueChange={(by) => {
            setDraft(null);
            onChange({ by, size: DEFAULT_CHUNK_SIZE[by], overlap: 0 });
          }}
          size="sm"
        />
        {numberField('size', t.size, SIZE_MAX[settings.by])}
        {numberField('overlap', t.overlap, SIZE_MAX[settings.by] - 1)}
        {shownId ? (
          <Select<string>
            label={interpolate(t.chunkPreview, { id: '' }).trim()}
            size="sm"
            value={shownId}
            onValueChange={onPassage}
            options={[...passages.keys()].map((id) => ({ value: id, label: id }))}
          />
        ) : null}
      </div>
      {shown.length > 0 ? <ChunkedText text={shown[0]!.passage.text} chunks={shown} locale={locale} /> : null}
    </div>
  );
}

'use client';
import { useState } from 'react';
import type { EmbeddingData } from '../core/embeddingData.js';
import type { EmbeddingViewState } from '../core/viewState.js';
import type { explorerMessages } from '../explorerMessages.js';
import { Button, Field, Input, Select } from '@tensorscope/common/react';
import { rowStyle } from './rowStyle.js';

type Spec = EmbeddingViewState['projection'];
type Kind = Spec['kind'];

const DRAFTS: { [K in Kind]: Extract<Spec, { kind: K }> } = {
  pca: { kind: 'pca', components: [0, 1, 2] },
  umap: { kind: 'umap', seed: 42, neighbors: 15, minDist: 0.1 },
  tsne: { kind: 'tsne', seed: 42, perplexity: 30 },
  axes: { kind: 'axes', x: ['', ''] },
  precomputed: { kind: 'precomputed' },
};

/**
 * Projection choice and its parameters. PCA and given coordinates apply at once; UMAP, t-SNE and
 * semantic axes apply with Run/Apply, so a long computation never starts by accident.
 */
export function ProjectionControls({
  data,
  spec,
  onChange,
  messages: t,
  running,
}: {
  data: EmbeddingData;
  spec: Spec;
  onChange: (spec: Spec) => void;
  messages: (typeof explorerMessages)['en'];
  running: boolean;
}) {
  const [draft, setDraft] = useState<Spec>(spec);
  const [lastSpec, setLastSpec] = useState(spec);
  if (spec !== lastSpec) {
    setLastSpec(spec);
    setDraft(spec);
  }
  const componentCount = Math.min(10, data.dimensions);
  const kinds: Kind[] = ['pca', 'umap', 'tsne', 'axes', ...(data.coordinates ? (['precomputed'] as const) : [])];
  const setKind = (kind: Kind) => {
    const next = kind === spec.kind ? spec : DRAFTS[kind];
    setDraft(next);
    if (kind === 'pca' || kind === 'precomputed') onChange(next);
  };

  return (
    <div style={rowStyle}>
      <Select label={t.projection} value={draft.kind} onChange={(event) => setKind(event.target.value as Kind)}>
        {kinds.map((kind) => (
          <option key={kind} value={kind}>
            {t[kind]}
          </option>
        ))}
      </Select>
      {draft.kind === 'pca' ? (
        <span role="group" aria-label={t.components} style={{ display: 'inline-flex', gap: 4 }}>
          {[0, 1, 2].map((axis) => (
            <Select
              key={axis}
              label={[t.axisX, t.axisY, t.axisZ][axis]!}
              value={String(draft.components[axis])}
              onChange={(event) => {
                const components = [...draft.components] as [number, number, number];
                components[axis] = Number(event.target.value);
                onChange({ kind: 'pca', components });
              }}
            >
              {Array.from({ length: componentCount }, (_, c) => (
                <option key={c} value={c}>
                  PC{c + 1}
                </option>
              ))}
            </Select>
          ))}
        </span>
      ) : null}
      {draft.kind === 'umap' ? (
        <>
          <Field label={t.neighbors} inline>
            <Input
              type="number"
              min={2}
              max={100}
              style={{ width: 56 }}
              value={draft.neighbors}
              onChange={(event) => setDraft({ ...draft, neighbors: Number(event.target.value) })}
            />
          </Field>
          <Field label={t.minDist} inline>
            <Input
              type="number"
              min={0}
              max={0.99}
              step={0.05}
              style={{ width: 60 }}
              value={draft.minDist}
              onChange={(event) => setDraft({ ...draft, minDist: Number(event.target.value) })}
            />
          </Field>
        </>
      ) : null}
      {draft.kind === 'tsne' ? (
        <Field label={t.perplexity} inline>
          <Input
            type="number"
            min={2}
            max={100}
            style={{ width: 56 }}
            value={draft.perplexity}
            onChange={(event) => setDraft({ ...draft, perplexity: Number(event.target.value) })}
          />
        </Field>
      ) : null}
      {draft.kind === 'umap' || draft.kind === 'tsne' ? (
        <>
          <Field label={t.seed} inline>
            <Input
              type="number"
              style={{ width: 64 }}
              value={draft.seed}
              onChange={(event) => setDraft({ ...draft, seed: Math.round(Number(event.target.value)) })}
            />
          </Field>
          <Button onClick={() => onChange(draft)} disabled={running}>
            {t.run}
          </Button>
        </>
      ) : null}
      {draft.kind === 'axes' ? (
        <form
          style={rowStyle}
          onSubmit={(event) => {
            event.preventDefault();
            const y = draft.y && draft.y[0] && draft.y[1] ? draft.y : undefined;
            onChange(y ? { kind: 'axes', x: draft.x, y } : { kind: 'axes', x: draft.x });
          }}
        >
          <Field label={`${t.axisX} ${t.from}`} inline>
            <Input
              style={{ width: 90 }}
              value={draft.x[0]}
              onChange={(event) => setDraft({ ...draft, x: [event.target.value, draft.x[1]] })}
            />
          </Field>
          <Field label={t.to} inline>
            <Input
              style={{ width: 90 }}
              value={draft.x[1]}
              onChange={(event) => setDraft({ ...draft, x: [draft.x[0], event.target.value] })}
            />
          </Field>
          <Field label={`${t.axisY} ${t.from}`} inline>
            <Input
              style={{ width: 90 }}
              value={draft.y?.[0] ?? ''}
              onChange={(event) => setDraft({ ...draft, y: [event.target.value, draft.y?.[1] ?? ''] })}
            />
          </Field>
          <Field label={t.to} inline>
            <Input
              style={{ width: 90 }}
              value={draft.y?.[1] ?? ''}
              onChange={(event) => setDraft({ ...draft, y: [draft.y?.[0] ?? '', event.target.value] })}
            />
          </Field>
          <Button type="submit" disabled={!draft.x[0] || !draft.x[1]}>
            {t.apply}
          </Button>
        </form>
      ) : null}
    </div>
  );
}

'use client';
import { formatNumber, interpolate } from '@tensorscope/common';
import { ErrorMessage } from '@tensorscope/common/react';
import type { EmbeddingViewState } from '../core/viewState.js';
import { Button, Field, Input, Select } from '@tensorscope/common/react';
import { rowStyle } from './rowStyle.js';
import type { ExplorerPanelProps } from './panelProps.js';

/** Metric and k, then the exact nearest neighbours of the selected point with their scores. */
export function NeighborsPanel({ controller, state, onPick, messages: t, locale }: ExplorerPanelProps) {
  const { data, view, neighbors, focus } = state;
  const scoreWord = view.metric === 'euclidean' ? t.distance : t.similarity;
  return (
    <section aria-label={t.neighborsPanel} style={{ display: 'grid', gap: 6, alignContent: 'start' }}>
      <div style={rowStyle}>
        <Select
          label={t.metric}
          value={view.metric}
          onChange={(event) => controller.setMetric(event.target.value as EmbeddingViewState['metric'])}
        >
          <option value="cosine">{t.cosine}</option>
          <option value="euclidean">{t.euclidean}</option>
          <option value="dot">{t.dot}</option>
        </Select>
        <Field label={t.k} inline>
          <Input
            type="number"
            min={1}
            max={100}
            style={{ width: 60 }}
            value={view.k}
            onChange={(event) => controller.setK(Number(event.target.value))}
          />
        </Field>
      </div>
      <p style={{ margin: 0, fontSize: 11, color: 'var(--ts-muted)' }}>{t.metricNote}</p>
      {state.neighborError ? <ErrorMessage error={state.neighborError} locale={locale} /> : null}
      {neighbors && state.neighborsFiltered > 0 ? (
        <p style={{ margin: 0, fontSize: 12, color: 'var(--ts-muted)' }}>
          {interpolate(neighbors.list.length === 0 ? t.filterAllNeighbors : t.filterSomeNeighbors, {
            count: formatNumber(state.neighborsFiltered, locale),
          })}
        </p>
      ) : null}
      {neighbors ? (
        <table style={{ fontSize: 13, borderCollapse: 'collapse' }}>
          <caption style={{ textAlign: 'left', fontSize: 12, color: 'var(--ts-muted)' }}>
            {interpolate(t.neighborsOf, { label: data.labels[neighbors.of] ?? '', dimensions: data.dimensions })}
          </caption>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'right', paddingRight: 6 }}>
                {t.rank}
              </th>
              <th scope="col" style={{ textAlign: 'left' }}>
                {t.focused}
              </th>
              <th scope="col" style={{ textAlign: 'right' }}>
                {scoreWord}
              </th>
            </tr>
          </thead>
          <tbody>
            {neighbors.list.slice(0, 20).map((n) => (
              <tr key={n.index} style={focus === n.index ? { background: 'var(--ts-surface)' } : undefined}>
                <td style={{ textAlign: 'right', paddingRight: 6 }}>{n.rank}</td>
                <td>
                  <Button variant="link" onClick={() => onPick(n.index)}>
                    {data.labels[n.index]}
                  </Button>
                </td>
                <td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
                  {formatNumber(n.score, locale, { maximumFractionDigits: 3, minimumFractionDigits: 3 })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p style={{ margin: 0, fontSize: 13 }}>{t.noNeighbors}</p>
      )}
    </section>
  );
}

'use client';
import { formatNumber, interpolate } from '@tensorscope/common';
import { Button, ErrorMessage } from '@tensorscope/common/react';
import { useState } from 'react';
import { clusterMethodText } from './messages.js';
import type { ExplorerPanelProps } from './panelProps.js';

/**
 * The cluster labels as a keyboard-reachable list: a level (coarse, medium, fine), then one
 * button per cluster with its label and size; a button focuses the cluster's most typical row,
 * flies there and announces the cluster (label, size, how the label was chosen) in the live
 * region. Also says how the contours were drawn, with the measured time.
 */
export function ClusterPanel({
  controller,
  state,
  messages: t,
  locale,
  onFly,
}: Omit<ExplorerPanelProps, 'onPick'> & { onFly: (row: number) => void }) {
  const [level, setLevel] = useState(0);
  const { density, view } = state;
  if (!view.density && !view.clusterLabels) return null;
  const current = density && density.layout === state.layout ? density : null;
  const levels = current?.map.clusters.levels ?? [];
  const shownLevel = Math.min(level, Math.max(0, levels.length - 1));
  const labels = current?.labels?.[shownLevel] ?? [];
  const names = [t.clusterCoarse, t.clusterMedium, t.clusterFine];
  const grid = current?.map.grid;
  return (
    <section aria-label={t.clustersPanel} style={{ display: 'grid', gap: 6, alignContent: 'start' }}>
      <h3 style={{ margin: 0, fontSize: 14 }}>{t.clustersPanel}</h3>
      {state.densityError ? <ErrorMessage error={state.densityError} locale={locale} /> : null}
      {state.densityRunning ? (
        <p role="status" style={{ margin: 0, fontSize: 12 }}>
          {t.densityComputing}
        </p>
      ) : null}
      {current && grid ? (
        <p style={{ margin: 0, fontSize: 11, color: 'var(--ts-muted)' }}>
          {interpolate(t.densityNote, {
            masses: current.map.contours
              .map((c) => formatNumber(c.mass, locale, { style: 'percent', maximumFractionDigits: 0 }))
              .join(' / '),
            plane: current.axes[1] === 2 ? t.densityPlane3d : t.densityPlane2d,
            bandwidth: formatNumber(grid.bandwidth[0], locale, { maximumSignificantDigits: 2 }),
            ms: formatNumber(current.ms, locale, { maximumFractionDigits: 0 }),
          })}
          {current.mask ? ` ${t.densityFiltered}` : null}
        </p>
      ) : null}
      {view.clusterLabels && current?.labels ? (
        <>
          <p style={{ margin: 0, fontSize: 11, color: 'var(--ts-muted)' }}>{t.clustersHelp}</p>
          <div role="group" aria-label={t.clusterLevels} style={{ display: 'inline-flex', gap: 2 }}>
            {levels.map((entry, l) => (
              <Button key={l} pressed={shownLevel === l} onClick={() => setLevel(l)}>
                {`${names[l] ?? l + 1} (${formatNumber(entry.clusters.length, locale)})`}
              </Button>
            ))}
          </div>
          {labels.length === 0 ? (
            <p style={{ margin: 0, fontSize: 12 }}>{t.clustersEmpty}</p>
          ) : (
            <>
              <p style={{ margin: 0, fontSize: 11, color: 'var(--ts-muted)' }}>
                {clusterMethodText(labels[0]!, t, locale)}
              </p>
              <ul
                aria-label={`${t.clustersPanel}: ${names[shownLevel] ?? ''}`}
                style={{
                  margin: 0,
                  padding: 0,
                  listStyle: 'none',
                  display: 'grid',
                  gap: 2,
                  maxHeight: 220,
                  overflow: 'auto',
                }}
              >
                {labels.map((label) => (
                  <li key={label.cluster}>
                    <button
                      type="button"
                      className="ts-embedding-space__cluster"
                      onClick={() => {
                        const row = controller.focusCluster(shownLevel, label.cluster);
                        if (row !== null) onFly(row);
                      }}
                      style={{
                        background: 'none',
                        border: 'none',
                        color: 'inherit',
                        font: 'inherit',
                        textAlign: 'left',
                        cursor: 'pointer',
                        display: 'flex',
                        justifyContent: 'space-between',
                        gap: 8,
                        width: '100%',
                        fontSize: 13,
                        padding: '2px 4px',
                        borderRadius: 3,
                        outlineColor: 'var(--ts-focus)',
                      }}
                    >
                      <span>
                        {label.method === 'category'
                          ? `${label.text.split(', ')[0]} (${formatNumber(label.terms[0]?.share ?? 0, locale, { style: 'percent', maximumFractionDigits: 0 })})`
                          : label.text}
                      </span>
                      <span style={{ color: 'var(--ts-muted)' }}>
                        {interpolate(t.clusterPoints, { count: formatNumber(label.count, locale) })}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      ) : null}
    </section>
  );
}

'use client';
import { downloadBlob, downloadText, type Locale } from '@tensorscope/common';
import { Button, ExportMenu } from '@tensorscope/common/react';
import { useState, type RefObject } from 'react';
import type { ExplorerController, ExplorerState } from '../core/explorerController.js';
import { coordinatesToCsv, neighborsToCsv, selectionToJson } from '../core/exportData.js';
import { serializeViewState } from '../core/viewState.js';
import type { SceneApi } from '../scene/sceneApi.js';
import type { ExplorerMessages } from './messages.js';
import { rowStyle } from './rowStyle.js';

/** One export menu (layout, selection, neighbours, picture) and "copy view" for sharing. */
export function ExportBar({
  controller,
  state,
  sceneApi,
  messages: t,
  locale,
}: {
  controller: ExplorerController;
  state: ExplorerState;
  sceneApi: RefObject<SceneApi | null>;
  messages: ExplorerMessages;
  locale: Locale;
}) {
  const [copied, setCopied] = useState(false);
  const { data, layout, neighbors, view } = state;
  const copyState = async () => {
    const camera = sceneApi.current?.camera();
    const text = serializeViewState({ ...view, ...(camera ? { camera } : {}) });
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      controller.announce(text);
    }
  };
  return (
    <div role="group" aria-label={t.export} style={rowStyle}>
      <ExportMenu
        label={t.export}
        locale={locale}
        items={[
          {
            id: 'coordinates',
            label: t.exportCoordinates,
            disabled: !layout,
            onSelect: () => {
              if (layout)
                downloadText(
                  coordinatesToCsv(data.labels, layout.coordinates, layout.dimensions),
                  'coordinates.csv',
                  'text/csv',
                );
            },
          },
          {
            id: 'selection',
            label: t.exportSelection,
            disabled: view.selection.length === 0,
            onSelect: () =>
              downloadText(
                selectionToJson(
                  data.labels,
                  view.selection,
                  layout ? { values: layout.coordinates, dimensions: layout.dimensions } : undefined,
                ),
                'selection.json',
                'application/json',
              ),
          },
          {
            id: 'neighbours',
            label: t.exportNeighbors,
            disabled: !neighbors,
            onSelect: () => {
              if (!neighbors) return;
              const rows = neighbors.list.map((n) => ({
                label: data.labels[n.index] ?? String(n.index),
                score: n.score,
                rank: n.rank,
              }));
              downloadText(
                neighborsToCsv(data.labels[neighbors.of] ?? String(neighbors.of), rows, view.metric),
                'neighbours.csv',
                'text/csv',
              );
            },
          },
          {
            id: 'png',
            label: t.exportImage,
            disabled: !layout,
            onSelect: async () => {
              const blob = await sceneApi.current?.toPngBlob();
              if (blob) downloadBlob(blob, 'embedding.png');
            },
          },
        ]}
      />
      <Button onClick={() => void copyState()}>{copied ? t.copied : t.copyState}</Button>
    </div>
  );
}

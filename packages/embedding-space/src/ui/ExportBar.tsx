'use client';
import { downloadText, downloadUrl } from '@tensorscope/common';
import { useState, type RefObject } from 'react';
import type { ExplorerController, ExplorerState } from '../core/explorerController.js';
import { coordinatesToCsv, neighborsToCsv, selectionToJson } from '../core/exportData.js';
import { serializeViewState } from '../core/viewState.js';
import type { SceneApi } from '../scene/sceneApi.js';
import { Button, panelStyle } from './controls.js';
import type { ExplorerMessages } from './messages.js';

/** Downloads of the layout, selection, neighbours and picture, and "copy view" for sharing. */
export function ExportBar({
  controller,
  state,
  sceneApi,
  messages: t,
}: {
  controller: ExplorerController;
  state: ExplorerState;
  sceneApi: RefObject<SceneApi | null>;
  messages: ExplorerMessages;
}) {
  const [copied, setCopied] = useState(false);
  const { data, layout, neighbors, view } = state;
  const exportCoordinates = () => {
    if (layout)
      downloadText(coordinatesToCsv(data.labels, layout.coordinates, layout.dimensions), 'coordinates.csv', 'text/csv');
  };
  const exportSelection = () =>
    downloadText(
      selectionToJson(
        data.labels,
        view.selection,
        layout ? { values: layout.coordinates, dimensions: layout.dimensions } : undefined,
      ),
      'selection.json',
      'application/json',
    );
  const exportNeighbors = () => {
    if (!neighbors) return;
    downloadText(
      neighborsToCsv(
        data.labels[neighbors.of] ?? String(neighbors.of),
        neighbors.list.map((n) => ({ label: data.labels[n.index] ?? String(n.index), score: n.score, rank: n.rank })),
        view.metric,
      ),
      'neighbours.csv',
      'text/csv',
    );
  };
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
    <div role="group" aria-label={t.export} style={panelStyle}>
      <span style={{ fontSize: 13 }}>{t.export}:</span>
      <Button onClick={exportCoordinates} disabled={!layout}>
        {t.exportCoordinates}
      </Button>
      <Button onClick={exportSelection} disabled={view.selection.length === 0}>
        {t.exportSelection}
      </Button>
      <Button onClick={exportNeighbors} disabled={!neighbors}>
        {t.exportNeighbors}
      </Button>
      <Button
        onClick={() => {
          const url = sceneApi.current?.toDataURL();
          if (url) downloadUrl(url, 'embedding.png');
        }}
        disabled={!layout}
      >
        {t.exportImage}
      </Button>
      <Button onClick={() => void copyState()}>{copied ? t.copied : t.copyState}</Button>
    </div>
  );
}

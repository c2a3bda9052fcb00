'use client';
import type { ExplorerController, ExplorerState } from '../core/explorerController.js';
import { Button, Select } from '@tensorscope/common/react';
import { rowStyle } from './rowStyle.js';
import type { ExplorerMessages } from './messages.js';
import { ProjectionControls } from './ProjectionControls.js';

/** The row above the view: projection, 2D/3D and the colour column. */
export function ViewSettings({
  controller,
  state,
  messages: t,
}: {
  controller: ExplorerController;
  state: ExplorerState;
  messages: ExplorerMessages;
}) {
  const { data, view } = state;
  return (
    <div style={rowStyle}>
      <ProjectionControls
        data={data}
        spec={view.projection}
        onChange={controller.setProjection}
        messages={t}
        running={state.layoutProgress !== null}
      />
      <div role="group" aria-label={t.dimensions} style={{ display: 'inline-flex', gap: 2 }}>
        <Button pressed={view.mode === '2d'} onClick={() => controller.setMode('2d')}>
          {t.view2d}
        </Button>
        <Button
          pressed={view.mode === '3d'}
          onClick={() => controller.setMode('3d')}
          disabled={view.projection.kind === 'axes'}
        >
          {t.view3d}
        </Button>
      </div>
      {data.columns.length > 0 ? (
        <Select
          label={t.colorBy}
          value={view.colorBy ?? ''}
          onChange={(event) => controller.setColorBy(event.target.value || undefined)}
        >
          <option value="">{t.colorNone}</option>
          {data.columns.map((column) => (
            <option key={column.name} value={column.name}>
              {column.name}
            </option>
          ))}
        </Select>
      ) : null}
    </div>
  );
}

'use client';
import type { ExplorerController, ExplorerState } from '../core/explorerController.js';
import { Button, Field, Input } from '@tensorscope/common/react';
import { rowStyle } from './rowStyle.js';
import type { ExplorerMessages } from './messages.js';

/** The row under the view: reset, pointer tool, isolate, clear, labels, font size, table. */
export function ViewToolbar({
  controller,
  state,
  onReset,
  messages: t,
}: {
  controller: ExplorerController;
  state: ExplorerState;
  onReset: () => void;
  messages: ExplorerMessages;
}) {
  const { panel, isolated } = state;
  const selected = state.view.selection.length;
  return (
    <div style={rowStyle}>
      <Button onClick={onReset}>{t.reset}</Button>
      <div role="group" aria-label={t.tool} style={{ display: 'inline-flex', gap: 2 }}>
        {(['orbit', 'box', 'lasso'] as const).map((name) => (
          <Button key={name} pressed={panel.tool === name} onClick={() => controller.setTool(name)}>
            {name === 'orbit' ? t.toolOrbit : name === 'box' ? t.toolBox : t.toolLasso}
          </Button>
        ))}
      </div>
      <Button
        pressed={isolated}
        onClick={() => controller.setIsolated(!isolated)}
        disabled={selected === 0 && !isolated}
      >
        {isolated ? t.showAll : t.isolate}
      </Button>
      <Button onClick={() => controller.select(null)} disabled={selected === 0}>
        {t.clear}
      </Button>
      <Button pressed={panel.autoLabels} onClick={() => controller.setAutoLabels(!panel.autoLabels)}>
        {t.labels}
      </Button>
      <Button pressed={state.view.density === true} onClick={() => controller.setDensity(!state.view.density)}>
        {t.density}
      </Button>
      <Button
        pressed={state.view.clusterLabels === true}
        onClick={() => controller.setClusterLabels(!state.view.clusterLabels)}
      >
        {t.clusterLabels}
      </Button>
      <Field label={t.fontSize} inline>
        <Input
          type="number"
          min={8}
          max={24}
          style={{ width: 56 }}
          value={panel.fontSize}
          onChange={(event) => controller.setFontSize(Number(event.target.value))}
        />
      </Field>
      <Button pressed={panel.showTable} onClick={() => controller.setShowTable(!panel.showTable)}>
        {panel.showTable ? t.canvasView : t.table}
      </Button>
    </div>
  );
}

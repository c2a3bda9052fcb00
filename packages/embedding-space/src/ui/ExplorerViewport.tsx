'use client';
import { formatNumber, interpolate, themeColor, type Locale, type ThemeName } from '@tensorscope/common';
import { TensorscopeErrorBoundary } from '@tensorscope/common/react';
import { Suspense, lazy, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { ExplorerController, ExplorerState } from '../core/explorerController.js';
import { pointsInPolygon } from '../core/lasso.js';
import { withoutHidden } from '../core/pointState.js';
import type { CameraState, SceneApi } from '../scene/sceneApi.js';
import type { ExplorerMessages } from './messages.js';
import { SelectionOverlay } from './SelectionOverlay.js';

/** The three.js scene chunk; fetched while the first layout is computed. */
export const loadScene = () => import('../scene/ExplorerScene.js');
const ExplorerScene = lazy(loadScene);

function reducedMotion(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

export interface ExplorerViewportProps {
  controller: ExplorerController;
  state: ExplorerState;
  colors: Float32Array | null;
  states: Uint8Array;
  pinnedLabels: readonly number[];
  sceneApi: RefObject<SceneApi | null>;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  hintId: string;
  height: number;
  pointSize: number;
  initialCamera: CameraState | undefined;
  onFirstFrame: (() => void) | undefined;
  theme: ThemeName;
  messages: ExplorerMessages;
  locale: Locale;
}

/** The focusable view: the lazily loaded scene, HTML labels, box/lasso overlay, context-loss note and axis names. */
export function ExplorerViewport(props: ExplorerViewportProps) {
  const { controller, state, states, theme, messages: t, locale } = props;
  const { data, layout, neighbors, panel, meaningQuery } = state;
  const labelLayer = useRef<HTMLDivElement>(null);
  const [contextLost, setContextLost] = useState(false);
  const focusColor = themeColor(theme, '--ts-focus');
  return (
    <div
      role="application"
      aria-roledescription={t.roleDescription}
      aria-label={interpolate(t.label, { count: formatNumber(data.count, locale), dimensions: data.dimensions })}
      aria-describedby={props.hintId}
      tabIndex={0}
      onKeyDown={props.onKeyDown}
      data-testid="embedding-space-canvas"
      style={{
        position: 'relative',
        height: props.height,
        borderRadius: 6,
        overflow: 'hidden',
        border: '1px solid var(--ts-border)',
        outlineColor: 'var(--ts-focus)',
        display: panel.showTable ? 'none' : 'block',
      }}
    >
      {layout ? (
        <TensorscopeErrorBoundary locale={locale} resetKeys={[layout]}>
          <Suspense fallback={<p style={{ margin: 12 }}>{t.loading}</p>}>
            <ExplorerScene
              positions={layout.positions}
              mode={state.view.mode}
              colors={props.colors}
              color={themeColor(theme, '--ts-accent')}
              states={states}
              pointSize={props.pointSize}
              transitionMs={reducedMotion() ? 0 : 700}
              labels={data.labels}
              pinnedLabels={props.pinnedLabels}
              autoLabels={panel.autoLabels}
              fontSize={panel.fontSize}
              neighborLines={
                neighbors ? { from: neighbors.of, to: neighbors.list.slice(0, 20).map((n) => n.index) } : null
              }
              queryMarker={
                meaningQuery?.placed && meaningQuery.position
                  ? {
                      position: meaningQuery.position,
                      text: meaningQuery.text,
                      neighbors: meaningQuery.neighbors.slice(0, 10).map((n) => n.index),
                    }
                  : null
              }
              density={
                state.density && (state.view.density || state.view.clusterLabels)
                  ? {
                      density: state.density,
                      showContours: state.view.density === true,
                      showLabels: state.view.clusterLabels === true,
                      mode: state.view.mode,
                      color: themeColor(theme, '--ts-fg'),
                      foreground: themeColor(theme, '--ts-fg'),
                      background: themeColor(theme, '--ts-bg'),
                      fontSize: panel.fontSize,
                    }
                  : null
              }
              background={themeColor(theme, '--ts-bg')}
              foreground={themeColor(theme, '--ts-fg')}
              highlight={focusColor}
              lineColor={themeColor(theme, '--ts-muted')}
              labelLayer={labelLayer}
              interactive={panel.tool === 'orbit'}
              initialCamera={props.initialCamera}
              onHover={controller.setHover}
              onClick={(index, additive) => controller.select(index, additive)}
              onReady={(api) => {
                props.sceneApi.current = api;
              }}
              onFirstFrame={props.onFirstFrame}
              onCameraChange={controller.setCamera}
              onContextLost={setContextLost}
            />
          </Suspense>
        </TensorscopeErrorBoundary>
      ) : (
        <p style={{ margin: 12 }}>{t.loading}</p>
      )}
      <div
        ref={labelLayer}
        aria-hidden="true"
        style={{ position: 'absolute', inset: 0, pointerEvents: 'none', overflow: 'hidden' }}
      />
      {panel.tool !== 'orbit' ? (
        <SelectionOverlay
          tool={panel.tool}
          color={focusColor}
          onSelect={(polygon, additive) => {
            const screen = props.sceneApi.current?.screenPositions();
            if (!screen) return;
            controller.selectArea(Array.from(pointsInPolygon(withoutHidden(screen, states), polygon)), additive);
          }}
        />
      ) : null}
      {contextLost ? (
        <p
          role="status"
          style={{ position: 'absolute', top: 8, left: 8, margin: 0, background: 'var(--ts-surface)', padding: 4 }}
        >
          {t.contextLost}
        </p>
      ) : null}
      {layout ? (
        <p
          aria-hidden="true"
          style={{ position: 'absolute', bottom: 4, left: 8, margin: 0, fontSize: 11, color: 'var(--ts-muted)' }}
        >
          {layout.axisLabels.map((label, i) => `${['X', 'Y', 'Z'][i]}: ${label}`).join(' · ')}
        </p>
      ) : null}
    </div>
  );
}

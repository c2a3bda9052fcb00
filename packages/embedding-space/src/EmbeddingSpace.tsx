'use client';
import {
  checkNumber,
  formatNumber,
  interpolate,
  themeColor,
  themedRootStyle,
  type Locale,
  type ThemeName,
  type ThemeSetting,
} from '@tensorscope/common';
import { ErrorMessage, useLastValid, useStore, useTensorscopeSettings } from '@tensorscope/common/react';
import type { RuntimeOptions } from '@tensorscope/tensor-core';
import { useEffect, useId, useRef, type CSSProperties } from 'react';
import { checkEmbeddingData } from './core/checkEmbeddingData.js';
import { type EmbeddingData } from './core/embeddingData.js';
import { checkInitialView, checkSelection, primaryOf } from './core/explorerController.js';
import { profileMark, profileSpan } from './core/mountProfile.js';
import type { EmbeddingViewState } from './core/viewState.js';
import { explorerMessages } from './explorerMessages.js';
import { useExplorerController } from './hooks/useExplorerController.js';
import { useExplorerKeys } from './hooks/useExplorerKeys.js';
import { usePointStyle } from './hooks/usePointStyle.js';
import type { CameraState, SceneApi } from './scene/sceneApi.js';
import { AnalogyPanel } from './ui/AnalogyPanel.js';
import { ClusterPanel } from './ui/ClusterPanel.js';
import { MeaningPanel } from './ui/MeaningPanel.js';
import { MetadataCharts } from './ui/MetadataCharts.js';
import { ExplorerViewport, loadScene } from './ui/ExplorerViewport.js';
import { ExportBar } from './ui/ExportBar.js';
import { LayoutProgress } from './ui/LayoutProgress.js';
import { Legend } from './ui/Legend.js';
import { announcementText, describePoint } from './ui/messages.js';
import { NeighborsPanel } from './ui/NeighborsPanel.js';
import { PointTable } from './ui/PointTable.js';
import { SearchPanel } from './ui/SearchPanel.js';
import { ViewSettings } from './ui/ViewSettings.js';
import { ViewToolbar } from './ui/ViewToolbar.js';

export interface EmbeddingSpaceProps {
  /** The vectors, labels and metadata to explore (see `createEmbeddingData` and the loaders). */
  data: EmbeddingData;
  /** Starting view: projection, 2D/3D, camera, selection, colour, metric, k, search. */
  initialState?: Partial<EmbeddingViewState>;
  /** Controlled selection (row indices). Pair with `onSelectionChange`. */
  selection?: readonly number[];
  onSelectionChange?: (selection: number[]) => void;
  /** Called with the serialisable view state whenever it changes (for sharing and URLs). */
  onStateChange?: (state: EmbeddingViewState) => void;
  /** Called once the first frame with points has been drawn. */
  onFirstFrame?: () => void;
  /** tensor-core runtime options (e.g. `wasmPaths`) for PCA, UMAP neighbours and kNN. */
  runtimeOptions?: RuntimeOptions;
  locale?: Locale;
  theme?: ThemeSetting;
  /** Height of the canvas in pixels. Default 480. Width follows the parent. */
  height?: number;
  /** Point diameter in pixels at unit distance. Default 5. */
  pointSize?: number;
  /**
   * Small linked charts of the metadata columns beside the map (bars per category, histograms of
   * numbers; brushing one filters the map and the neighbour list). Default: shown when the data
   * has metadata columns.
   */
  metadataCharts?: boolean;
  className?: string;
  style?: CSSProperties;
}

const TABLE_PAGE = 50;
const DEFAULT_HEIGHT = 480;
const DEFAULT_POINT_SIZE = 5;

/** The props that must fit the data or have a range, checked; what the explorer starts from. */
interface CheckedProps {
  initialState: Partial<EmbeddingViewState> | undefined;
  selection: readonly number[] | undefined;
  height: number;
  pointSize: number;
}

const DEFAULT_PROPS: CheckedProps = {
  initialState: undefined,
  selection: undefined,
  height: DEFAULT_HEIGHT,
  pointSize: DEFAULT_POINT_SIZE,
};

/** `initialState` and `selection` against the data, `height` and `pointSize` as positive numbers. */
function checkProps(data: EmbeddingData, props: EmbeddingSpaceProps): CheckedProps {
  const size = (value: unknown, argument: string, fallback: number) =>
    value === undefined ? fallback : checkNumber(value, argument, { min: Number.MIN_VALUE });
  return {
    initialState: props.initialState === undefined ? undefined : checkInitialView(data, props.initialState),
    selection: checkSelection(data, props.selection),
    height: size(props.height, 'height', DEFAULT_HEIGHT),
    pointSize: size(props.pointSize, 'pointSize', DEFAULT_POINT_SIZE),
  };
}

/**
 * An embedding explorer: every vector as a point in 3D or 2D (exact PCA, UMAP, t-SNE, semantic
 * axes or given coordinates), with search, exact nearest neighbours in the original space,
 * analogies, colour by metadata, box/lasso selection, export, and full keyboard access.
 * three.js and tensor-core load lazily on the client. The state lives in a headless
 * `createExplorerController`; this component only lays out its panels.
 */
export function EmbeddingSpace(props: EmbeddingSpaceProps) {
  const { locale, theme } = useTensorscopeSettings(props);
  // Bad data shows an error and keeps the last valid data on screen.
  const { value: data, error } = useLastValid(
    () => profileSpan('check data', () => checkEmbeddingData(props.data)),
    [props.data],
  );
  // So do props that do not fit it (an unknown colour column, a selected row it does not have):
  // the explorer starts from the last valid ones, else the defaults.
  const checked = useLastValid(
    () => (data ? checkProps(data, props) : DEFAULT_PROPS),
    [data, props.initialState, props.selection, props.height, props.pointSize],
  );
  const valid = checked.value ?? DEFAULT_PROPS;
  return (
    <div
      className={['ts-embedding-space', props.className].filter(Boolean).join(' ')}
      style={{ ...themedRootStyle(theme), width: '100%', display: 'grid', gap: 8, ...props.style }}
    >
      {error ? <ErrorMessage error={error} locale={locale} /> : null}
      {checked.error && !error ? <ErrorMessage error={checked.error} locale={locale} /> : null}
      {data ? (
        <Explorer
          {...props}
          data={data}
          initialState={valid.initialState}
          selection={valid.selection}
          height={valid.height}
          pointSize={valid.pointSize}
          locale={locale}
          theme={theme}
          showLayoutError={!error}
        />
      ) : null}
    </div>
  );
}

function Explorer(
  props: Omit<EmbeddingSpaceProps, 'theme'> & { locale: Locale; theme: ThemeName; showLayoutError: boolean },
) {
  const { locale, theme } = props;
  const t = explorerMessages[locale];
  const hintId = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const sceneApi = useRef<SceneApi | null>(null);
  const controller = useExplorerController(props.data, props);
  const state = useStore(controller.store);
  const { data, layout, hover } = state;
  const { coloring, states, pinnedLabels } = usePointStyle(state, themeColor(theme, '--ts-accent'));
  const onKeyDown = useExplorerKeys(controller, sceneApi, states, searchRef);

  // Fetch the three.js scene while the layout is computed, not after it (same module, loaded once).
  useEffect(() => {
    profileMark('explorer effects');
    void loadScene();
  }, []);

  const primary = primaryOf(state);
  const pick = (index: number) => {
    controller.select(index);
    sceneApi.current?.flyTo(index);
  };
  const panelProps = { controller, state, messages: t, locale, onPick: pick };
  const varianceShare = layout?.explainedVarianceRatio?.reduce((a, b) => a + b, 0);

  return (
    <>
      {props.showLayoutError && state.layoutError ? <ErrorMessage error={state.layoutError} locale={locale} /> : null}
      <ViewSettings controller={controller} state={state} messages={t} />
      {state.layoutProgress ? (
        <LayoutProgress
          progress={state.layoutProgress}
          onCancel={controller.cancelLayout}
          messages={t}
          locale={locale}
        />
      ) : null}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-start' }}>
        <div style={{ flex: '999 1 420px', minWidth: 0 }}>
          <ExplorerViewport
            controller={controller}
            state={state}
            colors={coloring.colors}
            states={states}
            pinnedLabels={pinnedLabels}
            sceneApi={sceneApi}
            onKeyDown={onKeyDown}
            hintId={hintId}
            height={props.height ?? DEFAULT_HEIGHT}
            pointSize={props.pointSize ?? DEFAULT_POINT_SIZE}
            initialCamera={props.initialState?.camera as CameraState | undefined}
            onFirstFrame={props.onFirstFrame}
            theme={theme}
            messages={t}
            locale={locale}
          />
        </div>
        {props.metadataCharts !== false && data.columns.length > 0 ? (
          <MetadataCharts controller={controller} state={state} messages={t} locale={locale} />
        ) : null}
      </div>
      {state.panel.showTable ? (
        <PointTable
          data={data}
          layout={layout}
          selection={state.view.selection}
          onSelect={pick}
          messages={t}
          locale={locale}
          pageSize={TABLE_PAGE}
        />
      ) : null}
      <p id={hintId} style={{ margin: 0, color: 'var(--ts-muted)', fontSize: 12 }}>
        {t.hint}
      </p>
      <div aria-live="polite" className="ts-embedding-space__readout" style={{ minHeight: 20, fontSize: 13 }}>
        {state.announcement
          ? announcementText(state.announcement, data, t, locale)
          : hover !== null
            ? describePoint(data, hover, locale)
            : primary !== null
              ? `${t.selected}: ${describePoint(data, primary, locale)}`
              : t.none}
      </div>
      {state.view.projection.kind === 'pca' && varianceShare !== undefined ? (
        <p style={{ margin: 0, fontSize: 12, color: 'var(--ts-muted)' }}>
          {interpolate(t.varianceNote, {
            count: formatNumber(data.count, locale),
            percent: formatNumber(varianceShare, locale, { style: 'percent', maximumFractionDigits: 1 }),
          })}
        </p>
      ) : null}
      <ViewToolbar controller={controller} state={state} onReset={() => sceneApi.current?.reset()} messages={t} />
      {coloring.legend ? (
        <Legend
          legend={coloring.legend}
          hidden={state.hiddenCategories}
          onToggle={controller.toggleCategory}
          locale={locale}
          title={t.legend}
          countLabel={t.count}
        />
      ) : null}
      <div style={{ display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))' }}>
        <SearchPanel {...panelProps} inputRef={searchRef} />
        <NeighborsPanel {...panelProps} />
        <AnalogyPanel {...panelProps} />
        <MeaningPanel {...panelProps} />
        <ClusterPanel
          controller={controller}
          state={state}
          messages={t}
          locale={locale}
          onFly={(row) => sceneApi.current?.flyTo(row)}
        />
      </div>
      <ExportBar controller={controller} state={state} sceneApi={sceneApi} messages={t} locale={locale} />
    </>
  );
}

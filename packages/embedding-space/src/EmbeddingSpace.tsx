'use client';
import {
  downloadText,
  downloadUrl,
  formatNumber,
  interpolate,
  themeColor,
  themedRootStyle,
  type Locale,
  type ThemeSetting,
} from '@tensorscope/common';
import {
  ErrorMessage,
  TensorscopeErrorBoundary,
  useLastValid,
  useTensorscopeSettings,
} from '@tensorscope/common/react';
import type { RuntimeOptions } from '@tensorscope/tensor-core';
import { Suspense, lazy, useCallback, useEffect, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import { analogyVector, parseAnalogy } from './core/analogy.js';
import { type EmbeddingData } from './core/embeddingData.js';
import { EmbeddingError } from './core/errors.js';
import { checkEmbeddingData } from './core/checkEmbeddingData.js';
import { coordinatesToCsv, neighborsToCsv, selectionToJson } from './core/exportData.js';
import { createLabelSearch, type LabelSearch } from './core/labelSearch.js';
import { labelIndex } from './core/labelIndex.js';
import { pointsInPolygon } from './core/lasso.js';
import { hexToRgb } from './core/palette.js';
import { computePointColors } from './core/pointColors.js';
import { nearestInDirection, nearestToPoint } from './core/screenNavigation.js';
import { DEFAULT_VIEW_STATE, serializeViewState, type EmbeddingViewState } from './core/viewState.js';
import { explorerMessages } from './explorerMessages.js';
import { useLayout } from './hooks/useLayout.js';
import { rowVector, useNeighbors, type Neighbor } from './hooks/useNeighbors.js';
import { POINT_STATE } from './scene/pointState.js';
import type { CameraState, SceneApi } from './scene/sceneApi.js';
import { Button, Field, LinkButton, Select, panelStyle } from './ui/controls.js';
import { Legend } from './ui/Legend.js';
import { PointTable } from './ui/PointTable.js';
import { ProjectionControls } from './ui/ProjectionControls.js';
import { SelectionOverlay, type AreaTool } from './ui/SelectionOverlay.js';

const loadScene = () => import('./scene/ExplorerScene.js');
const ExplorerScene = lazy(loadScene);

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
  className?: string;
  style?: CSSProperties;
}

const TABLE_PAGE = 50;

function reducedMotion(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

/**
 * An embedding explorer: every vector as a point in 3D or 2D (exact PCA, UMAP, t-SNE, semantic
 * axes or given coordinates), with search, exact nearest neighbours in the original space,
 * analogies, colour by metadata, box/lasso selection, export, and full keyboard access.
 * three.js and tensor-core load lazily on the client.
 */
export function EmbeddingSpace(props: EmbeddingSpaceProps) {
  const { locale, theme } = useTensorscopeSettings(props);
  const t = explorerMessages[locale];
  const hintId = useId();
  const viewRef = useRef<HTMLDivElement>(null);
  const labelLayer = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const sceneApi = useRef<SceneApi | null>(null);

  // Bad data shows an error and keeps the last valid data on screen.
  const { value: data, error: dataError } = useLastValid(() => checkEmbeddingData(props.data), [props.data]);

  const [state, setState] = useState<EmbeddingViewState>(() => ({ ...DEFAULT_VIEW_STATE, ...props.initialState }));
  const update = useCallback((patch: Partial<EmbeddingViewState>) => setState((s) => ({ ...s, ...patch })), []);
  const selection = useMemo(
    () => (props.selection ? [...props.selection] : state.selection),
    [props.selection, state.selection],
  );
  const setSelection = (next: number[]) => {
    if (!props.selection) update({ selection: next });
    props.onSelectionChange?.(next);
  };
  const primary = selection.length > 0 ? selection[selection.length - 1]! : null;

  const [hover, setHover] = useState<number | null>(null);
  const [focus, setFocus] = useState<number | null>(null);
  const [hiddenCategories, setHiddenCategories] = useState<ReadonlySet<number>>(new Set());
  const [isolated, setIsolated] = useState(false);
  const [autoLabels, setAutoLabels] = useState(true);
  const [fontSize, setFontSize] = useState(12);
  const [tool, setTool] = useState<'orbit' | AreaTool>('orbit');
  const [showTable, setShowTable] = useState(false);
  const [regex, setRegex] = useState(false);
  const [contextLost, setContextLost] = useState(false);
  const [copied, setCopied] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [analogyText, setAnalogyText] = useState('');
  const [analogy, setAnalogy] = useState<{ text: string; neighbors: Neighbor[] } | null>(null);
  const [analogyError, setAnalogyError] = useState<EmbeddingError | null>(null);
  const [neighbors, setNeighbors] = useState<{ of: number; list: Neighbor[] } | null>(null);
  const [neighborError, setNeighborError] = useState<Error | null>(null);

  // Reset per-data state when new data arrives.
  const [dataSeen, setDataSeen] = useState(data);
  if (data !== dataSeen) {
    setDataSeen(data);
    setHover(null);
    setFocus(null);
    setHiddenCategories(new Set());
    setIsolated(false);
    setNeighbors(null);
    setAnalogy(null);
    if (dataSeen !== null) setState((s) => ({ ...s, selection: [] }));
  }

  // Fetch the three.js scene while the layout is computed, not after it (same module, loaded once).
  useEffect(() => {
    void loadScene();
  }, []);

  useEffect(() => {
    props.onStateChange?.(state);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  const {
    layout,
    progress,
    error: layoutError,
    cancel,
  } = useLayout(data, state.projection, state.mode, props.runtimeOptions);
  const queryNeighbors = useNeighbors(data, state.metric, props.runtimeOptions);

  // The search index is built on the first query, not on mount (50–70 ms at 341k labels).
  const search = useMemo(() => {
    let built: LabelSearch | null = null;
    return data ? () => (built ??= createLabelSearch(data.labels)) : null;
  }, [data]);
  // Label → row for analogies, built on the first question (a Map of 341k labels is not free).
  const words = useMemo(() => {
    let built: Map<string, number> | null = null;
    return data ? () => (built ??= labelIndex(data.labels)) : null;
  }, [data]);
  const searchResult = useMemo(
    () =>
      search && state.search
        ? search().search(state.search, { mode: regex ? 'regex' : 'substring', limit: 20_000 })
        : null,
    [search, state.search, regex],
  );

  // Neighbours of the primary selection in the original space.
  useEffect(() => {
    if (!data || primary === null || primary >= data.count) {
      setNeighbors(null);
      return;
    }
    let live = true;
    setNeighborError(null);
    queryNeighbors(rowVector(data, primary), state.k, [primary]).then(
      (list) => {
        if (!live) return;
        setNeighbors({ of: primary, list });
        const top = list
          .slice(0, 3)
          .map((n) => `${data.labels[n.index]} ${formatNumber(n.score, locale, { maximumFractionDigits: 2 })}`)
          .join(', ');
        setAnnouncement(`${t.selected}: ${data.labels[primary]}. ${t.neighbors}: ${top}`);
      },
      (caught: unknown) => {
        if (live) setNeighborError(caught instanceof Error ? caught : new Error(String(caught)));
      },
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, primary, state.k, queryNeighbors]);

  const colorBy = state.colorBy ? { kind: 'column' as const, column: state.colorBy } : { kind: 'none' as const };
  const accent = themeColor(theme, '--ts-accent');
  const coloring = useMemo(
    () =>
      data
        ? computePointColors(data, colorBy, {
            hiddenCategories: new Set(hiddenCategories),
            baseColor: hexToRgb(accent),
          })
        : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, state.colorBy, hiddenCategories, accent],
  );

  const neighborSet = useMemo(() => new Set(neighbors?.list.map((n) => n.index) ?? []), [neighbors]);
  const states = useMemo(() => {
    if (!data || !coloring) return new Uint8Array(0);
    const out = new Uint8Array(data.count);
    const emphasis = selection.length > 0 || (searchResult !== null && searchResult.total > 0) || analogy !== null;
    // Points of an "other" category are context: drawn dimmed, behind the coloured ones.
    const column =
      coloring.legend?.kind === 'category' ? data.columns.find((c) => c.name === state.colorBy) : undefined;
    const contextCodes = new Uint8Array(column?.kind === 'category' ? column.categories.length : 0);
    if (coloring.legend?.kind === 'category')
      for (const entry of coloring.legend.entries) if (entry.other) contextCodes[entry.code] = 1;
    const codes = column?.kind === 'category' ? column.codes : null;
    for (let i = 0; i < data.count; i++) {
      out[i] = !coloring.visible[i]
        ? POINT_STATE.hidden
        : emphasis || (codes && contextCodes[codes[i]!])
          ? POINT_STATE.dimmed
          : POINT_STATE.normal;
    }
    if (searchResult) for (const i of searchResult.indices) if (coloring.visible[i]) out[i] = POINT_STATE.neighbor;
    analogy?.neighbors.forEach((n) => (out[n.index] = POINT_STATE.neighbor));
    neighborSet.forEach((i) => (out[i] = POINT_STATE.neighbor));
    for (const i of selection) if (i < data.count) out[i] = POINT_STATE.selected;
    if (focus !== null && focus < data.count) out[focus] = POINT_STATE.selected;
    if (isolated) {
      for (let i = 0; i < data.count; i++)
        if (out[i] !== POINT_STATE.selected && out[i] !== POINT_STATE.neighbor) out[i] = 4;
    }
    return out;
  }, [data, coloring, state.colorBy, selection, searchResult, analogy, neighborSet, focus, isolated]);

  const pinnedLabels = useMemo(() => {
    const list = [focus, hover, primary, ...(neighbors?.list.slice(0, 12).map((n) => n.index) ?? [])];
    analogy?.neighbors.slice(0, 5).forEach((n) => list.push(n.index));
    selection.slice(-20).forEach((i) => list.push(i));
    return [...new Set(list.filter((i): i is number => i !== null && data !== null && i < data.count))];
  }, [focus, hover, primary, neighbors, analogy, selection, data]);

  const select = (index: number | null, additive = false) => {
    if (index === null) {
      if (!additive) setSelection([]);
      return;
    }
    setFocus(index);
    if (additive)
      setSelection(selection.includes(index) ? selection.filter((i) => i !== index) : [...selection, index]);
    else setSelection([index]);
  };
  const selectAndFly = (index: number) => {
    select(index);
    sceneApi.current?.flyTo(index);
  };

  const describe = (index: number) => {
    if (!data) return '';
    const parts = [data.labels[index] ?? String(index)];
    for (const column of data.columns) {
      parts.push(
        column.kind === 'category'
          ? `${column.name}: ${column.categories[column.codes[index]!]}`
          : `${column.name}: ${formatNumber(column.values[index]!, locale)}`,
      );
    }
    return parts.join(', ');
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const api = sceneApi.current;
    if (!data || !api) return;
    const arrows: Record<string, 'left' | 'right' | 'up' | 'down'> = {
      ArrowLeft: 'left',
      ArrowRight: 'right',
      ArrowUp: 'up',
      ArrowDown: 'down',
    };
    const direction = arrows[event.key];
    if (direction && event.shiftKey) {
      const d = 0.08;
      api.pan(
        direction === 'left' ? -d : direction === 'right' ? d : 0,
        direction === 'up' ? d : direction === 'down' ? -d : 0,
      );
    } else if (direction) {
      const screen = api.screenPositions();
      // Hidden points are not walkable.
      for (let i = 0; i < data.count; i++) if (states[i] === 4) screen[i * 2] = NaN;
      const { width, height } = api.size();
      const next =
        focus === null || !Number.isFinite(screen[focus * 2]!)
          ? nearestToPoint(screen, width / 2, height / 2)
          : nearestInDirection(screen, focus, direction);
      if (next !== null) {
        setFocus(next);
        setAnnouncement(describe(next));
      }
    } else if (event.key === 'Enter' && focus !== null) {
      select(focus, event.shiftKey);
    } else if ((event.key === 'PageDown' || event.key === 'PageUp') && neighbors && neighbors.list.length > 0) {
      const list = neighbors.list;
      const at = list.findIndex((n) => n.index === focus);
      const nextAt = event.key === 'PageDown' ? Math.min(list.length - 1, at + 1) : Math.max(0, at - 1);
      const next = list[nextAt]!;
      setFocus(next.index);
      setAnnouncement(
        `${next.rank}. ${describe(next.index)} — ${t.score} ${formatNumber(next.score, locale, { maximumFractionDigits: 3 })}`,
      );
    } else if (event.key === '+' || event.key === '=') api.zoom(0.8);
    else if (event.key === '-' || event.key === '_') api.zoom(1.25);
    else if (event.key === '/') searchRef.current?.focus();
    else if (event.key === 'Escape') {
      setFocus(null);
      setSelection([]);
      setIsolated(false);
      setAnalogy(null);
      update({ search: '' });
      setAnnouncement(t.none);
    } else return;
    event.preventDefault();
  };

  const askAnalogy = async () => {
    if (!data || !words) return;
    setAnalogyError(null);
    try {
      const terms = parseAnalogy(analogyText);
      const { vector, exclude } = analogyVector(data, terms, { index: words() });
      const list = await queryNeighbors(vector, Math.min(state.k, 20), exclude);
      setAnalogy({ text: analogyText, neighbors: list });
      setAnnouncement(
        `${analogyText} ≈ ${list
          .slice(0, 3)
          .map((n) => data.labels[n.index])
          .join(', ')}`,
      );
    } catch (caught) {
      setAnalogy(null);
      setAnalogyError(
        caught instanceof EmbeddingError
          ? caught
          : new EmbeddingError('INVALID_VALUE', String(caught), { cause: caught }),
      );
    }
  };

  const exportCoordinates = () => {
    if (!data || !layout) return;
    downloadText(coordinatesToCsv(data.labels, layout.coordinates, layout.dimensions), 'coordinates.csv', 'text/csv');
  };
  const exportSelection = () => {
    if (!data) return;
    downloadText(
      selectionToJson(
        data.labels,
        selection,
        layout ? { values: layout.coordinates, dimensions: layout.dimensions } : undefined,
      ),
      'selection.json',
      'application/json',
    );
  };
  const exportNeighbors = () => {
    if (!data || !neighbors) return;
    downloadText(
      neighborsToCsv(
        data.labels[neighbors.of] ?? String(neighbors.of),
        neighbors.list.map((n) => ({ label: data.labels[n.index] ?? String(n.index), score: n.score, rank: n.rank })),
        state.metric,
      ),
      'neighbours.csv',
      'text/csv',
    );
  };
  const copyState = async () => {
    const camera = sceneApi.current?.camera();
    const text = serializeViewState({ ...state, selection, ...(camera ? { camera } : {}) });
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      setAnnouncement(text);
    }
  };

  const height = props.height ?? 480;
  const background = themeColor(theme, '--ts-bg');
  const error = dataError ?? layoutError;
  const scoreWord = state.metric === 'euclidean' ? t.distance : t.similarity;
  const varianceShare = layout?.explainedVarianceRatio?.reduce((a, b) => a + b, 0);

  return (
    <div
      className={['ts-embedding-space', props.className].filter(Boolean).join(' ')}
      style={{ ...themedRootStyle(theme), width: '100%', display: 'grid', gap: 8, ...props.style }}
    >
      {error ? <ErrorMessage error={error} locale={locale} /> : null}
      {data ? (
        <>
          <div style={panelStyle}>
            <ProjectionControls
              data={data}
              spec={state.projection}
              onChange={(projection) => update({ projection })}
              messages={t}
              running={progress !== null}
            />
            <div role="group" aria-label={t.dimensions} style={{ display: 'inline-flex', gap: 2 }}>
              <Button pressed={state.mode === '2d'} onClick={() => update({ mode: '2d' })}>
                {t.view2d}
              </Button>
              <Button
                pressed={state.mode === '3d'}
                onClick={() => update({ mode: '3d' })}
                disabled={state.projection.kind === 'axes'}
              >
                {t.view3d}
              </Button>
            </div>
            {data.columns.length > 0 ? (
              <Select
                label={t.colorBy}
                value={state.colorBy ?? ''}
                onChange={(event) => {
                  setHiddenCategories(new Set());
                  update({ colorBy: event.target.value || undefined });
                }}
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
          {progress ? (
            <div role="status" style={{ ...panelStyle, fontSize: 13 }}>
              <progress max={1} value={progress.fraction} aria-label={progress.phase} />
              <span>
                {interpolate(t.computing, {
                  phase: progress.phase,
                  percent: formatNumber(progress.fraction, locale, { style: 'percent', maximumFractionDigits: 0 }),
                })}
              </span>
              <Button onClick={cancel}>{t.cancel}</Button>
            </div>
          ) : null}
          <div
            ref={viewRef}
            role="application"
            aria-roledescription={t.roleDescription}
            aria-label={interpolate(t.label, { count: formatNumber(data.count, locale), dimensions: data.dimensions })}
            aria-describedby={hintId}
            tabIndex={0}
            onKeyDown={onKeyDown}
            data-testid="embedding-space-canvas"
            style={{
              position: 'relative',
              height,
              borderRadius: 6,
              overflow: 'hidden',
              border: '1px solid var(--ts-border)',
              outlineColor: 'var(--ts-focus)',
              display: showTable ? 'none' : 'block',
            }}
          >
            {layout ? (
              <TensorscopeErrorBoundary locale={locale} resetKeys={[layout]}>
                <Suspense fallback={<p style={{ margin: 12 }}>{t.loading}</p>}>
                  <ExplorerScene
                    positions={layout.positions}
                    mode={state.mode}
                    colors={coloring?.colors ?? null}
                    color={accent}
                    states={states}
                    pointSize={props.pointSize ?? 5}
                    transitionMs={reducedMotion() ? 0 : 700}
                    labels={data.labels}
                    pinnedLabels={pinnedLabels}
                    autoLabels={autoLabels}
                    fontSize={fontSize}
                    neighborLines={
                      neighbors ? { from: neighbors.of, to: neighbors.list.slice(0, 20).map((n) => n.index) } : null
                    }
                    background={background}
                    foreground={themeColor(theme, '--ts-fg')}
                    highlight={themeColor(theme, '--ts-focus')}
                    lineColor={themeColor(theme, '--ts-muted')}
                    labelLayer={labelLayer}
                    interactive={tool === 'orbit'}
                    initialCamera={props.initialState?.camera as CameraState | undefined}
                    onHover={setHover}
                    onClick={(index, additive) => select(index, additive)}
                    onReady={(api) => {
                      sceneApi.current = api;
                    }}
                    onFirstFrame={props.onFirstFrame}
                    onCameraChange={(camera) => update({ camera })}
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
            {tool !== 'orbit' ? (
              <SelectionOverlay
                tool={tool}
                color={themeColor(theme, '--ts-focus')}
                onSelect={(polygon, additive) => {
                  const screen = sceneApi.current?.screenPositions();
                  if (!screen) return;
                  for (let i = 0; i < data.count; i++) if (states[i] === 4) screen[i * 2] = NaN;
                  const inside = Array.from(pointsInPolygon(screen, polygon));
                  setSelection(additive ? [...new Set([...selection, ...inside])] : inside);
                  setAnnouncement(interpolate(t.selectedCount, { count: inside.length }));
                }}
              />
            ) : null}
            {contextLost ? (
              <p
                role="status"
                style={{
                  position: 'absolute',
                  top: 8,
                  left: 8,
                  margin: 0,
                  background: 'var(--ts-surface)',
                  padding: 4,
                }}
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
          {showTable ? (
            <PointTable
              data={data}
              layout={layout}
              selection={selection}
              onSelect={selectAndFly}
              messages={t}
              locale={locale}
              pageSize={TABLE_PAGE}
            />
          ) : null}
          <p id={hintId} style={{ margin: 0, color: 'var(--ts-muted)', fontSize: 12 }}>
            {t.hint}
          </p>
          <div aria-live="polite" className="ts-embedding-space__readout" style={{ minHeight: 20, fontSize: 13 }}>
            {announcement ||
              (hover !== null ? describe(hover) : primary !== null ? `${t.selected}: ${describe(primary)}` : t.none)}
          </div>
          {state.projection.kind === 'pca' && varianceShare !== undefined ? (
            <p style={{ margin: 0, fontSize: 12, color: 'var(--ts-muted)' }}>
              {interpolate(t.varianceNote, {
                count: formatNumber(data.count, locale),
                percent: formatNumber(varianceShare, locale, { style: 'percent', maximumFractionDigits: 1 }),
              })}
            </p>
          ) : null}
          <div style={panelStyle}>
            <Button onClick={() => sceneApi.current?.reset()}>{t.reset}</Button>
            <div role="group" aria-label={t.tool} style={{ display: 'inline-flex', gap: 2 }}>
              {(['orbit', 'box', 'lasso'] as const).map((name) => (
                <Button key={name} pressed={tool === name} onClick={() => setTool(name)}>
                  {name === 'orbit' ? t.toolOrbit : name === 'box' ? t.toolBox : t.toolLasso}
                </Button>
              ))}
            </div>
            <Button
              pressed={isolated}
              onClick={() => setIsolated(!isolated)}
              disabled={selection.length === 0 && !isolated}
            >
              {isolated ? t.showAll : t.isolate}
            </Button>
            <Button onClick={() => select(null)} disabled={selection.length === 0}>
              {t.clear}
            </Button>
            <Button pressed={autoLabels} onClick={() => setAutoLabels(!autoLabels)}>
              {t.labels}
            </Button>
            <Field
              label={t.fontSize}
              type="number"
              min={8}
              max={24}
              width={56}
              value={fontSize}
              onChange={(event) => setFontSize(Math.max(8, Math.min(24, Number(event.target.value) || 12)))}
            />
            <Button pressed={showTable} onClick={() => setShowTable(!showTable)}>
              {showTable ? t.canvasView : t.table}
            </Button>
          </div>
          {coloring?.legend ? (
            <Legend
              legend={coloring.legend}
              hidden={hiddenCategories}
              onToggle={(code) => {
                const next = new Set(hiddenCategories);
                if (next.has(code)) next.delete(code);
                else next.add(code);
                setHiddenCategories(next);
              }}
              locale={locale}
              title={t.legend}
              countLabel={t.count}
            />
          ) : null}
          <div style={{ display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))' }}>
            <section aria-label={t.searchPanel} style={{ display: 'grid', gap: 6, alignContent: 'start' }}>
              <label style={{ display: 'grid', gap: 4, fontSize: 13 }}>
                {t.search}
                <input
                  ref={searchRef}
                  type="search"
                  value={state.search ?? ''}
                  placeholder={t.searchPlaceholder}
                  onChange={(event) => update({ search: event.target.value })}
                  style={{
                    font: 'inherit',
                    padding: '4px 6px',
                    border: '1px solid var(--ts-border)',
                    borderRadius: 4,
                    background: 'var(--ts-bg)',
                    color: 'var(--ts-fg)',
                  }}
                />
              </label>
              <div style={panelStyle}>
                <label style={{ fontSize: 13 }}>
                  <input type="checkbox" checked={regex} onChange={(event) => setRegex(event.target.checked)} />{' '}
                  {t.regex}
                </label>
                {searchResult ? (
                  <span role="status" style={{ fontSize: 13 }}>
                    {searchResult.error
                      ? searchResult.error.message
                      : interpolate(t.matches, { count: formatNumber(searchResult.total, locale) })}
                  </span>
                ) : null}
                {searchResult && searchResult.total > 0 ? (
                  <Button onClick={() => setSelection(Array.from(searchResult.indices))}>{t.selectMatches}</Button>
                ) : null}
              </div>
              {searchResult && searchResult.indices.length > 0 ? (
                <ul
                  style={{ margin: 0, padding: 0, listStyle: 'none', maxHeight: 160, overflow: 'auto', fontSize: 13 }}
                >
                  {Array.from(searchResult.indices.subarray(0, 50)).map((index) => (
                    <li key={index}>
                      <LinkButton onClick={() => selectAndFly(index)}>{data.labels[index]}</LinkButton>
                    </li>
                  ))}
                </ul>
              ) : null}
            </section>
            <section aria-label={t.neighborsPanel} style={{ display: 'grid', gap: 6, alignContent: 'start' }}>
              <div style={panelStyle}>
                <Select
                  label={t.metric}
                  value={state.metric}
                  onChange={(event) => update({ metric: event.target.value as EmbeddingViewState['metric'] })}
                >
                  <option value="cosine">{t.cosine}</option>
                  <option value="euclidean">{t.euclidean}</option>
                  <option value="dot">{t.dot}</option>
                </Select>
                <Field
                  label={t.k}
                  type="number"
                  min={1}
                  max={100}
                  width={60}
                  value={state.k}
                  onChange={(event) =>
                    update({ k: Math.max(1, Math.min(100, Math.round(Number(event.target.value)) || 1)) })
                  }
                />
              </div>
              <p style={{ margin: 0, fontSize: 11, color: 'var(--ts-muted)' }}>{t.metricNote}</p>
              {neighborError ? <ErrorMessage error={neighborError} locale={locale} /> : null}
              {neighbors ? (
                <table style={{ fontSize: 13, borderCollapse: 'collapse' }}>
                  <caption style={{ textAlign: 'left', fontSize: 12, color: 'var(--ts-muted)' }}>
                    {interpolate(t.neighborsOf, {
                      label: data.labels[neighbors.of] ?? '',
                      dimensions: data.dimensions,
                    })}
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
                          <LinkButton onClick={() => selectAndFly(n.index)}>{data.labels[n.index]}</LinkButton>
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
            <section aria-label={t.analogyPanel} style={{ display: 'grid', gap: 6, alignContent: 'start' }}>
              <form
                style={panelStyle}
                onSubmit={(event) => {
                  event.preventDefault();
                  void askAnalogy();
                }}
              >
                <Field
                  label={t.analogy}
                  width={170}
                  value={analogyText}
                  placeholder={t.analogyPlaceholder}
                  onChange={(event) => setAnalogyText(event.target.value)}
                />
                <Button type="submit">{t.ask}</Button>
              </form>
              <p style={{ margin: 0, fontSize: 11, color: 'var(--ts-muted)' }}>{t.analogyHelp}</p>
              {analogyError ? <ErrorMessage error={analogyError} locale={locale} /> : null}
              {analogy ? (
                <ol style={{ margin: 0, paddingLeft: 20, fontSize: 13 }} aria-label={analogy.text}>
                  {analogy.neighbors.slice(0, 10).map((n) => (
                    <li key={n.index}>
                      <LinkButton onClick={() => selectAndFly(n.index)}>{data.labels[n.index]}</LinkButton>{' '}
                      <span style={{ color: 'var(--ts-muted)' }}>
                        {formatNumber(n.score, locale, { maximumFractionDigits: 3, minimumFractionDigits: 3 })}
                      </span>
                    </li>
                  ))}
                </ol>
              ) : null}
            </section>
          </div>
          <div role="group" aria-label={t.export} style={panelStyle}>
            <span style={{ fontSize: 13 }}>{t.export}:</span>
            <Button onClick={exportCoordinates} disabled={!layout}>
              {t.exportCoordinates}
            </Button>
            <Button onClick={exportSelection} disabled={selection.length === 0}>
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
        </>
      ) : null}
    </div>
  );
}

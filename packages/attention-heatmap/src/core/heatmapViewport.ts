import {
  TensorscopeArgumentError,
  checkInteger,
  checkNumber,
  checkObject,
  createStore,
  type Store,
} from '@tensorscope/common';

/** A cell of the matrix: `[row, column]` (query, key). */
export type HeatmapCell = readonly [row: number, column: number];

/** The size of the matrix and of the space it gets, from which the zoom limits follow. */
export interface HeatmapGeometry {
  rows: number;
  columns: number;
  /** Widest the plot may be, in CSS pixels. */
  available: number;
  /** Tallest the plot may be, in CSS pixels. */
  maxPlotHeight: number;
  /** Cell size that shows the whole matrix (the smallest zoom). */
  fit: number;
  /** Largest cell size. */
  maxZoom: number;
}

/** What the user changes: zoom (pixels per cell), scroll offset, the focused, hovered and locked cell. */
export interface HeatmapViewportState {
  zoom: number;
  /** First visible `[row, column]`, possibly fractional or out of range (clamped when laid out). */
  offset: HeatmapCell;
  focus: HeatmapCell;
  hovered: HeatmapCell | null;
  locked: HeatmapCell | null;
}

/** The visible window, from {@link viewportLayout}. */
export interface HeatmapLayout {
  plotWidth: number;
  plotHeight: number;
  visibleRows: number;
  visibleColumns: number;
  offsetRow: number;
  offsetColumn: number;
  /** Cells pooled into one pixel when zoomed out below a pixel per cell (1 = none). */
  poolFactor: number;
}

const MIN_PLOT_HEIGHT = 120;

/** Zoom limits for a matrix in a box: cells at most `maxCellSize`, the whole matrix in view at `fit`. */
export function heatmapGeometry(options: {
  rows: number;
  columns: number;
  /** Width for the plot once labels and legend are taken off. */
  available: number;
  maxHeight: number;
  maxCellSize: number;
}): HeatmapGeometry {
  checkObject(options, 'options');
  const rows = checkInteger(options.rows, 'options.rows', { min: 1, max: MAX_SIDE });
  const columns = checkInteger(options.columns, 'options.columns', { min: 1, max: MAX_SIDE });
  const available = checkNumber(options.available, 'options.available', { min: 1 });
  const maxCellSize = checkNumber(options.maxCellSize, 'options.maxCellSize', { min: 1 });
  checkNumber(options.maxHeight, 'options.maxHeight');
  const maxPlotHeight = Math.max(options.maxHeight, MIN_PLOT_HEIGHT);
  return {
    rows,
    columns,
    available,
    maxPlotHeight,
    fit: Math.min(maxCellSize, available / columns, maxPlotHeight / rows),
    maxZoom: Math.max(maxCellSize, 24),
  };
}

/** The plot size and visible window for a zoom and offset (the offset clamped to the matrix). */
export function viewportLayout(geometry: HeatmapGeometry, zoom: number, offset: HeatmapCell): HeatmapLayout {
  const { rows, columns } = checkGeometry(geometry);
  checkNumber(zoom, 'zoom', { min: Number.MIN_VALUE });
  checkCellArgument(offset, 'offset');
  const plotWidth = Math.round(Math.min(columns * zoom, geometry.available));
  const plotHeight = Math.round(Math.min(rows * zoom, geometry.maxPlotHeight));
  const visibleColumns = Math.min(columns, Math.ceil(plotWidth / zoom));
  const visibleRows = Math.min(rows, Math.ceil(plotHeight / zoom));
  return {
    plotWidth,
    plotHeight,
    visibleRows,
    visibleColumns,
    offsetRow: Math.max(0, Math.min(rows - visibleRows, Math.round(offset[0]))),
    offsetColumn: Math.max(0, Math.min(columns - visibleColumns, Math.round(offset[1]))),
    poolFactor: zoom < 1 ? Math.ceil(1 / zoom) : 1,
  };
}

/** `cell` moved inside the matrix. */
export function clampCell(geometry: Pick<HeatmapGeometry, 'rows' | 'columns'>, cell: HeatmapCell): HeatmapCell {
  checkObject(geometry, 'geometry');
  checkInteger(geometry.rows, 'geometry.rows', { min: 1 });
  checkInteger(geometry.columns, 'geometry.columns', { min: 1 });
  const [r, c] = checkCellArgument(cell, 'cell');
  return [Math.min(geometry.rows - 1, Math.max(0, r)), Math.min(geometry.columns - 1, Math.max(0, c))];
}

/** True when `cell` is in the visible window. */
export function cellInView(layout: HeatmapLayout, cell: HeatmapCell): boolean {
  checkObject(layout, 'layout');
  for (const key of ['offsetRow', 'offsetColumn', 'visibleRows', 'visibleColumns'] as const) {
    checkNumber(layout[key], `layout.${key}`);
  }
  const [r, c] = checkCellArgument(cell, 'cell');
  return (
    r >= layout.offsetRow &&
    r < layout.offsetRow + layout.visibleRows &&
    c >= layout.offsetColumn &&
    c < layout.offsetColumn + layout.visibleColumns
  );
}

export interface HeatmapViewport {
  store: Store<HeatmapViewportState>;
  /** Current geometry (as last given to {@link HeatmapViewport.setGeometry}). */
  geometry(): HeatmapGeometry;
  /** Current layout of the visible window. */
  layout(): HeatmapLayout;
  /** New matrix or box: back to the whole matrix when the size or `fit` changed. */
  setGeometry(geometry: HeatmapGeometry): void;
  /** Zooms by `factor` around `anchor` (default: the shown cell), within `fit … maxZoom`. */
  zoomBy(factor: number, anchor?: HeatmapCell): void;
  /** Shows the whole matrix. */
  zoomToFit(): void;
  /** Scrolls so that `offset` is the first visible cell (clamped when laid out). */
  panTo(offset: HeatmapCell): void;
  /** Focuses a cell (clamped) and scrolls it into view; returns it. */
  moveFocus(cell: HeatmapCell): HeatmapCell;
  hover(cell: HeatmapCell | null): void;
  /** Locks `cell`, or unlocks it when it is the locked one. */
  toggleLock(cell: HeatmapCell): void;
  /** The cell under a point of the plot, in CSS pixels from its top left. */
  cellAt(x: number, y: number): HeatmapCell;
  /** The keyboard map of the grid; returns the focused cell when the key moved it, true when handled otherwise. */
  key(key: string): HeatmapCell | boolean;
}

/**
 * The heatmap's zoom, pan, focus and lock, without React: zoom in and out around a cell, drag to
 * pan, arrow keys / Page / Home / End to move, Enter or Space to lock, Esc to clear, + − 0 to zoom.
 */
export function createHeatmapViewport(initial: HeatmapGeometry, focus: HeatmapCell = [0, 0]): HeatmapViewport {
  checkGeometry(initial);
  let geometry = initial;
  const store = createStore<HeatmapViewportState>({
    zoom: initial.fit,
    offset: [0, 0],
    focus: clampCell(initial, focus),
    hovered: null,
    locked: null,
  });
  const layout = () => viewportLayout(geometry, store.getState().zoom, store.getState().offset);
  const focused = () => clampCell(geometry, store.getState().focus);
  const shown = () => {
    const { locked, hovered } = store.getState();
    return locked ?? hovered ?? focused();
  };
  const zoomToFit = () => store.setState({ zoom: geometry.fit, offset: [0, 0] });
  const zoomBy = (factor: number, anchor: HeatmapCell = shown()) => {
    const { zoom } = store.getState();
    const next = Math.min(geometry.maxZoom, Math.max(geometry.fit, zoom * factor));
    if (next === zoom) return;
    const rowsNext = Math.ceil(Math.min(geometry.rows * next, geometry.maxPlotHeight) / next);
    const columnsNext = Math.ceil(Math.min(geometry.columns * next, geometry.available) / next);
    store.setState({ zoom: next, offset: [anchor[0] - rowsNext / 2, anchor[1] - columnsNext / 2] });
  };
  const moveFocus = (cell: HeatmapCell): HeatmapCell => {
    const next = clampCell(geometry, cell);
    const view = layout();
    let [or, oc] = [view.offsetRow, view.offsetColumn];
    if (next[0] < or) or = next[0];
    if (next[0] >= or + view.visibleRows) or = next[0] - view.visibleRows + 1;
    if (next[1] < oc) oc = next[1];
    if (next[1] >= oc + view.visibleColumns) oc = next[1] - view.visibleColumns + 1;
    const moved = or !== view.offsetRow || oc !== view.offsetColumn;
    store.setState(moved ? { focus: next, offset: [or, oc] } : { focus: next });
    return next;
  };
  const toggleLock = (cell: HeatmapCell) => {
    const { locked } = store.getState();
    store.setState({ locked: locked && locked[0] === cell[0] && locked[1] === cell[1] ? null : cell });
  };
  return {
    store,
    geometry: () => geometry,
    layout,
    setGeometry(next) {
      const reset = next.fit !== geometry.fit || next.rows !== geometry.rows || next.columns !== geometry.columns;
      geometry = next;
      if (reset) zoomToFit();
    },
    zoomBy,
    zoomToFit,
    panTo: (offset) => store.setState({ offset }),
    moveFocus,
    hover: (cell) => store.setState({ hovered: cell }),
    toggleLock,
    cellAt(x, y) {
      const { zoom } = store.getState();
      const view = layout();
      return clampCell(geometry, [view.offsetRow + Math.floor(y / zoom), view.offsetColumn + Math.floor(x / zoom)]);
    },
    key(key) {
      const [r, c] = focused();
      const page = Math.max(1, layout().visibleRows - 1);
      const moves: Record<string, HeatmapCell> = {
        ArrowUp: [r - 1, c],
        ArrowDown: [r + 1, c],
        ArrowLeft: [r, c - 1],
        ArrowRight: [r, c + 1],
        PageUp: [r - page, c],
        PageDown: [r + page, c],
        Home: [r, 0],
        End: [r, geometry.columns - 1],
      };
      const move = moves[key];
      if (move) return moveFocus(move);
      switch (key) {
        case 'Enter':
        case ' ':
          toggleLock([r, c]);
          return true;
        case 'Escape':
          store.setState({ locked: null, hovered: null });
          return true;
        case '+':
        case '=':
          zoomBy(2, [r, c]);
          return true;
        case '-':
          zoomBy(0.5, [r, c]);
          return true;
        case '0':
          zoomToFit();
          return true;
        default:
          return false;
      }
    },
  };
}

const MAX_SIDE = 2 ** 24;

function checkGeometry(geometry: HeatmapGeometry): HeatmapGeometry {
  checkObject(geometry, 'geometry');
  checkInteger(geometry.rows, 'geometry.rows', { min: 1, max: MAX_SIDE });
  checkInteger(geometry.columns, 'geometry.columns', { min: 1, max: MAX_SIDE });
  for (const key of ['available', 'maxPlotHeight', 'fit', 'maxZoom'] as const) {
    checkNumber(geometry[key], `geometry.${key}`, { min: Number.MIN_VALUE });
  }
  return geometry;
}

function checkCellArgument(cell: unknown, argument: string): HeatmapCell {
  if (!Array.isArray(cell) || cell.length !== 2) {
    throw new TensorscopeArgumentError(argument, '[row, column]', cell);
  }
  return [checkNumber(cell[0], `${argument}[0]`), checkNumber(cell[1], `${argument}[1]`)];
}

'use client';
import { downloadBlob, formatNumber, interpolate, themeColor, type Locale, type ThemeName } from '@tensorscope/common';
import { AxisLeft, AxisTop } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { isMasked, strongestKey, weightAt, type AttentionMatrix } from './core/attentionMatrix.js';
import {
  colorPosition,
  createColorLut,
  createDivergingLut,
  divergingPosition,
  divergingScale,
  weightAtPosition,
  type ColorTransfer,
} from './core/colorLut.js';
import { createAttentionColorScale } from './core/colorScale.js';
import { attentionToCsv } from './core/csv.js';
import { maxPool } from './core/downsample.js';
import { tokenLabel } from './core/tokenLabel.js';
import { matrixToSvg, renderPng } from './export.js';
import type { messages } from './messages.js';

export interface HeatmapViewProps {
  matrix: AttentionMatrix;
  width: number;
  theme: ThemeName;
  locale: Locale;
  maxCellSize: number;
  maxHeight: number;
  transfer: ColorTransfer;
  initialFocus: readonly [number, number] | undefined;
  onFocusCell: ((cell: { row: number; column: number; weight: number }) => void) | undefined;
  t: (typeof messages)['en'];
}

const LEGEND_WIDTH = 84;
const LABEL_CHARS = 12;
const TABLE_LIMIT = 40;
const SVG_EXPORT_LIMIT = 64;
const LABEL_SPACING = 13;

type Cell = readonly [row: number, column: number];

/**
 * The matrix itself: a viewport onto a canvas of cells, painted from a colour lookup table (one
 * pixel per visible cell, scaled up), so drawing cost follows the screen, not tokens². Long
 * sequences start zoomed out and max-pooled; zoom and pan to read them.
 */
export function HeatmapView({
  matrix,
  width,
  theme,
  locale,
  maxCellSize,
  maxHeight,
  transfer,
  initialFocus,
  onFocusCell,
  t,
}: HeatmapViewProps) {
  const rows = matrix.queryTokens.length;
  const columns = matrix.keyTokens.length;
  const gradientId = useId();
  const hintId = useId();
  const cellId = useId();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);

  // Label space from the longest token label: measured once per matrix, not on every hover.
  const margin = useMemo(() => {
    const labelChars = (tokens: readonly string[]) =>
      Math.min(LABEL_CHARS, Math.max(1, ...tokens.slice(0, 4096).map((x) => Array.from(tokenLabel(x)).length)));
    return { top: labelChars(matrix.keyTokens) * 5.5 + 38, left: labelChars(matrix.queryTokens) * 7.5 + 32 };
  }, [matrix.queryTokens, matrix.keyTokens]);
  const available = Math.max(40, width - margin.left - LEGEND_WIDTH - 8);
  const fit = Math.min(maxCellSize, available / columns, Math.max(maxHeight, 120) / rows);

  const [zoom, setZoom] = useState(fit);
  const [offset, setOffset] = useState<Cell>([0, 0]);
  useEffect(() => {
    // New data or size: start from the whole matrix.
    setZoom(fit);
    setOffset([0, 0]);
  }, [fit, rows, columns]);
  const maxZoom = Math.max(maxCellSize, 24);
  const plotWidth = Math.round(Math.min(columns * zoom, available));
  const plotHeight = Math.round(Math.min(rows * zoom, Math.max(maxHeight, 120)));
  const visibleColumns = Math.min(columns, Math.ceil(plotWidth / zoom));
  const visibleRows = Math.min(rows, Math.ceil(plotHeight / zoom));
  const clampOffset = ([r, c]: Cell): Cell => [
    Math.max(0, Math.min(rows - visibleRows, Math.round(r))),
    Math.max(0, Math.min(columns - visibleColumns, Math.round(c))),
  ];
  const [offsetRow, offsetColumn] = clampOffset(offset);
  const poolFactor = zoom < 1 ? Math.ceil(1 / zoom) : 1;

  const clampCell = ([r, c]: Cell): Cell => [Math.min(rows - 1, Math.max(0, r)), Math.min(columns - 1, Math.max(0, c))];
  const [focus, setFocus] = useState<Cell>(() =>
    initialFocus ? clampCell(initialFocus) : [0, strongestKey(matrix, 0)],
  );
  const [hovered, setHovered] = useState<Cell | null>(null);
  const [locked, setLocked] = useState<Cell | null>(null);
  const [showTable, setShowTable] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const focusCell = clampCell(focus);
  const shown = locked ?? hovered ?? focusCell;
  const signed = matrix.signed === true;
  // Weights: the sequential ramp (position 0..1). Signed scores: the diverging ramp (0.5 = zero).
  const color = useMemo(() => (signed ? divergingScale(theme) : createAttentionColorScale(theme, 1)), [theme, signed]);
  const lut = useMemo(() => (signed ? createDivergingLut(theme) : createColorLut(theme)), [theme, signed]);
  const position = (value: number) =>
    signed ? divergingPosition(value, matrix.max) : colorPosition(value, matrix.max, transfer);

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
    canvas.width = Math.round(plotWidth * ratio);
    canvas.height = Math.round(plotHeight * ratio);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    // The visible block, max-pooled when a cell is smaller than a pixel.
    // Full-width views are one contiguous run of rows: read them in place instead of copying.
    const start = offsetRow * columns;
    let block: Float32Array;
    let maskBlock: Uint8Array | null;
    if (visibleColumns === columns) {
      block = matrix.weights.subarray(start, start + visibleRows * columns);
      maskBlock = matrix.mask ? matrix.mask.subarray(start, start + visibleRows * columns) : null;
    } else {
      block = new Float32Array(visibleRows * visibleColumns);
      maskBlock = matrix.mask ? new Uint8Array(visibleRows * visibleColumns) : null;
      for (let r = 0; r < visibleRows; r++) {
        const source = (offsetRow + r) * columns + offsetColumn;
        block.set(matrix.weights.subarray(source, source + visibleColumns), r * visibleColumns);
        if (maskBlock && matrix.mask)
          maskBlock.set(matrix.mask.subarray(source, source + visibleColumns), r * visibleColumns);
      }
    }
    const pooled = maxPool(
      block,
      visibleRows,
      visibleColumns,
      Math.ceil(visibleRows / poolFactor),
      Math.ceil(visibleColumns / poolFactor),
      signed,
    );
    const keep = maskBlock ? maxPool(maskBlock, visibleRows, visibleColumns, pooled.rows, pooled.columns).data : null;
    const image = new ImageData(pooled.columns, pooled.rows);
    const masked = (themeColor(theme, '--ts-surface').match(/[0-9a-f]{2}/gi) ?? ['80', '80', '80']).map((h) =>
      parseInt(h, 16),
    );
    for (let i = 0; i < pooled.data.length; i++) {
      if (keep && !keep[i]) {
        image.data.set([masked[0] ?? 128, masked[1] ?? 128, masked[2] ?? 128, 255], i * 4);
        continue;
      }
      const value = pooled.data[i] as number;
      const at = signed ? divergingPosition(value, matrix.max) : colorPosition(value, matrix.max, transfer);
      const index = Math.round(at * 255) * 4;
      image.data.set(lut.subarray(index, index + 4), i * 4);
    }
    const offscreen = document.createElement('canvas');
    offscreen.width = pooled.columns;
    offscreen.height = pooled.rows;
    offscreen.getContext('2d')?.putImageData(image, 0, 0);
    context.imageSmoothingEnabled = false;
    context.clearRect(0, 0, plotWidth, plotHeight);
    context.drawImage(offscreen, 0, 0, pooled.columns * zoom * poolFactor, pooled.rows * zoom * poolFactor);
    if (zoom >= 12) {
      // Thin gaps between large cells.
      context.strokeStyle = themeColor(theme, '--ts-bg');
      context.lineWidth = 1;
      context.beginPath();
      for (let c = 1; c < visibleColumns; c++) {
        context.moveTo(c * zoom - 0.5, 0);
        context.lineTo(c * zoom - 0.5, plotHeight);
      }
      for (let r = 1; r < visibleRows; r++) {
        context.moveTo(0, r * zoom - 0.5);
        context.lineTo(plotWidth, r * zoom - 0.5);
      }
      context.stroke();
    }
    if (maskBlock && zoom >= 6 && visibleRows * visibleColumns <= 40_000) {
      // Hatch masked cells so they never read as a zero weight.
      context.strokeStyle = themeColor(theme, '--ts-muted');
      context.globalAlpha = 0.45;
      context.beginPath();
      for (let r = 0; r < visibleRows; r++)
        for (let c = 0; c < visibleColumns; c++) {
          if (maskBlock[r * visibleColumns + c]) continue;
          context.moveTo(c * zoom + 1, (r + 1) * zoom - 1);
          context.lineTo((c + 1) * zoom - 1, r * zoom + 1);
        }
      context.stroke();
      context.globalAlpha = 1;
    }
  }, [
    matrix,
    lut,
    signed,
    transfer,
    theme,
    zoom,
    poolFactor,
    plotWidth,
    plotHeight,
    offsetRow,
    offsetColumn,
    visibleRows,
    visibleColumns,
    columns,
  ]);

  const bringIntoView = ([r, c]: Cell) => {
    let [or, oc] = [offsetRow, offsetColumn];
    if (r < or) or = r;
    if (r >= or + visibleRows) or = r - visibleRows + 1;
    if (c < oc) oc = c;
    if (c >= oc + visibleColumns) oc = c - visibleColumns + 1;
    if (or !== offsetRow || oc !== offsetColumn) setOffset([or, oc]);
  };
  const moveFocus = (cell: Cell) => {
    const next = clampCell(cell);
    setFocus(next);
    bringIntoView(next);
    onFocusCell?.({ row: next[0], column: next[1], weight: weightAt(matrix, next[0], next[1]) });
  };
  const zoomBy = (factor: number, anchor: Cell = shown) => {
    const next = Math.min(maxZoom, Math.max(fit, zoom * factor));
    if (next === zoom) return;
    const rowsNext = Math.ceil(Math.min(rows * next, Math.max(maxHeight, 120)) / next);
    const columnsNext = Math.ceil(Math.min(columns * next, available) / next);
    setZoom(next);
    setOffset([anchor[0] - rowsNext / 2, anchor[1] - columnsNext / 2]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const [r, c] = focusCell;
    const page = Math.max(1, visibleRows - 1);
    const keys: Record<string, () => void> = {
      ArrowUp: () => moveFocus([r - 1, c]),
      ArrowDown: () => moveFocus([r + 1, c]),
      ArrowLeft: () => moveFocus([r, c - 1]),
      ArrowRight: () => moveFocus([r, c + 1]),
      PageUp: () => moveFocus([r - page, c]),
      PageDown: () => moveFocus([r + page, c]),
      Home: () => moveFocus([r, 0]),
      End: () => moveFocus([r, columns - 1]),
      Enter: () => setLocked(locked && locked[0] === r && locked[1] === c ? null : focusCell),
      ' ': () => setLocked(locked && locked[0] === r && locked[1] === c ? null : focusCell),
      Escape: () => {
        setLocked(null);
        setHovered(null);
      },
      '+': () => zoomBy(2, focusCell),
      '=': () => zoomBy(2, focusCell),
      '-': () => zoomBy(0.5, focusCell),
      '0': () => {
        setZoom(fit);
        setOffset([0, 0]);
      },
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  const drag = useRef<{ x: number; y: number; offset: Cell; moved: boolean } | null>(null);
  const cellFromPointer = (event: PointerEvent<HTMLCanvasElement>): Cell => {
    const rect = event.currentTarget.getBoundingClientRect();
    return clampCell([
      offsetRow + Math.floor((event.clientY - rect.top) / zoom),
      offsetColumn + Math.floor((event.clientX - rect.left) / zoom),
    ]);
  };

  const describe = ([r, c]: Cell) =>
    interpolate(t.cell, {
      query: matrix.queryTokens[r] ?? '',
      key: matrix.keyTokens[c] ?? '',
      value: isMasked(matrix, r, c)
        ? t.masked
        : formatNumber(weightAt(matrix, r, c), locale, { maximumFractionDigits: 3 }),
    });

  // Axis labels: only visible tokens, thinned so labels never overlap.
  const every = Math.max(1, Math.ceil(LABEL_SPACING / zoom));
  const xScale = scaleLinear<number>({
    domain: [offsetColumn, offsetColumn + visibleColumns],
    range: [0, visibleColumns * zoom],
  });
  const yScale = scaleLinear<number>({ domain: [offsetRow, offsetRow + visibleRows], range: [0, visibleRows * zoom] });
  const ticks = (start: number, count: number) =>
    Array.from({ length: Math.ceil(count / every) }, (_, i) => start + i * every).filter((i) => i < start + count);
  const legendHeight = Math.max(80, Math.min(plotHeight, 200));
  const svgWidth = margin.left + plotWidth + LEGEND_WIDTH;
  const svgHeight = margin.top + Math.max(plotHeight, 120) + 8;
  const inView = ([r, c]: Cell) =>
    r >= offsetRow && r < offsetRow + visibleRows && c >= offsetColumn && c < offsetColumn + visibleColumns;
  const legendTicks = [0, 0.25, 0.5, 0.75, 1];
  const buttonStyle: CSSProperties = {
    font: 'inherit',
    fontSize: 12,
    color: 'var(--ts-fg)',
    background: 'var(--ts-surface)',
    border: '1px solid var(--ts-border)',
    borderRadius: 4,
    padding: '1px 8px',
    cursor: 'pointer',
  };

  const exportAs = async (kind: 'png' | 'svg' | 'csv') => {
    setExportError(null);
    try {
      if (kind === 'csv') {
        const csv = attentionToCsv(
          matrix.weights,
          matrix.queryTokens,
          matrix.keyTokens,
          matrix.mask ? { mask: matrix.mask } : {},
        );
        downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), 'attention.csv');
      } else if (kind === 'svg') {
        const scale = (v: number) => color(position(v));
        downloadBlob(
          new Blob([matrixToSvg(matrix, scale, theme, interpolate(t.label, { rows, columns }))], {
            type: 'image/svg+xml',
          }),
          'attention.svg',
        );
      } else if (svgRef.current && canvasRef.current) {
        downloadBlob(await renderPng(svgRef.current, canvasRef.current, margin, theme), 'attention.png');
      }
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <div>
      <div
        className="ts-attention-heatmap__toolbar"
        style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center', marginBottom: 4 }}
      >
        <button
          type="button"
          style={buttonStyle}
          onClick={() => zoomBy(2)}
          disabled={zoom >= maxZoom}
          aria-label={t.zoomIn}
        >
          +
        </button>
        <button
          type="button"
          style={buttonStyle}
          onClick={() => zoomBy(0.5)}
          disabled={zoom <= fit}
          aria-label={t.zoomOut}
        >
          −
        </button>
        <button
          type="button"
          style={buttonStyle}
          onClick={() => {
            setZoom(fit);
            setOffset([0, 0]);
          }}
          disabled={zoom <= fit}
        >
          {t.fit}
        </button>
        <button
          type="button"
          style={buttonStyle}
          aria-pressed={showTable}
          disabled={rows > TABLE_LIMIT || columns > TABLE_LIMIT}
          title={
            rows > TABLE_LIMIT || columns > TABLE_LIMIT
              ? interpolate(t.tableTooLarge, { limit: TABLE_LIMIT })
              : undefined
          }
          onClick={() => setShowTable(!showTable)}
        >
          {t.table}
        </button>
        <span style={{ color: 'var(--ts-muted)', fontSize: 12 }}>{t.export}:</span>
        <button type="button" style={buttonStyle} onClick={() => void exportAs('png')}>
          PNG
        </button>
        <button
          type="button"
          style={buttonStyle}
          disabled={rows > SVG_EXPORT_LIMIT || columns > SVG_EXPORT_LIMIT}
          title={
            rows > SVG_EXPORT_LIMIT || columns > SVG_EXPORT_LIMIT
              ? interpolate(t.svgTooLarge, { limit: SVG_EXPORT_LIMIT })
              : undefined
          }
          onClick={() => void exportAs('svg')}
        >
          SVG
        </button>
        <button type="button" style={buttonStyle} onClick={() => void exportAs('csv')}>
          CSV
        </button>
      </div>
      {exportError ? (
        <p role="alert" style={{ color: 'var(--ts-error-fg)', margin: '0 0 4px' }}>
          {exportError}
        </p>
      ) : null}
      <div
        ref={gridRef}
        role="grid"
        aria-roledescription={t.roleDescription}
        aria-label={interpolate(t.label, { rows, columns })}
        aria-rowcount={rows}
        aria-colcount={columns}
        aria-describedby={hintId}
        aria-activedescendant={cellId}
        tabIndex={0}
        onKeyDown={onKeyDown}
        className="ts-attention-heatmap__plot"
        style={{ position: 'relative', width: svgWidth, maxWidth: '100%', outlineColor: 'var(--ts-focus)' }}
      >
        {/* One screen-reader cell, moved with the focus: the DOM never grows with tokens². */}
        <div role="row" aria-rowindex={focusCell[0] + 1} style={visuallyHidden}>
          <div
            role="gridcell"
            id={cellId}
            aria-colindex={focusCell[1] + 1}
            aria-selected={locked !== null && locked[0] === focusCell[0] && locked[1] === focusCell[1]}
          >
            {describe(focusCell)}
          </div>
        </div>
        <svg ref={svgRef} width={svgWidth} height={svgHeight} style={{ display: 'block' }} aria-hidden="true">
          <defs>
            <linearGradient id={gradientId} x1="0" y1="1" x2="0" y2="0">
              {Array.from({ length: 11 }, (_, i) => (
                <stop key={i} offset={`${i * 10}%`} stopColor={color(i / 10)} />
              ))}
            </linearGradient>
          </defs>
          <text x={margin.left} y={12} fill="var(--ts-muted)" fontSize={11}>
            {t.keyAxis}
          </text>
          <text
            transform={`translate(10, ${margin.top + plotHeight / 2}) rotate(-90)`}
            textAnchor="middle"
            fill="var(--ts-muted)"
            fontSize={11}
          >
            {t.queryAxis}
          </text>
          <Group top={margin.top} left={margin.left}>
            <AxisTop
              scale={xScale}
              hideAxisLine
              hideTicks
              tickValues={ticks(offsetColumn, visibleColumns)}
              tickFormat={(i) => tokenLabel(matrix.keyTokens[Number(i)] ?? '', LABEL_CHARS)}
              tickLabelProps={() => ({
                fill: 'var(--ts-fg)',
                fontSize: 11,
                textAnchor: 'start',
                angle: -55,
                dx: `${zoom / 2}px`,
                dy: '-0.2em',
              })}
            />
            <AxisLeft
              scale={yScale}
              hideAxisLine
              hideTicks
              tickValues={ticks(offsetRow, visibleRows)}
              tickFormat={(i) => tokenLabel(matrix.queryTokens[Number(i)] ?? '', LABEL_CHARS)}
              tickLabelProps={() => ({
                fill: 'var(--ts-fg)',
                fontSize: 11,
                textAnchor: 'end',
                dx: '-0.25em',
                dy: `${zoom / 2 + 3.5}px`,
              })}
            />
            {inView(shown) ? (
              <>
                <rect
                  x={0}
                  y={(shown[0] - offsetRow) * zoom}
                  width={plotWidth}
                  height={Math.max(1, zoom)}
                  fill="var(--ts-focus)"
                  opacity={0.12}
                  className="ts-attention-heatmap__crosshair"
                />
                <rect
                  x={(shown[1] - offsetColumn) * zoom}
                  y={0}
                  width={Math.max(1, zoom)}
                  height={plotHeight}
                  fill="var(--ts-focus)"
                  opacity={0.12}
                />
              </>
            ) : null}
            {inView(focusCell) ? (
              <rect
                x={(focusCell[1] - offsetColumn) * zoom - 1}
                y={(focusCell[0] - offsetRow) * zoom - 1}
                width={Math.max(3, zoom) + 1}
                height={Math.max(3, zoom) + 1}
                fill="none"
                stroke="var(--ts-focus)"
                strokeWidth={locked ? 3 : 2}
                className="ts-attention-heatmap__focus"
              />
            ) : null}
            <Group left={plotWidth + 16}>
              <rect width={12} height={legendHeight} fill={`url(#${gradientId})`} stroke="var(--ts-border)" />
              {legendTicks.map((p) => (
                <text
                  key={p}
                  x={16}
                  y={legendHeight - p * legendHeight + (p === 1 ? 8 : p === 0 ? 0 : 4)}
                  fontSize={10}
                  fill="var(--ts-fg)"
                >
                  {formatNumber(signed ? (2 * p - 1) * matrix.max : weightAtPosition(p, matrix.max, transfer), locale, {
                    maximumSignificantDigits: 2,
                  })}
                </text>
              ))}
              <text
                transform={`translate(50, ${legendHeight / 2}) rotate(90)`}
                textAnchor="middle"
                fontSize={10}
                fill="var(--ts-muted)"
              >
                {signed ? t.scoreLegend : transfer === 'linear' ? t.legend : `${t.legend} (${transfer})`}
              </text>
            </Group>
          </Group>
        </svg>
        <canvas
          ref={canvasRef}
          aria-hidden="true"
          className="ts-attention-heatmap__cells"
          width={plotWidth}
          height={plotHeight}
          onPointerDown={(event) => {
            drag.current = { x: event.clientX, y: event.clientY, offset: [offsetRow, offsetColumn], moved: false };
            event.currentTarget.setPointerCapture?.(event.pointerId);
          }}
          onPointerMove={(event) => {
            const d = drag.current;
            if (d && (event.buttons & 1) === 1) {
              const dx = event.clientX - d.x;
              const dy = event.clientY - d.y;
              if (Math.abs(dx) + Math.abs(dy) > 3) d.moved = true;
              if (d.moved) setOffset([d.offset[0] - dy / zoom, d.offset[1] - dx / zoom]);
              return;
            }
            setHovered(cellFromPointer(event));
          }}
          onPointerUp={(event) => {
            const d = drag.current;
            drag.current = null;
            if (d?.moved) return;
            const cell = cellFromPointer(event);
            moveFocus(cell);
            setLocked(locked && locked[0] === cell[0] && locked[1] === cell[1] ? null : cell);
            gridRef.current?.focus();
          }}
          onPointerLeave={() => setHovered(null)}
          onWheel={(event) => {
            if (!event.ctrlKey && !event.metaKey) return;
            event.preventDefault();
            zoomBy(event.deltaY < 0 ? 1.25 : 0.8, cellFromPointer(event as unknown as PointerEvent<HTMLCanvasElement>));
          }}
          style={{
            position: 'absolute',
            left: margin.left,
            top: margin.top,
            width: plotWidth,
            height: plotHeight,
            cursor: zoom > fit ? 'grab' : 'crosshair',
            touchAction: 'none',
          }}
        />
        {hovered && inView(hovered) ? (
          <div
            role="tooltip"
            className="ts-attention-heatmap__tooltip"
            style={{
              position: 'absolute',
              left: Math.min(margin.left + (hovered[1] - offsetColumn + 1) * zoom + 8, svgWidth - 40),
              top: margin.top + (hovered[0] - offsetRow) * zoom,
              maxWidth: 260,
              padding: '4px 8px',
              borderRadius: 4,
              background: 'var(--ts-surface)',
              color: 'var(--ts-fg)',
              border: '1px solid var(--ts-border)',
              boxShadow: '0 2px 6px rgba(0,0,0,0.2)',
              fontSize: 12,
              pointerEvents: 'none',
              whiteSpace: 'normal',
              zIndex: 1,
            }}
          >
            {describe(hovered)}
          </div>
        ) : null}
      </div>
      <p className="ts-attention-heatmap__readout" aria-live="polite" style={{ margin: '4px 0 0', minHeight: '1.4em' }}>
        {describe(shown)}
        {locked ? ` · ${t.locked}` : ''}
      </p>
      {poolFactor > 1 ? (
        <p className="ts-attention-heatmap__downsampled" style={{ margin: 0, color: 'var(--ts-muted)', fontSize: 12 }}>
          {interpolate(t.downsampled, { factor: poolFactor })}
        </p>
      ) : null}
      <p id={hintId} style={{ margin: 0, color: 'var(--ts-muted)', fontSize: 12 }}>
        {t.hint}
      </p>
      {matrix.notNormalised ? (
        <p className="ts-attention-heatmap__note" style={{ margin: '4px 0 0', color: 'var(--ts-muted)', fontSize: 12 }}>
          {t.notNormalised}
        </p>
      ) : null}
      {showTable && rows <= TABLE_LIMIT && columns <= TABLE_LIMIT ? (
        <table
          className="ts-attention-heatmap__table"
          style={{ borderCollapse: 'collapse', marginTop: 8, fontSize: 12 }}
        >
          <caption style={{ textAlign: 'start', color: 'var(--ts-muted)' }}>
            {interpolate(t.label, { rows, columns })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.queryAxis}</th>
              {matrix.keyTokens.map((token, c) => (
                <th scope="col" key={c} style={{ padding: '2px 4px' }}>
                  {tokenLabel(token)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.queryTokens.map((token, r) => (
              <tr key={r}>
                <th scope="row" style={{ padding: '2px 4px', textAlign: 'end' }}>
                  {tokenLabel(token)}
                </th>
                {matrix.keyTokens.map((_, c) => (
                  <td key={c} style={{ padding: '2px 4px', textAlign: 'end' }}>
                    {isMasked(matrix, r, c)
                      ? '—'
                      : formatNumber(weightAt(matrix, r, c), locale, { maximumFractionDigits: 3 })}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

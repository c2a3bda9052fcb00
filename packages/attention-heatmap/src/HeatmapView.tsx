'use client';
import { formatNumber, interpolate, type Locale, type ThemeName } from '@tensorscope/common';
import { useStore } from '@tensorscope/common/react';
import { useEffect, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import { isMasked, strongestKey, weightAt, type AttentionMatrix } from './core/attentionMatrix.js';
import {
  colorPosition,
  createColorLut,
  createDivergingLut,
  divergingPosition,
  divergingScale,
  type ColorTransfer,
} from './core/colorLut.js';
import { createAttentionColorScale } from './core/colorScale.js';
import {
  cellInView,
  clampCell,
  createHeatmapViewport,
  heatmapGeometry,
  viewportLayout,
  type HeatmapCell,
} from './core/heatmapViewport.js';
import { tokenLabel } from './core/tokenLabel.js';
import { HeatmapAxes, LABEL_CHARS, LEGEND_WIDTH } from './HeatmapAxes.js';
import { HeatmapCanvas } from './HeatmapCanvas.js';
import { HeatmapTable } from './HeatmapTable.js';
import { HeatmapToolbar, TABLE_LIMIT } from './HeatmapToolbar.js';
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

/**
 * The matrix itself: a viewport (`createHeatmapViewport`) onto a canvas of cells painted by the
 * core rasteriser, under visx axes, with one screen-reader cell that follows the focus. Long
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
  const geometry = useMemo(
    () => heatmapGeometry({ rows, columns, available, maxHeight, maxCellSize }),
    [rows, columns, available, maxHeight, maxCellSize],
  );
  const [viewport] = useState(() => createHeatmapViewport(geometry, initialFocus ?? [0, strongestKey(matrix, 0)]));
  // New data or size: start from the whole matrix.
  useEffect(() => viewport.setGeometry(geometry), [viewport, geometry]);
  const { zoom, offset, focus, hovered, locked } = useStore(viewport.store);
  const layout = useMemo(() => viewportLayout(geometry, zoom, offset), [geometry, zoom, offset]);
  const { plotWidth, plotHeight, offsetRow, offsetColumn, poolFactor } = layout;

  const [showTable, setShowTable] = useState(false);
  const focusCell = clampCell(geometry, focus);
  // A locked or hovered cell can outlive a smaller matrix (a shorter sentence): clamp it too.
  const shown = clampCell(geometry, locked ?? hovered ?? focus);
  const signed = matrix.signed === true;
  // Weights: the sequential ramp (position 0..1). Signed scores: the diverging ramp (0.5 = zero).
  const color = useMemo(() => (signed ? divergingScale(theme) : createAttentionColorScale(theme, 1)), [theme, signed]);
  const lut = useMemo(() => (signed ? createDivergingLut(theme) : createColorLut(theme)), [theme, signed]);
  const position = (value: number) =>
    signed ? divergingPosition(value, matrix.max) : colorPosition(value, matrix.max, transfer);

  const reportFocus = (cell: HeatmapCell) => {
    const [row, column] = clampCell(geometry, cell);
    onFocusCell?.({ row, column, weight: weightAt(matrix, row, column) });
  };
  const describe = (cell: HeatmapCell) => {
    const [r, c] = clampCell(geometry, cell);
    return interpolate(t.cell, {
      query: matrix.queryTokens[r] ?? '',
      key: matrix.keyTokens[c] ?? '',
      value: isMasked(matrix, r, c)
        ? t.masked
        : formatNumber(weightAt(matrix, r, c), locale, { maximumFractionDigits: 3 }),
    });
  };
  const svgWidth = margin.left + plotWidth + LEGEND_WIDTH;
  const svgHeight = margin.top + Math.max(plotHeight, 120) + 8;
  const muted: CSSProperties = { margin: 0, color: 'var(--ts-muted)', fontSize: 12 };

  return (
    <div>
      <HeatmapToolbar
        {...{ matrix, viewport, zoom, showTable, theme, locale, t, svgRef, canvasRef, margin }}
        onShowTable={setShowTable}
        color={(value) => color(position(value))}
      />
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
        onKeyDown={(event) => {
          const handled = viewport.key(event.key);
          if (handled === false) return;
          event.preventDefault();
          if (handled !== true) reportFocus(handled);
        }}
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
        <HeatmapAxes
          {...{ matrix, layout, zoom, margin, shown, transfer, locale, svgRef, t, color }}
          width={svgWidth}
          height={svgHeight}
          focus={focusCell}
          locked={locked !== null}
        />
        <HeatmapCanvas
          {...{ matrix, viewport, layout, zoom, lut, transfer, theme, margin, canvasRef }}
          onCellClick={(cell) => {
            reportFocus(viewport.moveFocus(cell));
            viewport.toggleLock(cell);
            gridRef.current?.focus();
          }}
        />
        {hovered && cellInView(layout, hovered) ? (
          <div
            role="tooltip"
            className="ts-attention-heatmap__tooltip"
            style={{
              ...tooltip,
              left: Math.min(margin.left + (hovered[1] - offsetColumn + 1) * zoom + 8, svgWidth - 40),
              top: margin.top + (hovered[0] - offsetRow) * zoom,
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
        <p className="ts-attention-heatmap__downsampled" style={muted}>
          {interpolate(t.downsampled, { factor: poolFactor })}
        </p>
      ) : null}
      <p id={hintId} style={muted}>
        {t.hint}
      </p>
      {matrix.notNormalised ? (
        <p className="ts-attention-heatmap__note" style={{ ...muted, margin: '4px 0 0' }}>
          {t.notNormalised}
        </p>
      ) : null}
      {showTable && rows <= TABLE_LIMIT && columns <= TABLE_LIMIT ? (
        <HeatmapTable matrix={matrix} locale={locale} t={t} />
      ) : null}
    </div>
  );
}

const tooltip: CSSProperties = {
  position: 'absolute',
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
};

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

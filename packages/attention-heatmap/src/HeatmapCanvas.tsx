'use client';
import { themeColor, type ThemeName } from '@tensorscope/common';
import { useEffect, useRef, type PointerEvent, type RefObject } from 'react';
import type { AttentionMatrix } from './core/attentionMatrix.js';
import type { ColorTransfer } from './core/colorLut.js';
import { rasterizeHeatmap, rgbOf, type HeatmapRaster } from './core/heatmapRaster.js';
import type { HeatmapCell, HeatmapLayout, HeatmapViewport } from './core/heatmapViewport.js';

export interface HeatmapCanvasProps {
  matrix: AttentionMatrix;
  viewport: HeatmapViewport;
  layout: HeatmapLayout;
  zoom: number;
  lut: Uint8ClampedArray;
  transfer: ColorTransfer;
  theme: ThemeName;
  margin: { left: number; top: number };
  canvasRef: RefObject<HTMLCanvasElement | null>;
  /** A click on a cell (not the end of a drag). */
  onCellClick: (cell: HeatmapCell) => void;
}

/** The cells: the core's raster scaled up on a canvas, with gaps and hatching when zoomed in; drag pans, Ctrl + wheel zooms. */
export function HeatmapCanvas(props: HeatmapCanvasProps) {
  const { matrix, viewport, layout, zoom, lut, transfer, theme, margin, canvasRef } = props;
  const { plotWidth, plotHeight } = layout;

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const raster = rasterizeHeatmap(matrix, layout, {
      lut,
      transfer,
      masked: rgbOf(themeColor(theme, '--ts-surface')),
    });
    paint(canvas, context, raster, layout, zoom, theme);
  }, [matrix, lut, transfer, theme, zoom, layout, canvasRef]);

  const drag = useRef<{ x: number; y: number; offset: HeatmapCell; moved: boolean } | null>(null);
  const cellFromPointer = (event: PointerEvent<HTMLCanvasElement>): HeatmapCell => {
    const rect = event.currentTarget.getBoundingClientRect();
    return viewport.cellAt(event.clientX - rect.left, event.clientY - rect.top);
  };

  return (
    <canvas
      ref={canvasRef}
      aria-hidden="true"
      className="ts-attention-heatmap__cells"
      width={plotWidth}
      height={plotHeight}
      onPointerDown={(event) => {
        drag.current = {
          x: event.clientX,
          y: event.clientY,
          offset: [layout.offsetRow, layout.offsetColumn],
          moved: false,
        };
        event.currentTarget.setPointerCapture?.(event.pointerId);
      }}
      onPointerMove={(event) => {
        const d = drag.current;
        if (d && (event.buttons & 1) === 1) {
          const dx = event.clientX - d.x;
          const dy = event.clientY - d.y;
          if (Math.abs(dx) + Math.abs(dy) > 3) d.moved = true;
          if (d.moved) viewport.panTo([d.offset[0] - dy / zoom, d.offset[1] - dx / zoom]);
          return;
        }
        viewport.hover(cellFromPointer(event));
      }}
      onPointerUp={(event) => {
        const d = drag.current;
        drag.current = null;
        if (!d?.moved) props.onCellClick(cellFromPointer(event));
      }}
      onPointerLeave={() => viewport.hover(null)}
      onWheel={(event) => {
        if (!event.ctrlKey && !event.metaKey) return;
        event.preventDefault();
        viewport.zoomBy(
          event.deltaY < 0 ? 1.25 : 0.8,
          cellFromPointer(event as unknown as PointerEvent<HTMLCanvasElement>),
        );
      }}
      style={{
        position: 'absolute',
        left: margin.left,
        top: margin.top,
        width: plotWidth,
        height: plotHeight,
        cursor: zoom > viewport.geometry().fit ? 'grab' : 'crosshair',
        touchAction: 'none',
      }}
    />
  );
}

/** Draws a raster scaled to the zoom, then gaps between large cells and hatching over masked ones. */
function paint(
  canvas: HTMLCanvasElement,
  context: CanvasRenderingContext2D,
  raster: HeatmapRaster,
  layout: HeatmapLayout,
  zoom: number,
  theme: ThemeName,
): void {
  const { plotWidth, plotHeight, visibleRows, visibleColumns, poolFactor } = layout;
  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  canvas.width = Math.round(plotWidth * ratio);
  canvas.height = Math.round(plotHeight * ratio);
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  const image = new ImageData(raster.width, raster.height);
  image.data.set(raster.pixels);
  const offscreen = document.createElement('canvas');
  offscreen.width = raster.width;
  offscreen.height = raster.height;
  offscreen.getContext('2d')?.putImageData(image, 0, 0);
  context.imageSmoothingEnabled = false;
  context.clearRect(0, 0, plotWidth, plotHeight);
  context.drawImage(offscreen, 0, 0, raster.width * zoom * poolFactor, raster.height * zoom * poolFactor);
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
  const mask = raster.mask;
  if (mask && zoom >= 6 && visibleRows * visibleColumns <= 40_000) {
    // Hatch masked cells so they never read as a zero weight.
    context.strokeStyle = themeColor(theme, '--ts-muted');
    context.globalAlpha = 0.45;
    context.beginPath();
    for (let r = 0; r < visibleRows; r++)
      for (let c = 0; c < visibleColumns; c++) {
        if (mask[r * visibleColumns + c]) continue;
        context.moveTo(c * zoom + 1, (r + 1) * zoom - 1);
        context.lineTo((c + 1) * zoom - 1, r * zoom + 1);
      }
    context.stroke();
    context.globalAlpha = 1;
  }
}

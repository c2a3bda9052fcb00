import { TensorscopeArgumentError, checkArray, checkInteger, checkObject, checkOneOf } from '@tensorscope/common';
import { checkMatrix, type AttentionMatrix } from './attentionMatrix.js';
import { colorPosition, divergingPosition, type ColorTransfer } from './colorLut.js';
import { maxPool } from './downsample.js';
import type { HeatmapLayout } from './heatmapViewport.js';

/** The visible cells as pixels: one per cell (or per pooled block), to be scaled up on a canvas. */
export interface HeatmapRaster {
  /** RGBA, `width × height × 4`. */
  pixels: Uint8ClampedArray;
  width: number;
  height: number;
  /** The visible block's mask (1 = may attend), `visibleRows × visibleColumns`; null when nothing is masked. */
  mask: Uint8Array | null;
}

export interface RasterOptions {
  /** 256 RGBA entries (`createColorLut` / `createDivergingLut`). */
  lut: Uint8ClampedArray | Uint8Array;
  transfer: ColorTransfer;
  /** Colour of masked cells, `[r, g, b]`. */
  masked: readonly [number, number, number];
}

/**
 * Paints the visible window of `matrix`, max-pooled when a cell is smaller than a pixel (so
 * drawing cost follows the screen, not tokens²). Masked cells get `options.masked`; signed scores
 * use the diverging position (0.5 = zero).
 */
export function rasterizeHeatmap(
  matrix: AttentionMatrix,
  layout: HeatmapLayout,
  options: RasterOptions,
): HeatmapRaster {
  const columns = checkMatrix(matrix);
  const rows = matrix.queryTokens.length;
  checkObject(layout, 'layout');
  const visibleRows = checkInteger(layout.visibleRows, 'layout.visibleRows', { min: 1, max: rows });
  const visibleColumns = checkInteger(layout.visibleColumns, 'layout.visibleColumns', { min: 1, max: columns });
  const offsetRow = checkInteger(layout.offsetRow, 'layout.offsetRow', { min: 0, max: rows - visibleRows });
  const offsetColumn = checkInteger(layout.offsetColumn, 'layout.offsetColumn', {
    min: 0,
    max: columns - visibleColumns,
  });
  const poolFactor = checkInteger(layout.poolFactor, 'layout.poolFactor', { min: 1 });
  checkObject(options, 'options');
  if (!(options.lut instanceof Uint8ClampedArray || options.lut instanceof Uint8Array) || options.lut.length < 1024) {
    throw new TensorscopeArgumentError('options.lut', '256 RGBA entries (1024 bytes)', options.lut);
  }
  checkOneOf(options.transfer, 'options.transfer', ['linear', 'sqrt', 'log']);
  const masked = checkArray(options.masked, 'options.masked');
  masked.forEach((v, i) => checkInteger(v, `options.masked[${i}]`, { min: 0, max: 255 }));
  if (!(matrix.max >= 0 && Number.isFinite(matrix.max))) {
    throw new TensorscopeArgumentError('matrix.max', 'a finite number ≥ 0', matrix.max);
  }
  const signed = matrix.signed === true;
  // Full-width views are one contiguous run of rows: read them in place instead of copying.
  const start = offsetRow * columns;
  let block: Float32Array;
  let mask: Uint8Array | null;
  if (visibleColumns === columns) {
    block = matrix.weights.subarray(start, start + visibleRows * columns);
    mask = matrix.mask ? matrix.mask.subarray(start, start + visibleRows * columns) : null;
  } else {
    block = new Float32Array(visibleRows * visibleColumns);
    mask = matrix.mask ? new Uint8Array(visibleRows * visibleColumns) : null;
    for (let r = 0; r < visibleRows; r++) {
      const source = (offsetRow + r) * columns + offsetColumn;
      block.set(matrix.weights.subarray(source, source + visibleColumns), r * visibleColumns);
      if (mask && matrix.mask) mask.set(matrix.mask.subarray(source, source + visibleColumns), r * visibleColumns);
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
  const keep = mask ? maxPool(mask, visibleRows, visibleColumns, pooled.rows, pooled.columns).data : null;
  const pixels = new Uint8ClampedArray(pooled.rows * pooled.columns * 4);
  const [mr, mg, mb] = options.masked;
  for (let i = 0; i < pooled.data.length; i++) {
    if (keep && !keep[i]) {
      pixels.set([mr, mg, mb, 255], i * 4);
      continue;
    }
    const value = pooled.data[i] as number;
    const at = signed ? divergingPosition(value, matrix.max) : colorPosition(value, matrix.max, options.transfer);
    const index = Math.round(at * 255) * 4;
    pixels.set(options.lut.subarray(index, index + 4), i * 4);
  }
  return { pixels, width: pooled.columns, height: pooled.rows, mask };
}

/** `[r, g, b]` of a `#rrggbb` colour; mid grey when it is not one. */
export function rgbOf(hex: string): [number, number, number] {
  const parts = (hex.match(/[0-9a-f]{2}/gi) ?? ['80', '80', '80']).map((h) => parseInt(h, 16));
  return [parts[0] ?? 128, parts[1] ?? 128, parts[2] ?? 128];
}

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cellInView, createHeatmapViewport, heatmapGeometry, viewportLayout } from './heatmapViewport.js';

const small = heatmapGeometry({ rows: 8, columns: 8, available: 400, maxHeight: 400, maxCellSize: 36 });
const long = heatmapGeometry({ rows: 1000, columns: 1000, available: 500, maxHeight: 500, maxCellSize: 36 });

describe('viewport maths', () => {
  it('fits the whole matrix, capped at the largest cell', () => {
    expect(small.fit).toBe(36);
    expect(long.fit).toBe(0.5);
    expect(viewportLayout(small, small.fit, [0, 0])).toMatchObject({ plotWidth: 288, visibleRows: 8, poolFactor: 1 });
  });

  it('pools when a cell is smaller than a pixel and clamps the offset', () => {
    const layout = viewportLayout(long, 0.5, [-5, 9999]);
    expect(layout).toMatchObject({
      plotWidth: 500,
      visibleColumns: 1000,
      poolFactor: 2,
      offsetRow: 0,
      offsetColumn: 0,
    });
    const zoomed = viewportLayout(long, 10, [995, -3]);
    expect(zoomed).toMatchObject({ visibleRows: 50, offsetRow: 950, offsetColumn: 0 });
    expect(cellInView(zoomed, [960, 10])).toBe(true);
    expect(cellInView(zoomed, [10, 10])).toBe(false);
  });
});

describe('createHeatmapViewport', () => {
  it('zooms around a cell within fit … maxZoom, and back to fit', () => {
    const viewport = createHeatmapViewport(long);
    viewport.zoomBy(20, [500, 500]);
    expect(viewport.store.getState().zoom).toBe(10);
    expect(cellInView(viewport.layout(), [500, 500])).toBe(true);
    viewport.zoomBy(100);
    expect(viewport.store.getState().zoom).toBe(36);
    viewport.key('0');
    expect(viewport.store.getState()).toMatchObject({ zoom: 0.5, offset: [0, 0] });
    viewport.zoomBy(0.5);
    expect(viewport.store.getState().zoom).toBe(0.5);
  });

  it('moves the focus with the keys and scrolls it into view', () => {
    const viewport = createHeatmapViewport(long, [0, 0]);
    viewport.zoomBy(20, [0, 0]);
    expect(viewport.key('ArrowDown')).toEqual([1, 0]);
    expect(viewport.key('End')).toEqual([1, 999]);
    expect(cellInView(viewport.layout(), [1, 999])).toBe(true);
    expect(viewport.key('PageDown')).toEqual([50, 999]);
    expect(viewport.key('ArrowRight')).toEqual([50, 999]); // clamped at the edge
    expect(viewport.key('x')).toBe(false);
  });

  it('locks with Enter, unlocks with Enter again or Escape', () => {
    const viewport = createHeatmapViewport(small, [2, 3]);
    expect(viewport.key('Enter')).toBe(true);
    expect(viewport.store.getState().locked).toEqual([2, 3]);
    viewport.key(' ');
    expect(viewport.store.getState().locked).toBeNull();
    viewport.toggleLock([1, 1]);
    viewport.hover([4, 4]);
    viewport.key('Escape');
    expect(viewport.store.getState()).toMatchObject({ locked: null, hovered: null });
  });

  it('maps pixels to cells and resets when the matrix changes size', () => {
    const viewport = createHeatmapViewport(small);
    expect(viewport.cellAt(40, 75)).toEqual([2, 1]);
    expect(viewport.cellAt(-5, 9999)).toEqual([7, 0]);
    viewport.zoomBy(2);
    viewport.setGeometry({ ...small, available: 500 }); // same fit: keeps the zoom
    expect(viewport.store.getState().zoom).toBe(36);
    viewport.setGeometry(long);
    expect(viewport.store.getState()).toMatchObject({ zoom: 0.5, offset: [0, 0] });
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createAttentionMatrix } from './attentionMatrix.js';
import { heatmapGeometry, viewportLayout } from './heatmapViewport.js';
import { rasterizeHeatmap, rgbOf } from './heatmapRaster.js';

// A LUT whose entry i is (i, 255 - i, 0, 255): the red channel reads back the colour position.
const lut = new Uint8ClampedArray(256 * 4);
for (let i = 0; i < 256; i++) lut.set([i, 255 - i, 0, 255], i * 4);
const options = { lut, transfer: 'linear' as const, masked: [9, 9, 9] as const };

describe('rasterizeHeatmap', () => {
  const matrix = createAttentionMatrix({
    queryTokens: ['a', 'b'],
    weights: [
      [1, 0],
      [0.5, 0.5],
    ],
    mask: new Uint8Array([1, 0, 1, 1]),
  });
  const geometry = heatmapGeometry({ rows: 2, columns: 2, available: 100, maxHeight: 100, maxCellSize: 20 });

  it('gives one pixel per visible cell from the LUT, masked cells in the masked colour', () => {
    const raster = rasterizeHeatmap(matrix, viewportLayout(geometry, 20, [0, 0]), options);
    expect([raster.width, raster.height]).toEqual([2, 2]);
    expect(Array.from(raster.pixels.subarray(0, 4))).toEqual([255, 0, 0, 255]);
    expect(Array.from(raster.pixels.subarray(4, 8))).toEqual([9, 9, 9, 255]);
    expect(raster.pixels[8]).toBe(128);
    expect(Array.from(raster.mask ?? [])).toEqual([1, 0, 1, 1]);
  });

  it('max-pools a zoomed-out view', () => {
    const n = 8;
    const weights = new Float32Array(n * n);
    weights[n * 7 + 7] = 1;
    const big = createAttentionMatrix({ queryTokens: Array.from({ length: n }, (_, i) => `t${i}`), weights });
    const layout = viewportLayout(
      heatmapGeometry({ rows: n, columns: n, available: 4, maxHeight: 4, maxCellSize: 1 }),
      0.5,
      [0, 0],
    );
    const raster = rasterizeHeatmap(big, layout, options);
    expect([raster.width, raster.height, layout.poolFactor]).toEqual([4, 4, 2]);
    expect(raster.pixels[(4 * 3 + 3) * 4]).toBe(255); // the bottom-right block holds the 1
    expect(raster.pixels[0]).toBe(0);
  });

  it('reads #rrggbb colours', () => {
    expect(rgbOf('#ff8000')).toEqual([255, 128, 0]);
    expect(rgbOf('none')).toEqual([128, 128, 128]);
  });
});

import { expect, it } from 'vitest';
import { canvasToPngBlob, svgToPngBlob } from './rasterize.js';

const svg = (width = '10', height = '10') => {
  const element = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  element.setAttribute('width', width);
  element.setAttribute('height', height);
  return element;
};

// The happy path needs an image decoder: the Kit story "ExportMenu" rasterises a real PNG in the browser.
it('refuses what is not an <svg>, bad options and oversized pictures with typed errors (issue "Hardening")', async () => {
  await expect(svgToPngBlob(document.createElement('div') as never)).rejects.toMatchObject({
    code: 'INVALID_ARGUMENT',
  });
  await expect(svgToPngBlob(null as never)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  await expect(svgToPngBlob(svg(), null as never)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  await expect(svgToPngBlob(svg(), { scale: Number.NaN })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  await expect(svgToPngBlob(svg(), { overlays: 'x' as never })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  await expect(svgToPngBlob(svg('100000', '10'))).rejects.toMatchObject({ code: 'TOO_LARGE' });
  await expect(canvasToPngBlob({} as never)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
});

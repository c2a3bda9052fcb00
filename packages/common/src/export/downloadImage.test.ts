import { afterEach, expect, it, vi } from 'vitest';
import { downloadPng, downloadSvg } from './downloadImage.js';

afterEach(() => vi.restoreAllMocks());

it('saves a serialised SVG through a download link', async () => {
  const host = document.createElement('div');
  host.innerHTML = '<svg width="10" height="10"><rect fill="var(--ts-accent, #123456)"/></svg>';
  document.body.append(host);
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  const clicked: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this.download);
  });
  downloadSvg(host.querySelector('svg')!, 'chart.svg');
  expect(clicked).toEqual(['chart.svg']);
  expect(blobs[0]!.type).toBe('image/svg+xml');
  const text = await blobs[0]!.text();
  expect(text).toContain('fill="#123456"');
  host.remove();
});

it('saves a canvas as PNG and rejects with RENDER_FAILED when it cannot be encoded', async () => {
  const canvas = document.createElement('canvas');
  const png = new Blob(['png'], { type: 'image/png' });
  const toBlob = vi.spyOn(canvas, 'toBlob').mockImplementation((done) => done(png));
  const saved: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    saved.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  await downloadPng(canvas, 'cells.png');
  expect(saved).toEqual([png]);
  expect(toBlob).toHaveBeenCalledWith(expect.any(Function), 'image/png');
  toBlob.mockImplementation((done) => done(null));
  await expect(downloadPng(canvas, 'cells.png')).rejects.toMatchObject({ code: 'RENDER_FAILED' });
});

import { checkString } from '../validate.js';
import { downloadBlob, downloadText } from '../download.js';
import { canvasToPngBlob, svgToPngBlob, type SvgToPngOptions } from './rasterize.js';
import { serializeSvg, type SerializeSvgOptions } from './serializeSvg.js';

/** Saves an on-screen `<svg>` as a standalone `.svg` file (theme colours resolved). Browser only. */
export function downloadSvg(svg: SVGSVGElement, filename: string, options?: SerializeSvgOptions): void {
  checkString(filename, 'filename', { nonEmpty: true });
  downloadText(serializeSvg(svg, options), filename, 'image/svg+xml');
}

/**
 * Saves an `<svg>` (rasterised with {@link svgToPngBlob}) or a `<canvas>` as a `.png` file. Rejects
 * with a `TensorscopeError` `RENDER_FAILED` when the picture cannot be encoded. Browser only.
 */
export async function downloadPng(
  source: SVGSVGElement | HTMLCanvasElement,
  filename: string,
  options?: SvgToPngOptions,
): Promise<void> {
  checkString(filename, 'filename', { nonEmpty: true });
  const isCanvas = typeof (source as { toBlob?: unknown } | null)?.toBlob === 'function';
  const blob = isCanvas
    ? await canvasToPngBlob(source as HTMLCanvasElement)
    : await svgToPngBlob(source as SVGSVGElement, options);
  downloadBlob(blob, filename);
}

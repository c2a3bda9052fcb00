import { fail } from '../core/errors.js';
import { serializeSvg, svgSize, TITLE_HEIGHT } from './serializeSvg.js';

/**
 * Draws a chart's `<svg>` (with an optional title above it) onto a canvas at `scale`× resolution
 * and returns it as a PNG blob.
 */
export async function svgToPng(svg: SVGSVGElement, title?: string, scale = 2): Promise<Blob> {
  const markup = serializeSvg(svg, title);
  const { width, height } = svgSize(svg);
  const fullHeight = height + (title ? TITLE_HEIGHT : 0);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(fail('RENDER_FAILED', 'The chart could not be drawn as an image.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(fullHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw fail('RENDER_FAILED', 'No 2D canvas is available for the PNG export.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, fullHeight);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(fail('RENDER_FAILED', 'The PNG could not be encoded.')))),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

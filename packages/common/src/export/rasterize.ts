import { TensorscopeError } from '../errors.js';
import { checkArray, checkNumber, checkOptions, TensorscopeArgumentError } from '../validate.js';
import { checkSvg, serializeSvg, svgSize, SVG_TITLE_HEIGHT, type SerializeSvgOptions } from './serializeSvg.js';

/** Largest PNG side, in pixels: browsers refuse bigger canvases (and would drop the export silently). */
const MAX_PNG_SIDE = 16_384;

/** A bitmap drawn over the SVG in the PNG, e.g. a heatmap's cell canvas, in the SVG's CSS pixels. */
export interface PngOverlay {
  source: CanvasImageSource;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SvgToPngOptions extends SerializeSvgOptions {
  /** Pixels per CSS pixel. Default 2 (sharp on high-density screens and in slides). */
  scale?: number;
  /** Bitmaps drawn on top, in order (coordinates relative to the SVG, below any title). */
  overlays?: readonly PngOverlay[];
}

/** Encodes a canvas as a PNG blob; a failure is a `TensorscopeError` `RENDER_FAILED`. Browser only. */
export function canvasToPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    if (typeof (canvas as { toBlob?: unknown } | null)?.toBlob !== 'function') {
      reject(new TensorscopeArgumentError('canvas', 'a <canvas> element', canvas));
      return;
    }
    try {
      canvas.toBlob(
        (blob) =>
          blob ? resolve(blob) : reject(new TensorscopeError('RENDER_FAILED', 'The PNG could not be encoded.')),
        'image/png',
      );
    } catch (cause) {
      // A canvas tainted by a cross-origin image throws a SecurityError here.
      reject(new TensorscopeError('RENDER_FAILED', 'The picture could not be exported as PNG.', { cause }));
    }
  });
}

function loadImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  return new Promise((resolve, reject) => {
    image.onload = () => resolve(image);
    image.onerror = () => reject(new TensorscopeError('RENDER_FAILED', 'The picture could not be drawn as an image.'));
    image.src = url;
  });
}

/**
 * Draws an on-screen `<svg>` (theme colours resolved by {@link serializeSvg}, optional title above,
 * optional canvas overlays) at `scale`× resolution and returns it as a PNG blob. Browser only.
 */
export async function svgToPngBlob(svg: SVGSVGElement, options?: SvgToPngOptions): Promise<Blob> {
  checkSvg(svg, 'svg');
  const { scale = 2, overlays = [], ...serializeOptions } = checkOptions(options);
  checkNumber(scale, 'options.scale', { min: 0.1, max: 16 });
  checkArray(overlays, 'options.overlays', { maxLength: 64 });
  const markup = serializeSvg(svg, serializeOptions);
  const { width, height } = svgSize(svg);
  const top = serializeOptions.title ? SVG_TITLE_HEIGHT : 0;
  if (Math.max(width, height + top) * scale > MAX_PNG_SIDE) {
    throw new TensorscopeError(
      'TOO_LARGE',
      `A ${width}×${height + top} picture at ${scale}× exceeds ${MAX_PNG_SIDE} pixels a side.`,
      {
        details: { width, height: height + top, scale, max: MAX_PNG_SIDE },
      },
    );
  }
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round((height + top) * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new TensorscopeError('RENDER_FAILED', 'No 2D canvas is available for the PNG export.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height + top);
    for (const overlay of overlays) {
      context.drawImage(overlay.source, overlay.x, overlay.y + top, overlay.width, overlay.height);
    }
    return await canvasToPngBlob(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}

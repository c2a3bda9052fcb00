export { serializeSvg, svgSize, SVG_TITLE_HEIGHT } from './serializeSvg.js';
export type { SerializeSvgOptions } from './serializeSvg.js';
export { svgToPngBlob, canvasToPngBlob } from './rasterize.js';
export type { SvgToPngOptions, PngOverlay } from './rasterize.js';
export { downloadSvg, downloadPng } from './downloadImage.js';

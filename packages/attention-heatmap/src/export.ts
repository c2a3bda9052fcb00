import { THEMES, type ThemeName } from '@tensorscope/common';
import type { AttentionMatrix } from './core/attentionMatrix.js';
import { weightAt, isMasked } from './core/attentionMatrix.js';
import { tokenLabel } from './core/tokenLabel.js';

/** Replaces `var(--ts-…)` with the theme's colours so an SVG renders outside the page. */
export function resolveThemeVariables(svg: string, theme: ThemeName): string {
  const palette = THEMES[theme] as unknown as Record<string, string>;
  return svg.replace(/var\((--ts-[a-z-]+)(?:,[^)]*)?\)/g, (match, name: string) => palette[name] ?? match);
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A standalone SVG of a whole (small) matrix: one rect per cell, token labels and a title. */
export function matrixToSvg(
  matrix: AttentionMatrix,
  color: (value: number) => string,
  theme: ThemeName,
  title: string,
): string {
  const rows = matrix.queryTokens.length;
  const columns = matrix.keyTokens.length;
  const cell = 24;
  const left = 110;
  const top = 110;
  const width = left + columns * cell + 20;
  const height = top + rows * cell + 20;
  const palette = THEMES[theme];
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="11">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="${palette['--ts-bg']}"/>`,
    `<text x="8" y="16" font-size="13" fill="${palette['--ts-fg']}">${escapeXml(title)}</text>`,
  ];
  matrix.keyTokens.forEach((token, c) => {
    const x = left + c * cell + cell / 2;
    parts.push(
      `<text transform="translate(${x},${top - 6}) rotate(-55)" fill="${palette['--ts-fg']}">${escapeXml(tokenLabel(token))}</text>`,
    );
  });
  matrix.queryTokens.forEach((token, r) => {
    parts.push(
      `<text x="${left - 6}" y="${top + r * cell + cell / 2 + 4}" text-anchor="end" fill="${palette['--ts-fg']}">${escapeXml(tokenLabel(token))}</text>`,
    );
    for (let c = 0; c < columns; c++) {
      const masked = isMasked(matrix, r, c);
      const fill = masked ? palette['--ts-surface'] : color(weightAt(matrix, r, c));
      const label = masked ? 'masked' : weightAt(matrix, r, c).toFixed(3);
      parts.push(
        `<rect x="${left + c * cell}" y="${top + r * cell}" width="${cell - 1}" height="${cell - 1}" fill="${fill}"><title>${escapeXml(`${matrix.queryTokens[r]} → ${matrix.keyTokens[c]}: ${label}`)}</title></rect>`,
      );
    }
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/**
 * A PNG of what is on screen at the device's pixel ratio: the axes SVG (theme colours resolved)
 * with the cells canvas drawn at its place.
 */
export async function renderPng(
  svg: SVGSVGElement,
  cells: HTMLCanvasElement,
  offset: { left: number; top: number },
  theme: ThemeName,
): Promise<Blob> {
  const ratio = window.devicePixelRatio || 1;
  const width = svg.width.baseVal.value;
  const height = svg.height.baseVal.value;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Canvas 2D is not available for the PNG export.');
  context.scale(ratio, ratio);
  context.fillStyle = THEMES[theme]['--ts-bg'];
  context.fillRect(0, 0, width, height);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const markup = resolveThemeVariables(new XMLSerializer().serializeToString(clone), theme);
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  await image.decode();
  context.drawImage(image, 0, 0, width, height);
  URL.revokeObjectURL(image.src);
  context.drawImage(cells, offset.left, offset.top, cells.clientWidth, cells.clientHeight);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

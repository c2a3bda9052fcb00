import { THEMES, type ThemeName } from '@tensorscope/common';
import type { AttentionMatrix } from './core/attentionMatrix.js';
import { weightAt, isMasked } from './core/attentionMatrix.js';
import { tokenLabel } from './core/tokenLabel.js';

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

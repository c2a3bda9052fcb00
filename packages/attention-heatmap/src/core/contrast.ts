/** Relative luminance (WCAG 2) of an `rgb(r, g, b)` or `#rrggbb` colour. */
export function luminance(color: string): number {
  const hex = color.match(/^#([0-9a-f]{6})$/i);
  const rgb = hex
    ? [0, 2, 4].map((i) => parseInt((hex[1] as string).slice(i, i + 2), 16))
    : (color.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Black or white text, whichever contrasts more with the background. */
export function readableTextColor(background: string): '#000000' | '#ffffff' {
  const l = luminance(background);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

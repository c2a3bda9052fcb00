const VARIABLE = /var\((--[\w-]+)(?:,\s*([^()]*))?\)/g;

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Pixels added above the chart for its title. */
export const TITLE_HEIGHT = 28;

/**
 * Serialises a chart's `<svg>` as a standalone SVG document: `var(--ts-*)` colours are replaced by
 * their computed values (a file on disk has no CSS variables), the theme background and font are
 * written in, the size is fixed, and an optional title is drawn above the chart.
 */
export function serializeSvg(svg: SVGSVGElement, title?: string): string {
  const resolve = (text: string) =>
    text.replace(
      VARIABLE,
      (_, name: string, fallback?: string) => variable(svg, name) || fallback?.trim() || 'currentColor',
    );
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const { width, height: chartHeight } = svgSize(svg);
  const top = title ? TITLE_HEIGHT : 0;
  const height = chartHeight + top;
  const document = svg.ownerDocument;
  if (title) {
    const body = document.createElementNS(SVG_NS, 'g');
    body.setAttribute('transform', `translate(0, ${top})`);
    while (clone.firstChild) body.appendChild(clone.firstChild);
    const heading = document.createElementNS(SVG_NS, 'text');
    heading.setAttribute('x', '8');
    heading.setAttribute('y', '19');
    heading.setAttribute('font-size', '15');
    heading.setAttribute('font-weight', '600');
    heading.setAttribute('fill', 'var(--ts-fg)');
    heading.textContent = title;
    clone.append(heading, body);
  }
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('font-family', resolve('var(--ts-font, sans-serif)'));
  clone.removeAttribute('style');
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', resolve('var(--ts-bg, #ffffff)'));
  clone.insertBefore(background, clone.firstChild);
  return resolve(new XMLSerializer().serializeToString(clone));
}

/** A CSS custom property's value at an element: computed, else set inline on it or an ancestor. */
function variable(element: Element, name: string): string {
  const computed = getComputedStyle(element).getPropertyValue(name).trim();
  if (computed) return computed;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const inline = (node as HTMLElement).style?.getPropertyValue(name).trim();
    if (inline) return inline;
  }
  return '';
}

/** The drawn size of an `<svg>` in CSS pixels. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const width = Number(svg.getAttribute('width')) || svg.clientWidth || 640;
  const height = Number(svg.getAttribute('height')) || svg.clientHeight || 360;
  return { width, height };
}

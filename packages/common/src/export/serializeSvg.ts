import { THEMES, resolveTheme, type ThemeName } from '../theme.js';
import { TensorscopeArgumentError, checkOptions, checkString } from '../validate.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** `var(--name)` or `var(--name, fallback)` with a fallback free of parentheses. */
const VARIABLE = /var\((--[\w-]+)(?:\s*,\s*([^()]*))?\)/g;

/** Pixels added above the drawing for its title. */
export const SVG_TITLE_HEIGHT = 28;

export interface SerializeSvgOptions {
  /** Drawn above the picture (the SVG grows by {@link SVG_TITLE_HEIGHT}). */
  title?: string;
  /**
   * The palette used for a `--ts-*` variable the page does not define (e.g. an SVG not attached to
   * the document). Default: the computed values only, then the `var()` fallback, then light.
   */
  theme?: ThemeName;
}

/** The drawn size of an `<svg>` in CSS pixels: its attributes, else its layout box, else 640×360. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  checkSvg(svg, 'svg');
  const width = positive(Number.parseFloat(svg.getAttribute('width') ?? '')) || positive(svg.clientWidth) || 640;
  const height = positive(Number.parseFloat(svg.getAttribute('height') ?? '')) || positive(svg.clientHeight) || 360;
  return { width, height };
}

/** A drawable length, or 0 for NaN, negative, zero and infinite ones (`width="1e400"`). */
const positive = (value: number) => (Number.isFinite(value) && value > 0 ? value : 0);

/** An `<svg>` element (of any window), else a typed `INVALID_ARGUMENT`. */
export function checkSvg(value: unknown, argument: string): SVGSVGElement {
  const tag = (value as { tagName?: unknown } | null)?.tagName;
  const isElement =
    typeof value === 'object' && value !== null && typeof (value as Element).getAttribute === 'function';
  if (!isElement || typeof tag !== 'string' || tag.toLowerCase() !== 'svg') {
    throw new TensorscopeArgumentError(argument, 'an <svg> element', value);
  }
  return value as SVGSVGElement;
}

/** A custom property's value at an element: computed, else set inline on it or an ancestor. */
function cssVariable(element: Element, name: string): string {
  const view = element.ownerDocument.defaultView;
  const computed = view ? view.getComputedStyle(element).getPropertyValue(name).trim() : '';
  if (computed) return computed;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const inline = (node as HTMLElement).style?.getPropertyValue(name).trim();
    if (inline) return inline;
  }
  return '';
}

/**
 * A standalone SVG document of an on-screen `<svg>` that looks the same outside the page: every
 * `var(--…)` is replaced by its value where the SVG is (or the theme's palette, or its fallback), the
 * theme background and font are written in, the size is fixed, and an optional title is drawn above.
 * Browser only (uses `XMLSerializer`); importing it is safe anywhere.
 */
export function serializeSvg(svg: SVGSVGElement, options?: SerializeSvgOptions): string {
  checkSvg(svg, 'svg');
  const given = checkOptions(options);
  const title = given.title === undefined ? undefined : checkString(given.title, 'options.title');
  const setting = given.theme === undefined ? undefined : resolveTheme(given.theme);
  const theme: ThemeName | undefined = setting === 'auto' ? 'light' : setting;
  const palette: Readonly<Record<string, string>> = THEMES[theme ?? 'light'];
  const resolve = (text: string) =>
    text.replace(
      VARIABLE,
      (_, name: string, fallback: string | undefined) =>
        cssVariable(svg, name) ||
        (theme ? palette[name] : undefined) ||
        fallback?.trim() ||
        palette[name] ||
        'currentColor',
    );
  const documentOfSvg = svg.ownerDocument;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const { width, height: pictureHeight } = svgSize(svg);
  const top = title ? SVG_TITLE_HEIGHT : 0;
  const height = pictureHeight + top;
  if (title) {
    const body = documentOfSvg.createElementNS(SVG_NS, 'g');
    body.setAttribute('transform', `translate(0, ${top})`);
    while (clone.firstChild) body.appendChild(clone.firstChild);
    const heading = documentOfSvg.createElementNS(SVG_NS, 'text');
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
  if (title || !clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('font-family', resolve('var(--ts-font, sans-serif)'));
  // The root's inline style holds page layout and the theme variables, which are resolved below.
  clone.removeAttribute('style');
  const background = documentOfSvg.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', 'var(--ts-bg)');
  clone.insertBefore(background, clone.firstChild);
  return resolve(new XMLSerializer().serializeToString(clone));
}

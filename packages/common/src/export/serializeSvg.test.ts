import { THEMES } from '../theme.js';
import { expect, it } from 'vitest';
import { serializeSvg, svgSize } from './serializeSvg.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

function mount(markup: string, rootStyle: Record<string, string> = {}): SVGSVGElement {
  const host = document.createElement('div');
  for (const [name, value] of Object.entries(rootStyle)) host.style.setProperty(name, value);
  host.innerHTML = markup;
  document.body.append(host);
  return host.querySelector('svg')!;
}

it('writes a standalone SVG with the page theme resolved, background and font included', () => {
  const svg = mount(
    `<svg xmlns="${SVG_NS}" width="200" height="100" style="display:block"><rect fill="var(--ts-accent)" width="5" height="5"/><text style="fill: var(--ts-fg, #000)">Hello &amp; bye</text></svg>`,
    { ...THEMES.dark },
  );
  const out = serializeSvg(svg);
  expect(out).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(out).not.toContain('var(--');
  expect(out).not.toContain('display:block');
  expect(out).toContain(`fill="${THEMES.dark['--ts-accent']}"`);
  expect(out).toContain(`fill: ${THEMES.dark['--ts-fg']}`);
  expect(out).toContain(`<rect width="100%" height="100%" fill="${THEMES.dark['--ts-bg']}"`);
  expect(out).toContain('viewBox="0 0 200 100"');
  expect(out).toContain('Hello &amp; bye');
  expect(out).toContain('font-family="system-ui');
  // The page's SVG itself is untouched.
  expect(svg.getAttribute('style')).toBe('display:block');
});

it('falls back to the theme palette, then to the var() fallback, for variables the page lacks', () => {
  const svg = mount(
    `<svg width="10" height="10"><path stroke="var(--ts-grid)"/><path stroke="var(--custom, red)"/></svg>`,
  );
  expect(serializeSvg(svg, { theme: 'dark' })).toContain(`stroke="${THEMES.dark['--ts-grid']}"`);
  const light = serializeSvg(svg);
  expect(light).toContain(`stroke="${THEMES.light['--ts-grid']}"`);
  expect(light).toContain('stroke="red"');
});

it('draws a title above the picture and grows the document by its height', () => {
  const svg = mount(`<svg width="300" height="120" viewBox="0 0 300 120"><circle r="3"/></svg>`, { ...THEMES.light });
  const out = serializeSvg(svg, { title: 'Attention <head 1>' });
  expect(out).toContain('height="148"');
  expect(out).toContain('viewBox="0 0 300 148"');
  expect(out).toMatch(
    /<text[^>]*font-weight="600"[^>]*>Attention &lt;head 1&gt;<\/text><g transform="translate\(0, 28\)"><circle/,
  );
});

it('measures the SVG from its attributes, else falls back to 640×360', () => {
  expect(svgSize(mount('<svg width="12.5" height="7"></svg>'))).toEqual({ width: 12.5, height: 7 });
  expect(svgSize(mount('<svg></svg>'))).toEqual({ width: 640, height: 360 });
});

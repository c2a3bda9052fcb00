import fc from 'fast-check';
import { hostileValue, type FuzzEntry, type PackageFuzz } from '../harness.js';

/** How each export of @tensorscope/elements is fuzzed (see ../harness.ts). */

const text = fc.oneof(
  fc.constantFrom(
    'en',
    'ko',
    'xx',
    'bogus',
    'dark',
    'auto',
    '480px',
    '-1',
    '1e400',
    'compute',
    'law',
    'constructor',
    '{"x":' + '['.repeat(5000),
  ),
  fc.string({ maxLength: 12 }),
);
const attributeValue = fc.oneof(text, hostileValue);

let tags = 0;
/**
 * Defines the element class under a fresh tag, sets hostile attributes and `data`, connects it and
 * lets React render once: an attribute or data the view cannot show must end as the inline message,
 * never as an exception out of the element's callbacks.
 */
const element = (attributes: readonly string[]): FuzzEntry => ({
  kind: 'async',
  runs: 15,
  timeoutMs: 4000,
  args: fc.tuple(
    fc.dictionary(fc.constantFrom(...attributes), text, { maxKeys: attributes.length }),
    fc.oneof(hostileValue, fc.record({ tokens: hostileValue, weights: hostileValue, points: hostileValue })),
  ),
  call: async (Element: never, [attributes, data]) => {
    const tag = `fuzz-elements-${++tags}`;
    customElements.define(tag, class extends (Element as unknown as typeof HTMLElement) {});
    const node = document.createElement(tag) as HTMLElement & { data: unknown };
    for (const [key, value] of Object.entries(attributes as Record<string, string>)) node.setAttribute(key, value);
    node.data = data;
    document.body.append(node);
    await new Promise((resolve) => setTimeout(resolve, 30));
    node.remove();
  },
});
const base = ['locale', 'theme', 'height', 'allowed-origins'];

const fuzz: PackageFuzz = {
  tables: {
    '.': {
      defineTensorscopeElements: {
        args: fc.tuple(
          fc.oneof(
            fc.record(
              {
                registry: hostileValue,
                allowOrigins: fc.oneof(fc.array(attributeValue, { maxLength: 3 }), hostileValue),
                wasmPaths: hostileValue,
              },
              { requiredKeys: [] },
            ),
            hostileValue,
          ),
        ),
      },
      TensorscopeElement: {
        args: fc.tuple(attributeValue),
        call: (Base: never, [value]) => {
          // Abstract: fuzzed through a bare subclass (no view module) that is handed hostile `data`.
          if (!customElements.get('fuzz-elements-base')) {
            customElements.define('fuzz-elements-base', class extends (Base as unknown as typeof HTMLElement) {});
          }
          const node = document.createElement('fuzz-elements-base') as HTMLElement & { data: unknown };
          node.data = value;
          document.body.append(node);
          node.remove();
        },
      },
      allowOrigins: {
        args: fc.tuple(fc.oneof(fc.array(attributeValue, { maxLength: 3 }), hostileValue)),
      },
      allowedOrigins: {},
      clearAllowedOrigins: {},
      setWasmPaths: {},
      checkSrc: {
        args: fc.tuple(attributeValue, fc.oneof(fc.constant('https://page.example/'), hostileValue), hostileValue),
      },
      normalizeOrigin: { args: fc.tuple(attributeValue) },
      parseOriginList: { args: fc.tuple(attributeValue) },
      parseHeight: { args: fc.tuple(attributeValue) },
      parseLocale: { args: fc.tuple(attributeValue) },
      parseTheme: { args: fc.tuple(attributeValue) },
      parseChart: {
        args: fc.tuple(attributeValue),
        valid: (chart) => typeof chart === 'string',
      },
      AttentionHeatmapElement: element([...base, 'view']),
      EmbeddingSpaceElement: element([...base, 'mode', 'view-state', 'view']),
      ScalingChartElement: element([...base, 'chart', 'preset']),
    },
  },
};
export default fuzz;

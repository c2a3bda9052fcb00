import fc from 'fast-check';
import { createElement, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { hostileArgs, hostileProps, hostileValue, type FuzzEntry, type PackageFuzz } from '../harness.js';

/** How each export of @tensorscope/common is fuzzed (see ../harness.ts). */

/** Calls a hook inside a server render (a hook called outside one is a usage error, not input). */
const inRender = (hook: never, args: unknown[]): unknown => {
  let result: unknown;
  const Probe: ComponentType = () => {
    result = (hook as (...a: unknown[]) => unknown)(...args);
    return null;
  };
  renderToString(createElement(Probe));
  return result;
};

const name = fc.oneof(fc.string({ maxLength: 12 }), hostileValue);
const locale = fc.oneof(fc.constantFrom('en', 'ko', 'ko-KR', 'en-GB', 'xx', 'KO', 'bogus', ''), hostileValue);
const theme = fc.oneof(fc.constantFrom('light', 'dark', 'auto', 'bogus', 'LIGHT'), hostileValue);
const rule = fc.oneof(
  fc.record({ min: hostileValue, max: hostileValue, integer: hostileValue }, { requiredKeys: [] }),
  fc.record({ min: fc.integer({ min: -5, max: 5 }), max: fc.integer({ min: 0, max: 10 }) }, { requiredKeys: [] }),
  hostileValue,
);
/** (value, argument name, rule): the checkers' own signature, with the rule broken too. */
const checkerArgs = fc.tuple(hostileValue, name, rule);
const checker: FuzzEntry = { args: checkerArgs };
const cell = fc.oneof(
  fc.constantFrom<unknown>('=SUM(A1)', '-0.5', '+1', '@x', '\tx', 'a,"b"', ' pad ', 1e21, -0, NaN, Infinity, null),
  hostileValue,
);
const rows = fc.oneof(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 4 }), hostileValue);
const element: FuzzEntry = {
  args: fc.tuple(fc.constantFrom('svg', 'canvas', 'div'), hostileValue, hostileValue),
  call: (fn: never, [tag, ...rest]) =>
    (fn as (...a: unknown[]) => unknown)(
      tag === 'svg'
        ? document.createElementNS('http://www.w3.org/2000/svg', 'svg')
        : document.createElement(tag as string),
      ...rest,
    ),
  kind: 'async',
};
const items = fc.oneof(
  fc.array(
    fc.record(
      { value: fc.oneof(fc.string({ maxLength: 4 }), hostileValue), label: name, disabled: hostileValue, id: name },
      { requiredKeys: [] },
    ),
    { maxLength: 4 },
  ),
  hostileValue,
);
const kitProps = (extra: Record<string, fc.Arbitrary<unknown>>) =>
  fc.record({ locale, theme, className: hostileValue, label: name, ...extra }, { requiredKeys: [] });
const component = (extra: Record<string, fc.Arbitrary<unknown>> = {}): FuzzEntry => ({
  kind: 'component',
  props: fc.oneof(kitProps(extra), hostileProps),
});

let tags = 0;
const fuzz: PackageFuzz = {
  tables: {
    '.': {
      TensorscopeError: { kind: 'class', args: fc.tuple(name, name, hostileValue) },
      TensorscopeArgumentError: { kind: 'class', args: fc.tuple(name, name, hostileValue) },
      errorFactory: {
        args: fc.tuple(name, name, hostileValue),
        call: (factory: never, args) => (factory as () => (...a: unknown[]) => unknown)()(...args),
      },
      isTensorscopeError: {},
      toTensorscopeError: { args: fc.tuple(hostileValue, hostileValue) },
      csvCell: { args: fc.tuple(cell, hostileValue) },
      toCsv: { args: fc.tuple(rows, hostileValue) },
      recordsToCsv: {
        args: fc.tuple(
          fc.oneof(fc.array(fc.record({ key: name, header: cell }), { maxLength: 3 }), hostileValue),
          fc.oneof(fc.array(fc.dictionary(fc.string({ maxLength: 3 }), cell), { maxLength: 3 }), hostileValue),
          hostileValue,
        ),
      },
      createStore: {
        args: fc.tuple(hostileValue, hostileValue),
        call: (create: never, [initial, patch]) => {
          const store = (create as (v: unknown) => { setState(p: unknown): void; getState(): unknown })(initial);
          store.setState(patch);
          return store.getState();
        },
        allowNaN: true,
      },
      resolveLocale: { args: fc.tuple(locale), valid: (r) => r === 'en' || r === 'ko' },
      resolveTheme: { args: fc.tuple(theme), valid: (r) => r === 'light' || r === 'dark' || r === 'auto' },
      intlLocale: { args: fc.tuple(locale) },
      formatNumber: { args: fc.tuple(hostileValue, locale, hostileValue) },
      interpolate: {
        args: fc.tuple(
          fc.oneof(fc.constantFrom('{a} and {b}', '{constructor}', '{__proto__}'), hostileValue),
          fc.oneof(fc.record({ a: hostileValue }), hostileValue),
        ),
      },
      themeStyle: { args: fc.tuple(theme) },
      themeColor: { args: fc.tuple(theme, fc.oneof(fc.constantFrom('--ts-bg', '--nope'), hostileValue)) },
      themedRootStyle: { args: fc.tuple(theme) },
      createSeededRandom: {
        call: (create: never, args) => (create as (...a: unknown[]) => () => number)(...args)(),
      },
      gaussian: {
        args: fc.tuple(
          fc.oneof(
            fc.constant(() => 0.5),
            fc.constant(() => NaN),
            hostileValue,
          ),
        ),
      },
      downloadBlob: { args: fc.tuple(fc.oneof(fc.constant(new Blob(['x'])), hostileValue), name) },
      downloadText: { args: fc.tuple(hostileValue, name, hostileValue) },
      downloadUrl: { args: fc.tuple(hostileValue, name) },
      serializeSvg: element,
      svgSize: element,
      svgToPngBlob: {
        exempt:
          'needs an image decoder: happy-dom never loads the SVG image, so a valid call waits forever. Covered in the browser by the Kit story "ExportMenu" (packages/common/stories/Kit.stories.tsx, a real PNG), its argument checks by packages/common/src/export/rasterize.test.ts',
      },
      canvasToPngBlob: element,
      downloadSvg: element,
      downloadPng: element,
      describeValue: { args: fc.tuple(hostileValue), valid: (r) => typeof r === 'string' },
      checkObject: checker,
      checkOptions: checker,
      checkNumber: checker,
      checkInteger: checker,
      checkString: checker,
      checkBoolean: checker,
      checkOneOf: { args: fc.tuple(hostileValue, name, fc.oneof(fc.constant(['a', 'b', 1]), hostileValue)) },
      checkArray: checker,
      checkStringArray: checker,
      checkFiniteNumbers: checker,
      checkFunction: checker,
      checkBytes: checker,
      checkSize: {
        args: fc.tuple(
          fc.oneof(fc.integer({ min: -2, max: 2 ** 40 }), hostileValue),
          name,
          fc.oneof(fc.record({ max: hostileValue, available: hostileValue }, { requiredKeys: [] }), hostileValue),
        ),
      },
      warnOnce: { args: fc.tuple(name, name) },
    },
    './react': {
      TensorscopeProvider: component({ children: fc.oneof(fc.constant('child'), hostileValue) }),
      useTensorscopeSettings: {
        args: fc.tuple(fc.oneof(fc.record({ locale, theme }, { requiredKeys: [] }), hostileValue)),
        call: inRender,
        valid: (r) => {
          const s = r as { locale: string; theme: string };
          return (s.locale === 'en' || s.locale === 'ko') && (s.theme === 'light' || s.theme === 'dark');
        },
      },
      useResolvedTheme: {
        args: fc.tuple(theme),
        call: inRender,
        valid: (r) => r === 'light' || r === 'dark',
      },
      ErrorMessage: component({ error: hostileValue, title: hostileValue }),
      TensorscopeErrorBoundary: component({ children: hostileValue, resetKeys: hostileValue }),
      useLastValid: {
        args: fc.tuple(
          fc.oneof(
            fc.constant(() => 1),
            fc.constant(() => {
              throw new Error('x');
            }),
            hostileValue,
          ),
          hostileValue,
          hostileValue,
        ),
        call: inRender,
      },
      useStore: { args: hostileArgs(3), call: inRender },
      KitStyle: component(),
      Button: component({ variant: hostileValue, size: hostileValue, pressed: hostileValue }),
      ToggleGroup: component({ items, value: hostileValue, onValueChange: hostileValue, size: hostileValue }),
      Select: component({ options: items, value: hostileValue, size: hostileValue }),
      Input: component({ size: hostileValue, value: hostileValue }),
      Field: component({ hint: hostileValue, error: hostileValue, children: hostileValue }),
      Toolbar: component({ 'aria-label': hostileValue, children: hostileValue }),
      Panel: component({ title: hostileValue, headingLevel: hostileValue, actions: hostileValue }),
      ExportMenu: component({ items, align: hostileValue, disabled: hostileValue }),
      useFileDrop: {
        args: fc.tuple(
          fc.oneof(
            fc.record({ onFiles: hostileValue, accept: hostileValue, maxBytes: hostileValue }, { requiredKeys: [] }),
            hostileValue,
          ),
        ),
        call: inRender,
      },
      fileMatchesAccept: {
        args: fc.tuple(fc.oneof(fc.record({ name: hostileValue, type: hostileValue }), hostileValue), hostileValue),
      },
      FileDropZone: component({
        onFiles: hostileValue,
        accept: hostileValue,
        multiple: hostileValue,
        title: hostileValue,
      }),
      DataTable: component({
        caption: hostileValue,
        columns: fc.oneof(
          fc.array(fc.record({ key: name, header: name, align: hostileValue }), { maxLength: 3 }),
          hostileValue,
        ),
        rows: fc.oneof(
          fc.array(fc.dictionary(fc.string({ maxLength: 3 }), hostileValue), { maxLength: 4 }),
          hostileValue,
        ),
        pageSize: hostileValue,
      }),
      Tooltip: component({ content: hostileValue, children: hostileValue, placement: hostileValue }),
    },
    './element': {
      TensorscopeElement: {
        args: fc.tuple(
          fc.record(
            {
              locale: fc.string({ maxLength: 8 }),
              theme: fc.string({ maxLength: 8 }),
              height: fc.string({ maxLength: 8 }),
              src: fc.constantFrom('', 'data:,x', 'javascript:alert(1)', 'http://[::1', '/same.json'),
              'allowed-origins': fc.string({ maxLength: 20 }),
            },
            { requiredKeys: [] },
          ),
          hostileValue,
        ),
        call: (Base: never, [attributes, data]) => {
          const View = () => null;
          const Concrete = class extends (Base as unknown as typeof HTMLElement) {
            protected loadView() {
              return Promise.resolve({ View });
            }
          };
          const tag = `fuzz-element-${++tags}`;
          customElements.define(tag, Concrete);
          const node = document.createElement(tag) as HTMLElement & { data: unknown };
          for (const [key, value] of Object.entries(attributes as Record<string, string>))
            node.setAttribute(key, value);
          node.data = data;
          document.body.append(node);
          node.remove();
        },
      },
      defineElement: {
        args: fc.tuple(
          fc.oneof(fc.constantFrom('x-fuzz', 'not valid', ''), hostileValue),
          hostileValue,
          fc.oneof(
            fc.record({ allowOrigins: hostileValue, registry: hostileValue }, { requiredKeys: [] }),
            hostileValue,
          ),
        ),
      },
      parseHeight: {
        args: fc.tuple(fc.oneof(fc.constantFrom('480', '480px', '1e400', '-1', '9'.repeat(400)), hostileValue)),
      },
      parseLocale: { args: fc.tuple(locale) },
      parseTheme: { args: fc.tuple(theme) },
      inheritedLocale: {
        args: fc.tuple(fc.oneof(fc.constant('element'), hostileValue)),
        call: (fn: never, [target]) =>
          (fn as (e: unknown) => unknown)(target === 'element' ? document.createElement('div') : target),
      },
      allowOrigins: {
        args: fc.tuple(
          fc.oneof(
            fc.array(fc.oneof(fc.constantFrom('https://a.example', 'nope'), hostileValue), { maxLength: 3 }),
            hostileValue,
          ),
        ),
      },
      allowedOrigins: {},
      clearAllowedOrigins: {},
      getWasmPaths: {},
      setWasmPaths: {},
      checkSrc: {
        args: fc.tuple(hostileValue, fc.oneof(fc.constant('https://page.example/x'), hostileValue), hostileValue),
      },
      normalizeOrigin: {},
      parseOriginList: {},
    },
  },
};
export default fuzz;

import fc from 'fast-check';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { hostileArgs, hostileProps, hostileValue, type FuzzEntry, type PackageFuzz } from '../harness.js';

/** How each export of @tensorscope/attention-heatmap is fuzzed (see ../harness.ts). */

const HUGE = 2 ** 20;

const token = fc.oneof(
  fc.constantFrom('[CLS]', '[SEP]', 'Ġthe', '▁cat', '##s', '<0xEC>', ' ', '', '=1+1'),
  fc.string(),
);
const tokensOf = (n: number) => fc.array(token, { minLength: n, maxLength: n });

/** Well-formed attention data `[layers, heads, q, k]` with uniform rows (self-attention). */
const validData = fc
  .record({
    layers: fc.integer({ min: 1, max: 2 }),
    heads: fc.integer({ min: 1, max: 3 }),
    n: fc.integer({ min: 1, max: 4 }),
  })
  .chain(({ layers, heads, n }) =>
    tokensOf(n).map((tokens) => ({
      queryTokens: tokens,
      keyTokens: tokens,
      weights: new Float32Array(layers * heads * n * n).fill(1 / n),
      shape: [layers, heads, n, n] as [number, number, number, number],
    })),
  );

/** Realistic-but-broken attention data: lying shapes, NaN/∞/negative weights, ragged tokens, wrong types. */
const brokenData = fc.tuple(validData, fc.integer({ min: 0, max: 11 }), hostileValue).map(([data, how, value]) => {
  const d: Record<string, unknown> = { ...data, weights: data.weights.slice() };
  const w = d.weights as Float32Array;
  switch (how) {
    case 0:
      d.shape = [HUGE, HUGE, 512, 512];
      break;
    case 1:
      d.shape = [data.shape[0], data.shape[1] * 1000, data.shape[2], data.shape[3]];
      break;
    case 2:
      w[0] = Number.NaN;
      break;
    case 3:
      w[w.length - 1] = -Infinity;
      break;
    case 4:
      d.queryTokens = [...data.queryTokens, 'extra'];
      break;
    case 5:
      d.weights = Array.from(w);
      break;
    case 6:
      d.shape = [data.shape[0], -data.shape[1], data.shape[2], data.shape[3]];
      break;
    case 7:
      d.mask = new Uint8Array(3);
      break;
    case 8:
      d.queryTokens = data.queryTokens.map(() => value);
      break;
    case 9:
      d.shape = value;
      break;
    case 10:
      d.weights = value;
      break;
    default:
      d.metadata = value;
  }
  return d;
});

const anyData = fc.oneof(
  { weight: 3, arbitrary: validData },
  { weight: 4, arbitrary: brokenData },
  { weight: 1, arbitrary: hostileValue },
);
const index = fc.oneof(
  fc.integer({ min: -3, max: 5 }),
  fc.constantFrom(Number.NaN, 1.5, HUGE, -HUGE, Infinity),
  hostileValue,
);
const indexList = fc.oneof(fc.array(index, { maxLength: 4 }), hostileValue);
const opt = <T>(record: fc.Arbitrary<T>) => fc.oneof(record, hostileValue);

const aggregateOptions = opt(
  fc.record(
    {
      layers: indexList,
      heads: indexList,
      method: fc.oneof(fc.constantFrom('mean', 'max', 'sum', 'median'), hostileValue),
    },
    { requiredKeys: [] },
  ),
);

/** One matrix `{ queryTokens, keyTokens, weights, … }` as `createAttentionMatrix` takes it, sometimes broken. */
const matrixInput = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 6 }), hostileValue)
  .chain(([q, k, how, value]) =>
    fc.tuple(tokensOf(q), tokensOf(k)).map(([queryTokens, keyTokens]) => {
      const weights: unknown = Array.from({ length: q }, () => Array.from({ length: k }, () => 1 / k));
      const input: Record<string, unknown> = { queryTokens, keyTokens, weights };
      if (how === 1) (input.weights as number[][])[0]![0] = Number.NaN;
      if (how === 2) input.weights = [[1, 2], [3]];
      if (how === 3) input.mask = value;
      if (how === 4) input.signed = value;
      if (how === 5) input.weights = new Float32Array(q * k + 1);
      if (how === 6) input.queryTokens = value;
      return input;
    }),
  );

/** A matrix as `createAttentionMatrix` returns it (or a lying imitation). */
const matrixLike = fc.oneof(
  matrixInput.map((input) => {
    const q = (input.queryTokens as unknown[])?.length ?? 0;
    const k = (input.keyTokens as unknown[]).length;
    return {
      queryTokens: input.queryTokens,
      keyTokens: input.keyTokens,
      weights: new Float32Array(q * k).fill(0.5),
      notNormalised: false,
      max: 1,
    };
  }),
  fc.constant({
    queryTokens: ['a'],
    keyTokens: ['b'],
    weights: new Float32Array(0),
    notNormalised: false,
    max: Number.NaN,
  }),
  hostileValue,
);

/** Hugging Face `attentions`: `[layers][batch][heads][q][k]` nested, sometimes lying or NaN-filled. */
const hfInput = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 5 }), hostileValue)
  .chain(([n, how, value]) =>
    tokensOf(n).map((tokens) => {
      const head = Array.from({ length: n }, () => Array.from({ length: n }, () => 1 / n));
      let attentions: unknown = [[[head, head]]];
      if (how === 1) head[0]![0] = Number.NaN;
      if (how === 2) attentions = [{ data: new Float32Array(4), shape: [1, HUGE, HUGE, HUGE] }];
      if (how === 3) attentions = [{ data: new Float32Array(4), shape: [1, 1, n, n] }];
      if (how === 4) attentions = [[[head, [[1]]]]];
      if (how === 5) attentions = value;
      return [attentions, tokens] as unknown[];
    }),
  );

const tsatBytes = fc.oneof(
  fc.uint8Array({ maxLength: 80 }).map((b) => {
    const out = new Uint8Array(Math.max(32, b.length));
    out.set(b);
    out.set([0x54, 0x53, 0x41, 0x54, 1, 1, 0, 0]);
    return out;
  }),
  fc.tuple(fc.uint8Array({ maxLength: 40 }), fc.integer({ min: 0, max: 31 })),
  fc.uint8Array({ maxLength: 60 }),
  hostileValue,
);
/** A genuine export, corrupted at one byte (counts, offsets, flags, values). */
const corruptTsat = fc
  .tuple(fc.nat(), fc.integer({ min: 0, max: 255 }))
  .map(([at, byte]) => ['corrupt', at, byte] as const);

const componentProps = fc.oneof(
  hostileProps,
  fc.record(
    {
      data: anyData,
      locale: fc.constantFrom('en', 'ko', 'xx', undefined, null, 5),
      theme: fc.constantFrom('light', 'dark', 'auto', 'bogus', undefined, null),
      width: fc.oneof(fc.constantFrom(-1, 0, Number.NaN, 1e9, 300), hostileValue),
      maxHeight: fc.oneof(fc.constantFrom(-1, 0, Number.NaN, Infinity, 300), hostileValue),
      maxCellSize: fc.oneof(fc.constantFrom(-1, 0, Number.NaN, Infinity, 30), hostileValue),
      thumbnailSize: fc.oneof(fc.constantFrom(-1, 0, Number.NaN, 1e9, 30), hostileValue),
      colorTransfer: fc.oneof(fc.constantFrom('linear', 'sqrt', 'log', 'cubic'), hostileValue),
      initialFocus: fc.oneof(fc.tuple(index, index), hostileValue),
      selection: fc.oneof(
        fc.record({ layer: index, heads: indexList, aggregate: hostileValue, focusedToken: index }),
        hostileValue,
      ),
      defaultSelection: hostileValue,
      defaultTransform: hostileValue,
      showControls: hostileValue,
    },
    { requiredKeys: [] },
  ),
  matrixInput.map((input) => ({ ...input, locale: 'xx', theme: 'bogus' })),
);

const component: FuzzEntry = { kind: 'component', props: componentProps, runs: 40, allowNaN: true };

const fuzz: PackageFuzz = {
  tables: {
    '.': {
      AttentionHeatmap: component,
      AttentionHeadGrid: component,
      AttentionTokenStrip: component,
      AttentionLines: component,
      AttentionFileDrop: { kind: 'component', runs: 30 },
      useAttentionSelection: {
        args: fc.tuple(
          fc.oneof(
            fc.record(
              { selection: hostileValue, defaultSelection: hostileValue, onSelectionChange: hostileValue },
              { requiredKeys: [] },
            ),
            hostileValue,
          ),
        ),
        // A hook runs inside a component; hostile props must not throw from it.
        call: (hook: (props: unknown) => unknown, args) =>
          renderToString(
            createElement(() => {
              hook(args[0]);
              return null;
            }),
          ),
      },
    },
    './core': {
      createAttentionMatrix: {
        args: fc.oneof(
          matrixInput.map((i) => [i]),
          hostileArgs(),
        ),
      },
      weightAt: { args: fc.tuple(matrixLike, index, index) },
      strongestKey: { args: fc.tuple(matrixLike, index) },
      isMasked: { args: fc.tuple(matrixLike, index, index) },
      causalMask: { args: fc.tuple(fc.oneof(index, fc.constant(HUGE * 8)), fc.oneof(index, fc.constant(HUGE * 8))) },
      createAttentionColorScale: {
        args: fc.tuple(fc.constantFrom('light', 'dark', 'bogus', undefined, '__proto__'), hostileValue),
        call: (create: (...a: unknown[]) => (v: unknown) => unknown, args) => create(...args)(0.5),
      },
      tokenLabel: { args: fc.tuple(fc.oneof(token, hostileValue), fc.oneof(index, hostileValue)) },
      validateAttentionData: { args: fc.tuple(anyData) },
      headMatrix: { args: fc.tuple(anyData, index, index) },
      attentionSource: {
        args: fc.tuple(anyData, opt(fc.record({ cacheBytes: hostileValue }))),
        call: (source: (...a: unknown[]) => { head(l: number, h: number): unknown }, args) =>
          source(...args).head(0, 0),
      },
      isAttentionSource: {},
      fromHuggingFace: {
        args: fc.oneof(
          fc
            .tuple(
              hfInput,
              opt(
                fc.record(
                  { batch: index, causal: hostileValue, attentionMask: hostileValue, shape: hostileValue },
                  { requiredKeys: [] },
                ),
              ),
            )
            .map(([[a, t], o]) => [a, t, o]),
          hostileArgs(),
        ),
      },
      fromCircuitsVis: {
        args: fc.oneof(
          hfInput.map(([a, tokens]) => [{ tokens, attention: (a as unknown[][])?.[0]?.[0] ?? a }]),
          hostileArgs(),
        ),
      },
      fromBertViz: {
        args: fc.oneof(
          fc
            .tuple(
              hfInput,
              fc.record(
                { include_layers: indexList, include_heads: indexList, sentence_b_start: index },
                { requiredKeys: [] },
              ),
            )
            .map(([[a, tokens], extra]) => [{ attention: a, tokens, ...extra }]),
          fc
            .tuple(hfInput)
            .map(([[a, tokens]]) => [{ cross_attention: a, decoder_tokens: tokens, encoder_tokens: tokens }]),
          hostileArgs(),
        ),
      },
      encodeAttention: {
        args: fc.tuple(
          anyData,
          opt(fc.record({ precision: fc.oneof(fc.constantFrom('float16', 'uint8', 'float64'), hostileValue) })),
        ),
      },
      decodeAttention: { args: fc.tuple(tsatBytes, hostileValue) },
      openAttention: {
        args: fc.oneof(fc.tuple(tsatBytes), corruptTsat) as fc.Arbitrary<unknown[]>,
        // Corrupt one byte of a genuine export (2 layers, 2 heads, 3 tokens, mask, metadata), then read every head.
        call: (open: (b: unknown) => { head(l: number, h: number): unknown; decode(): unknown }, args) => {
          let bytes = args[0];
          if (bytes === 'corrupt') {
            const n = 3;
            const w = new Float32Array(2 * 2 * n * n).fill(1 / n);
            const encoded = encodeForFuzz({
              queryTokens: ['a', 'b', 'c'],
              keyTokens: ['a', 'b', 'c'],
              weights: w,
              shape: [2, 2, n, n],
              mask: new Uint8Array(9).fill(1),
              metadata: { model: 'm', sentenceBStart: 1 },
            });
            encoded[(args[1] as number) % encoded.length] = args[2] as number;
            bytes = encoded;
          }
          const reader = open(bytes);
          reader.head(0, 0);
          return reader.decode();
        },
      },
      aggregateHeads: { args: fc.tuple(anyData, aggregateOptions) },
      attentionRollout: {
        args: fc.tuple(
          anyData,
          opt(
            fc.record(
              {
                addResidual: hostileValue,
                heads: fc.oneof(fc.constantFrom('mean', 'max', 'min', 'x'), hostileValue),
                throughLayer: index,
              },
              { requiredKeys: [] },
            ),
          ),
        ),
      },
      poolWords: {
        args: fc.tuple(
          anyData,
          fc.oneof(indexList, fc.record({ offsets: hostileValue, text: hostileValue })),
          opt(fc.record({ renormalise: hostileValue, keyWords: indexList }, { requiredKeys: [] })),
        ),
      },
      hideTokens: {
        args: fc.tuple(
          anyData,
          fc.oneof(indexList, fc.record({ query: indexList, key: indexList }, { requiredKeys: [] }), hostileValue),
          opt(fc.record({ renormalise: hostileValue })),
        ),
      },
      isSpecialToken: { args: fc.tuple(fc.oneof(token, hostileValue)) },
      headSummaries: { args: fc.tuple(anyData) },
      displayToken: { args: fc.tuple(fc.oneof(token, hostileValue)) },
      displayTokens: {
        args: fc.tuple(fc.oneof(fc.array(fc.oneof(token, hostileValue), { maxLength: 4 }), hostileValue)),
      },
      decodeByteLevelTokens: {
        args: fc.tuple(fc.oneof(fc.array(fc.oneof(token, hostileValue), { maxLength: 4 }), hostileValue)),
      },
      decodeByteFallback: {
        args: fc.tuple(fc.oneof(fc.array(fc.oneof(token, hostileValue), { maxLength: 4 }), hostileValue)),
      },
      attentionToCsv: {
        args: fc.tuple(
          fc.oneof(fc.constant([0.5, Number.NaN, 1, 0]), fc.constant(new Float32Array(4)), hostileValue),
          fc.oneof(fc.constant(['=1+1', 'b']), hostileValue),
          fc.oneof(fc.constant(['@SUM(A1)', 'd']), hostileValue),
          opt(fc.record({ digits: index, mask: hostileValue, corner: hostileValue }, { requiredKeys: [] })),
        ),
      },
      maxPool: {
        args: fc.tuple(
          fc.oneof(fc.constant(new Float32Array(16).fill(0.25)), hostileValue),
          fc.oneof(index, fc.constant(HUGE)),
          fc.oneof(index, fc.constant(HUGE)),
          index,
          index,
          hostileValue,
        ),
      },
      headColor: { args: fc.tuple(index) },
      pruneRow: {
        args: fc.tuple(
          fc.oneof(
            fc.constant(new Float32Array([0.5, Number.NaN, 0.2])),
            fc.constant(new Float32Array([0.7, 0.3])),
            hostileValue,
          ),
          opt(fc.record({ mass: index, topK: index }, { requiredKeys: [] })),
        ),
      },
      loadAttention: {
        args: fc.oneof(
          anyData.map((d) => [d]),
          hfInput.map(([attentions, tokens]) => [JSON.stringify({ tokens, attentions })]),
          matrixInput.map((m) => [m]),
          tsatBytes.map((b) => [b, { format: 'tsat' }]),
          hostileArgs(),
        ),
      },
      readAttentionFile: {
        kind: 'async',
        args: fc.oneof(
          fc
            .tuple(
              fc.oneof(fc.string(), fc.constant('{"tokens":["a"],"attentions":[[[[[NaN]]]]]}')),
              opt(fc.record({ maxBytes: index, format: hostileValue }, { requiredKeys: [] })),
            )
            .map(([text, o]) => [new File([text], 'a.json'), o]),
          hostileArgs(),
        ),
      },
      createHeatmapViewport: {
        args: fc.tuple(
          fc.oneof(
            fc.record({
              rows: index,
              columns: index,
              available: index,
              maxPlotHeight: index,
              fit: index,
              maxZoom: index,
            }),
            hostileValue,
          ),
          fc.oneof(fc.tuple(index, index), hostileValue),
        ),
        call: (create: (...a: unknown[]) => { key(k: string): unknown; store: { getState(): unknown } }, args) => {
          const viewport = create(...args);
          viewport.key('ArrowRight');
          return viewport.store.getState();
        },
      },
      heatmapGeometry: {
        args: fc.tuple(
          fc.oneof(
            fc.record({ rows: index, columns: index, available: index, maxHeight: index, maxCellSize: index }),
            hostileValue,
          ),
        ),
      },
      viewportLayout: {
        args: fc.tuple(
          fc.oneof(
            fc.record({
              rows: index,
              columns: index,
              available: index,
              maxPlotHeight: index,
              fit: index,
              maxZoom: index,
            }),
            hostileValue,
          ),
          index,
          fc.oneof(fc.tuple(index, index), hostileValue),
        ),
      },
      clampCell: {
        args: fc.tuple(
          fc.oneof(fc.record({ rows: index, columns: index }), hostileValue),
          fc.oneof(fc.tuple(index, index), hostileValue),
        ),
      },
      cellInView: { args: fc.tuple(hostileValue, fc.oneof(fc.tuple(index, index), hostileValue)) },
      rasterizeHeatmap: {
        args: fc.tuple(
          matrixLike,
          fc.oneof(
            fc.record({
              visibleRows: index,
              visibleColumns: index,
              offsetRow: index,
              offsetColumn: index,
              poolFactor: index,
            }),
            hostileValue,
          ),
          fc.oneof(
            fc.constant({ lut: new Uint8ClampedArray(1024), transfer: 'linear', masked: [0, 0, 0] }),
            hostileValue,
          ),
        ),
      },
      clampSelection: {
        args: fc.tuple(
          fc.oneof(
            fc.record({ layer: index, heads: indexList, aggregate: hostileValue, focusedToken: index }),
            hostileValue,
          ),
          index,
          index,
          index,
        ),
      },
      createAttentionSelection: {
        args: fc.tuple(
          opt(
            fc.record(
              { selection: hostileValue, defaultSelection: hostileValue, onSelectionChange: hostileValue },
              { requiredKeys: [] },
            ),
          ),
        ),
        call: (create: (p: unknown) => { update(p: unknown): unknown }, args) => create(args[0]).update({ layer: 1 }),
      },
    },
    './element': {
      AttentionHeatmapElement: {
        kind: 'class',
        args: fc.tuple(
          fc.record(
            {
              view: hostileValue,
              height: hostileValue,
              locale: hostileValue,
              theme: hostileValue,
              'allowed-origins': hostileValue,
            },
            { requiredKeys: [] },
          ),
        ),
        // Custom elements are made by the registry: define, create, set hostile attributes, connect.
        call: (Element: { new (): HTMLElement }, args) => {
          if (!customElements.get('tensorscope-attention-heatmap'))
            customElements.define('tensorscope-attention-heatmap', Element);
          const element = document.createElement('tensorscope-attention-heatmap');
          for (const [name, value] of Object.entries(args[0] as Record<string, unknown>))
            element.setAttribute(name, attributeText(value));
          document.body.append(element);
          element.remove();
          return undefined;
        },
      },
      defineAttentionHeatmapElement: { args: fc.tuple(opt(fc.record({ tag: hostileValue }, { requiredKeys: [] }))) },
      parseAttentionView: {},
    },
  },
};

/** An attribute is text: what a page could write for any value (a null-prototype object has no String()). */
function attributeText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '[object]';
  }
}

/** A genuine export to corrupt, built from the package's own encoder (loaded with the package). */
let encodeForFuzz: (data: unknown) => Uint8Array = () => new Uint8Array(0);
fuzz.setup = async () => {
  const core = await import('@tensorscope/attention-heatmap/core');
  encodeForFuzz = core.encodeAttention as never;
  return undefined;
};

export default fuzz;

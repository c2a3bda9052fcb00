import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  encodeAttention,
  loadAttention,
  readAttentionFile,
  type AttentionData,
  type LoadedAttention,
} from '../src/core/index.js';
import { randomAttention, toNested } from '../src/core/testData.js';
import {
  ATTENTION_HEATMAP_TAG,
  ATTENTION_VIEWS,
  AttentionHeatmapElement,
  defineAttentionHeatmapElement,
  parseAttentionView,
} from '../src/element/index.js';
import { parse } from '../src/element/attentionView.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(async () => {
  await act(async () => document.body.replaceChildren());
});

describe('view parameter', () => {
  it('one of the five views, case and spaces ignored, else undefined', () => {
    for (const view of ATTENTION_VIEWS) expect(parseAttentionView(view)).toBe(view);
    expect(parseAttentionView(' Grid ')).toBe('grid');
    expect(parseAttentionView('pie')).toBeUndefined();
    expect(parseAttentionView(null)).toBeUndefined();
  });
});

describe('fetched bytes go through loadAttention', () => {
  const url = new URL('https://school.example/data/model.json');
  const data = randomAttention(2, 2, 3);
  const tokens = [...data.queryTokens];

  it('reads Hugging Face JSON and the binary format to AttentionData', () => {
    const json = new TextEncoder().encode(
      JSON.stringify({ tokens, attentions: toNested(data).map((layer) => [layer]) }),
    );
    expect(parse(json, { url })).toMatchObject({ shape: [2, 2, 3, 3], queryTokens: tokens });
    expect(parse(encodeAttention(data), { url })).toMatchObject({ shape: [2, 2, 3, 3] });
  });

  it('reads one matrix as a matrix, and names the file in errors', () => {
    const matrix = new TextEncoder().encode(
      JSON.stringify({
        queryTokens: ['a', 'b'],
        weights: [
          [1, 0],
          [0.5, 0.5],
        ],
      }),
    );
    expect(parse(matrix, { url })).toMatchObject({ queryTokens: ['a', 'b'] });
    expect(() => parse(new TextEncoder().encode('{"tokens": ['), { url })).toThrow(/model\.json is not valid JSON/);
  });
});

// The demo reads a dropped file with readAttentionFile; <tensorscope-attention-heatmap> reads `src`
// bytes with parse() and the result (or `data`) with loadAttention. The same file must give the same picture.
describe('the demo and the custom element read a file the same way', () => {
  const tokens = ['The', ' cat', ' sat'];
  const head = (shift: number) =>
    tokens.map((_, q) => tokens.map((__, k) => (k <= q ? (k === (q + shift) % (q + 1) ? 0.5 : 0.5 / q) : 0)));
  const fixHead = (m: number[][]) => m.map((row, q) => (q === 0 ? [1, 0, 0] : row));
  const heads = [fixHead(head(0)), fixHead(head(1))]; // [heads][q][k], causal rows summing to 1
  const files: Record<string, string | Uint8Array> = {
    'hugging-face.json': JSON.stringify({ tokens, attentions: [[heads], [heads]] }),
    'batch-dropped.json': JSON.stringify({ tokens, attentions: [heads, heads] }),
    'circuitsvis.json': JSON.stringify({ tokens, attention: heads }),
    'bertviz.json': JSON.stringify({ tokens, attention: [[heads]], sentence_b_start: 1 }),
    'one-head.json': JSON.stringify({ tokens, attention: heads[0] }),
  };
  const circuitsVis = loadAttention(files['circuitsvis.json']) as { data: AttentionData };
  files['export.tsat'] = encodeAttention(circuitsVis.data, { precision: 'float16' });

  function picture(input: LoadedAttention) {
    if (!('data' in input)) throw new Error('expected attention data');
    const { data } = input;
    return { shape: data.shape, tokens: data.queryTokens, weights: Array.from(data.weights), mask: data.mask };
  }

  for (const [name, contents] of Object.entries(files)) {
    it(name, async () => {
      const bytes = typeof contents === 'string' ? new TextEncoder().encode(contents) : contents;
      const demo = await readAttentionFile(Object.assign(new Blob([bytes as BlobPart]), { name }));
      const fromSrc = loadAttention(parse(bytes, { url: new URL(`https://school.example/${name}`) }));
      const fromData = loadAttention(typeof contents === 'string' ? JSON.parse(contents) : contents);
      expect(picture(fromSrc)).toEqual(picture(demo));
      expect(picture(fromData)).toEqual(picture(demo));
    });
  }

  it('recognises the ambiguous { tokens, attention } by depth, not by key', () => {
    expect(picture(loadAttention(files['bertviz.json'])).shape).toEqual([1, 2, 3, 3]);
    expect(picture(loadAttention(files['circuitsvis.json'])).shape).toEqual([1, 2, 3, 3]);
    expect(picture(loadAttention(files['hugging-face.json'])).shape).toEqual([2, 2, 3, 3]);
  });
});

describe('<tensorscope-attention-heatmap>', () => {
  it('is defined once by defineAttentionHeatmapElement and observes view', () => {
    defineAttentionHeatmapElement();
    expect(defineAttentionHeatmapElement()).toBe(false);
    expect(customElements.get(ATTENTION_HEATMAP_TAG)).toBe(AttentionHeatmapElement);
    expect(AttentionHeatmapElement.observedAttributes).toEqual(expect.arrayContaining(['src', 'height', 'view']));
  });

  it('renders data set as a property and unmounts on disconnect', async () => {
    defineAttentionHeatmapElement();
    const el = document.createElement(ATTENTION_HEATMAP_TAG);
    el.data = {
      queryTokens: ['a', 'b'],
      weights: [
        [1, 0],
        [0.4, 0.6],
      ],
    };
    await mount(el);
    const root = el.shadowRoot!.querySelector('[part="root"]')!;
    await waitFor(() => root.querySelector('[role="grid"]'));
    expect(root.querySelector('[role="grid"]')?.getAttribute('aria-label')).toBe(
      'Attention weights: 2 query tokens × 2 key tokens',
    );
    await act(async () => el.remove());
    expect(root.childElementCount).toBe(0);
  });

  it('shows the view its attribute names: view="grid" draws the head grid instead of the heatmap', async () => {
    defineAttentionHeatmapElement();
    const el = document.createElement(ATTENTION_HEATMAP_TAG);
    el.data = randomAttention(1, 3, 4);
    el.setAttribute('view', 'grid');
    await mount(el);
    const root = el.shadowRoot!;
    await waitFor(() => root.querySelector('.ts-attention-head-grid'));
    expect(root.querySelector('[role="grid"][aria-label^="Attention weights"]')).toBeNull();
    await act(async () => el.setAttribute('view', 'all'));
    await waitFor(() => root.querySelector('[role="grid"][aria-label^="Attention weights"]'));
    expect(root.querySelector('.ts-attention-head-grid')).not.toBeNull();
  });

  it('shows bad property data inline', async () => {
    defineAttentionHeatmapElement();
    const el = document.createElement(ATTENTION_HEATMAP_TAG);
    el.data = { tokens: ['a'], nothing: [] };
    await mount(el);
    await waitFor(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).toContain('none of the keys of a known format');
  });
});

/** Connects an element and lets its lazy view and effects settle inside act(). */
async function mount(el: HTMLElement): Promise<void> {
  await act(async () => {
    document.body.append(el);
    await new Promise((resolve) => setTimeout(resolve, 100));
  });
}

async function waitFor(find: () => unknown, timeout = 5000): Promise<void> {
  const start = Date.now();
  while (!find()) {
    if (Date.now() - start > timeout) throw new Error('timed out');
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
  }
}

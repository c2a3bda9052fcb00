import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeEmbeddingBundle, serializeViewState, DEFAULT_VIEW_STATE } from '../src/core/index.js';
import { toEmbeddingData } from '../src/element/embeddingData.js';
import {
  EMBEDDING_SPACE_TAG,
  EmbeddingSpaceElement,
  defineEmbeddingSpaceElement,
  initialViewState,
  parseMode,
  readEmbeddingSpaceParams,
} from '../src/element/index.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(async () => {
  await act(async () => document.body.replaceChildren());
});

const read = (params: Record<string, string>) => readEmbeddingSpaceParams((name) => params[name] ?? null);

describe('mode / view-state parameters', () => {
  it('mode: 2d | 3d, case and spaces ignored', () => {
    expect(parseMode(' 3D ')).toBe('3d');
    expect(parseMode('2d')).toBe('2d');
    expect(parseMode('4d')).toBeUndefined();
    expect(parseMode(null)).toBeUndefined();
  });

  it('view-state (or its alias view) and mode; mode wins over the state’s mode', () => {
    const text = serializeViewState({ ...DEFAULT_VIEW_STATE, mode: '3d', k: 12 });
    for (const name of ['view-state', 'view']) {
      const params = read({ [name]: text, mode: '2d' });
      expect(params.problems).toEqual([]);
      expect(params.state?.k).toBe(12);
      expect(initialViewState(params)).toMatchObject({ k: 12, mode: '2d' });
    }
    expect(initialViewState(read({ mode: '3d' }), { colorBy: 'topic' })).toEqual({ colorBy: 'topic', mode: '3d' });
    expect(initialViewState(read({}))).toEqual({});
  });

  it('collects bad values with the parameter name as given', () => {
    const params = read({ view: '{"k":0}', mode: 'flat' });
    expect(params.problems.map((p) => p.param)).toEqual(['view', 'mode']);
    expect(params.problems[0]!.error.message).toMatch(/"k" must be a whole number from 1 to 100, got 0/);
    expect(params.problems[1]!.error.message).toContain('"mode" must be one of 2d, 3d; got "flat"');
    expect(params.state).toBeUndefined();
    expect(params.mode).toBeUndefined();
  });
});

describe('element data', () => {
  it('accepts JSON values, JSON text and bundle bytes', () => {
    const fromJson = toEmbeddingData({
      vectors: [
        [1, 0],
        [0, 1],
      ],
      labels: ['a', 'b'],
    });
    expect(fromJson).toMatchObject({ count: 2, dimensions: 2, labels: ['a', 'b'] });
    expect(toEmbeddingData(JSON.stringify({ a: [1, 2, 3], b: [3, 2, 1] }))).toMatchObject({ count: 2, dimensions: 3 });
    const bytes = encodeEmbeddingBundle(fromJson, { quantize: 'float32' });
    expect(toEmbeddingData(bytes)).toMatchObject({ count: 2, labels: ['a', 'b'] });
    expect(toEmbeddingData(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))).toMatchObject({
      count: 2,
    });
    expect(() => toEmbeddingData(42)).toThrow(/must be an object or JSON text; received number/);
  });
});

describe('<tensorscope-embedding-space>', () => {
  it('is defined once by defineEmbeddingSpaceElement and observes its parameters', () => {
    defineEmbeddingSpaceElement();
    expect(defineEmbeddingSpaceElement()).toBe(false);
    expect(customElements.get(EMBEDDING_SPACE_TAG)).toBe(EmbeddingSpaceElement);
    expect(EmbeddingSpaceElement.observedAttributes).toEqual(
      expect.arrayContaining(['src', 'height', 'mode', 'view-state', 'view']),
    );
  });

  it('shows bad data and a bad view-state inline', async () => {
    defineEmbeddingSpaceElement();
    const el = document.createElement(EMBEDDING_SPACE_TAG);
    el.setAttribute('view-state', '{"k":0}');
    el.data = 42;
    await act(async () => {
      document.body.append(el);
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    const start = Date.now();
    const alerts = () => [...el.shadowRoot!.querySelectorAll('[role="alert"]')].map((a) => a.textContent ?? '');
    while (alerts().length < 2 && Date.now() - start < 10_000) {
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
      });
    }
    expect(alerts().join('\n')).toMatch(/received number/);
    expect(alerts().join('\n')).toMatch(/"k" must be a whole number/);
  });
});

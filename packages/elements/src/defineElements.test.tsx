import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { allowOrigins, allowedOrigins, clearAllowedOrigins } from '@tensorscope/common/element';
import { AttentionHeatmapElement } from '@tensorscope/attention-heatmap/element';
import { EmbeddingSpaceElement } from '@tensorscope/embedding-space/element';
import { RetrievalElement } from '@tensorscope/retrieval/element';
import { TransformerElement } from '@tensorscope/transformer/element';
import { ScalingChartElement } from '@tensorscope/scaling-chart/element';
import { defineTensorscopeElements, TAG_NAMES, TensorscopeElements } from './defineElements.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(async () => {
  clearAllowedOrigins();
  await act(async () => document.body.replaceChildren());
});

describe('defineTensorscopeElements', () => {
  it('defines every tag once and is idempotent', () => {
    const first = defineTensorscopeElements();
    expect(first.sort()).toEqual(Object.keys(TAG_NAMES).sort());
    expect(defineTensorscopeElements()).toEqual([]);
    expect(defineTensorscopeElements()).toEqual([]);
    for (const [name, element] of Object.entries(TAG_NAMES)) expect(customElements.get(name)).toBe(element);
  });

  it('leaves a tag that another copy already defined alone', () => {
    // A stand-in registry (happy-dom has no `new CustomElementRegistry()`).
    const defined = new Map<string, CustomElementConstructor>();
    const registry = {
      get: (name: string) => defined.get(name),
      define: (name: string, constructor: CustomElementConstructor) => void defined.set(name, constructor),
    } as unknown as CustomElementRegistry;
    class Other extends HTMLElement {}
    registry.define('tensorscope-scaling-chart', Other);
    expect(defineTensorscopeElements({ registry }).sort()).toEqual([
      'tensorscope-attention-heatmap',
      'tensorscope-embedding-space',
      'tensorscope-retrieval',
      'tensorscope-transformer',
    ]);
    expect(registry.get('tensorscope-scaling-chart')).toBe(Other);
  });

  it('defines the classes each package exports from ./element', () => {
    expect(TAG_NAMES).toEqual({
      'tensorscope-attention-heatmap': AttentionHeatmapElement,
      'tensorscope-embedding-space': EmbeddingSpaceElement,
      'tensorscope-scaling-chart': ScalingChartElement,
      'tensorscope-retrieval': RetrievalElement,
      'tensorscope-transformer': TransformerElement,
    });
  });

  it('allowOrigins: normalises, rejects non-origins', () => {
    TensorscopeElements.allowOrigins(['https://Data.example/path']);
    defineTensorscopeElements({ allowOrigins: ['https://more.example'] });
    expect(allowedOrigins()).toEqual(['https://data.example', 'https://more.example']);
    // A typed error since issue "Hardening" (was a TypeError).
    expect(() => allowOrigins(['*'])).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('refuses bad options with typed errors before defining anything (issue "Hardening")', () => {
    expect(() => defineTensorscopeElements(null as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => defineTensorscopeElements({ registry: {} as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => defineTensorscopeElements({ allowOrigins: 5 as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => defineTensorscopeElements({ wasmPaths: { 'tfjs-backend-wasm.wasm': 5 } as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

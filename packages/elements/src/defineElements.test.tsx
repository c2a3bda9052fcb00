import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { allowOrigins, allowedOrigins, clearAllowedOrigins } from './config.js';
import { defineTensorscopeElements, TAG_NAMES, TensorscopeElements } from './defineElements.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(async () => {
  clearAllowedOrigins();
  await act(async () => document.body.replaceChildren());
});

describe('defineTensorscopeElements', () => {
  it('defines the three tags once and is idempotent', () => {
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
    ]);
    expect(registry.get('tensorscope-scaling-chart')).toBe(Other);
  });

  it('allowOrigins: normalises, rejects non-origins', () => {
    TensorscopeElements.allowOrigins(['https://Data.example/path']);
    defineTensorscopeElements({ allowOrigins: ['https://more.example'] });
    expect(allowedOrigins()).toEqual(['https://data.example', 'https://more.example']);
    expect(() => allowOrigins(['*'])).toThrow(TypeError);
  });
});

describe('elements', () => {
  it('refuses a cross-origin src with a visible message and fetches nothing', async () => {
    defineTensorscopeElements();
    const calls: unknown[] = [];
    const fetch = globalThis.fetch;
    globalThis.fetch = (async (...args: unknown[]) => {
      calls.push(args);
      throw new Error('no network in tests');
    }) as typeof fetch;
    try {
      const el = document.createElement('tensorscope-attention-heatmap');
      el.setAttribute('src', 'https://elsewhere.example/attention.json');
      const events: CustomEvent[] = [];
      el.addEventListener('tensorscope-error', (event) => events.push(event as CustomEvent));
      await mount(el);
      const alert = el.shadowRoot!.querySelector('[role="alert"]');
      expect(alert?.textContent).toContain('https://elsewhere.example');
      expect(alert?.textContent).toContain('Data source not allowed');
      expect(calls).toEqual([]);
      expect(events[0]?.detail).toMatchObject({ reason: 'origin', origin: 'https://elsewhere.example' });

      // Korean message after a locale change.
      await act(async () => el.setAttribute('locale', 'ko'));
      expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).toContain('허용되지 않은 데이터 출처');
    } finally {
      globalThis.fetch = fetch;
    }
  });

  it('renders data set as a property and unmounts on disconnect', async () => {
    defineTensorscopeElements();
    const el = document.createElement('tensorscope-attention-heatmap');
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

  it('shows bad property data inline', async () => {
    defineTensorscopeElements();
    const el = document.createElement('tensorscope-attention-heatmap');
    el.data = { tokens: ['a'], nothing: [] };
    await mount(el);
    await waitFor(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).toContain('none of the expected keys');
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

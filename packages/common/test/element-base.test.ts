import { act, createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { clearAllowedOrigins } from '../src/element/config.js';
import { defineElement } from '../src/element/defineElement.js';
import { TensorscopeElement, type ViewModule, type ViewProps } from '../src/element/TensorscopeElement.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A view that shows its data as text, and a parser that decodes fetched bytes as text. */
const textView: ViewModule = {
  View: ({ data, locale, height }: ViewProps) =>
    createElement('p', { className: 'text-view', 'data-locale': locale, 'data-height': height }, String(data)),
  parse: (bytes) => `parsed:${new TextDecoder().decode(bytes)}`,
};

class TextElement extends TensorscopeElement {
  protected loadView(): Promise<ViewModule> {
    return Promise.resolve(textView);
  }
}

const TAG = 'test-text-element';

afterEach(async () => {
  clearAllowedOrigins();
  await act(async () => document.body.replaceChildren());
});

describe('defineElement', () => {
  it('defines once, then leaves the tag alone', () => {
    expect(defineElement(TAG, TextElement)).toBe(true);
    expect(defineElement(TAG, TextElement)).toBe(false);
    expect(customElements.get(TAG)).toBe(TextElement);
  });

  it('defines a fresh subclass in another registry and skips a tag defined there by someone else', () => {
    // A stand-in registry (happy-dom has no `new CustomElementRegistry()`).
    const defined = new Map<string, CustomElementConstructor>();
    const registry = {
      get: (name: string) => defined.get(name),
      define: (name: string, constructor: CustomElementConstructor) => void defined.set(name, constructor),
    } as unknown as CustomElementRegistry;
    expect(defineElement('other-text-element', TextElement, { registry })).toBe(true);
    const subclass = defined.get('other-text-element')!;
    expect(subclass).not.toBe(TextElement);
    expect(subclass.prototype).toBeInstanceOf(TextElement);
    class Other extends HTMLElement {}
    registry.define('taken-element', Other);
    expect(defineElement('taken-element', TextElement, { registry })).toBe(false);
    expect(registry.get('taken-element')).toBe(Other);
  });
});

describe('TensorscopeElement', () => {
  it('refuses a cross-origin src with a visible, localised message and fetches nothing', async () => {
    defineElement(TAG, TextElement);
    const calls: unknown[] = [];
    const fetch = globalThis.fetch;
    globalThis.fetch = (async (...args: unknown[]) => {
      calls.push(args);
      throw new Error('no network in tests');
    }) as typeof fetch;
    try {
      const el = document.createElement(TAG);
      el.setAttribute('src', 'https://elsewhere.example/data.json');
      const events: CustomEvent[] = [];
      el.addEventListener('tensorscope-error', (event) => events.push(event as CustomEvent));
      await mount(el);
      const alert = () => el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '';
      expect(alert()).toContain('Data source not allowed');
      expect(alert()).toContain('https://elsewhere.example');
      expect(calls).toEqual([]);
      expect(events[0]?.detail).toMatchObject({ reason: 'origin', origin: 'https://elsewhere.example' });
      await act(async () => el.setAttribute('locale', 'ko'));
      expect(alert()).toContain('허용되지 않은 데이터 출처');
    } finally {
      globalThis.fetch = fetch;
    }
  });

  it('fetches a same-origin src, parses it with the view module and announces the load', async () => {
    defineElement(TAG, TextElement);
    const fetch = globalThis.fetch;
    const requested: string[] = [];
    globalThis.fetch = (async (input: URL | string) => {
      requested.push(String(input));
      return new Response('hello', { status: 200 });
    }) as typeof fetch;
    try {
      const el = document.createElement(TAG);
      el.setAttribute('src', 'data.txt');
      el.setAttribute('height', '300px');
      const loaded: CustomEvent[] = [];
      el.addEventListener('tensorscope-load', (event) => loaded.push(event as CustomEvent));
      await mount(el);
      const view = el.shadowRoot!.querySelector('.text-view');
      expect(view?.textContent).toBe('parsed:hello');
      expect(view?.getAttribute('data-height')).toBe('300');
      expect(requested).toEqual([new URL('data.txt', location.href).href]);
      expect(loaded[0]?.detail).toMatchObject({ bytes: 5 });
    } finally {
      globalThis.fetch = fetch;
    }
  });

  it('shows the data property (winning over src), inherits lang, and unmounts on disconnect', async () => {
    defineElement(TAG, TextElement);
    const wrapper = document.createElement('div');
    wrapper.lang = 'ko-KR';
    const el = document.createElement(TAG) as TextElement;
    el.data = 'from a property';
    wrapper.append(el);
    await mount(wrapper);
    const root = el.shadowRoot!.querySelector('[part="root"]')!;
    expect(root.querySelector('.text-view')?.textContent).toBe('from a property');
    expect(root.querySelector('.text-view')?.getAttribute('data-locale')).toBe('ko');
    await act(async () => el.remove());
    expect(root.childElementCount).toBe(0);
  });

  it('says that data is missing when there is neither src nor data', async () => {
    defineElement(TAG, TextElement);
    const el = document.createElement(TAG);
    await mount(el);
    expect(el.shadowRoot!.textContent).toContain('No data yet');
  });
});

/** Connects an element and lets its lazy view and effects settle inside act(). */
async function mount(el: HTMLElement): Promise<void> {
  await act(async () => {
    document.body.append(el);
    await new Promise((resolve) => setTimeout(resolve, 100));
  });
}

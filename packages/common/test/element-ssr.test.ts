// @vitest-environment node
import { expect, it } from 'vitest';

it('imports on the server and defines nothing without a registry', async () => {
  expect(typeof window).toBe('undefined');
  const { defineElement, TensorscopeElement } = await import('@tensorscope/common/element');
  class ServerElement extends TensorscopeElement {
    protected loadView(): never {
      throw new Error('not on the server');
    }
  }
  expect(defineElement('server-element', ServerElement)).toBe(false);
});

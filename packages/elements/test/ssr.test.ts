// @vitest-environment node
import { expect, it } from 'vitest';

it('imports on the server without window, document or customElements', async () => {
  expect(typeof window).toBe('undefined');
  const api = await import('@tensorscope/elements');
  expect(api.defineTensorscopeElements()).toEqual([]);
  await import('@tensorscope/elements/define');
});

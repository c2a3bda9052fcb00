// @vitest-environment node
import { expect, it } from 'vitest';

it('imports without loading tfjs and renders the report on the server', async () => {
  expect(typeof window).toBe('undefined');
  await import('@tensorscope/tensor-core');
  const { BackendReport } = await import('@tensorscope/tensor-core/react');
  const { renderToString } = await import('react-dom/server');
  const html = renderToString(<BackendReport locale="ko" />);
  expect(html).toContain('연산 백엔드');
  expect(html).toContain('data-status="loading"');
});

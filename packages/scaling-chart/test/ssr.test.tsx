// @vitest-environment node
import { expect, it } from 'vitest';

it('imports and renders on the server without window or document', async () => {
  expect(typeof window).toBe('undefined');
  const { ParameterChart } = await import('@tensorscope/scaling-chart');
  const { renderToString } = await import('react-dom/server');
  const html = renderToString(<ParameterChart locale="ko" />);
  expect(html).toContain('주요 AI 모델의 파라미터 수');
  expect(html).toContain('<svg');
});

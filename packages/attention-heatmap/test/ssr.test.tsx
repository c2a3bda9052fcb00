// @vitest-environment node
import { expect, it } from 'vitest';

it('imports and renders on the server without window or document', async () => {
  expect(typeof window).toBe('undefined');
  const { AttentionHeatmap } = await import('@tensorscope/attention-heatmap');
  await import('@tensorscope/attention-heatmap/core');
  const { renderToString } = await import('react-dom/server');
  const html = renderToString(
    <AttentionHeatmap
      queryTokens={['a', 'b']}
      weights={[
        [1, 0],
        [0.5, 0.5],
      ]}
    />,
  );
  expect(html).toContain('Attention weights: 2 query tokens × 2 key tokens');
  expect(html).toContain('<canvas');
  const bad = renderToString(<AttentionHeatmap queryTokens={['a']} weights={[[-1]]} />);
  expect(bad).toContain('role="alert"');
});

// @vitest-environment node
import { expect, it } from 'vitest';

it('imports and renders every view on the server without window or document', async () => {
  expect(typeof window).toBe('undefined');
  const { AttentionHeatmap, AttentionHeadGrid, AttentionLines, AttentionTokenStrip } =
    await import('@tensorscope/attention-heatmap');
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
  const data = {
    queryTokens: ['a', 'b'],
    keyTokens: ['a', 'b'],
    weights: Float32Array.from([1, 0, 0.5, 0.5, 1, 0, 0.2, 0.8]),
    shape: [1, 2, 2, 2] as const,
  };
  expect(renderToString(<AttentionHeadGrid data={data} />)).toContain('1 layer × 2 heads');
  expect(renderToString(<AttentionHeatmap data={data} />)).toContain('<select');
  expect(renderToString(<AttentionTokenStrip data={data} />)).toContain('Tokens shaded by attention');
  expect(renderToString(<AttentionLines data={data} />)).toContain('Attention lines, layer 1');
});

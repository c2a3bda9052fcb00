// @vitest-environment node
import { expect, it } from 'vitest';

it('imports and renders on the server without window, document or three.js', async () => {
  expect(typeof window).toBe('undefined');
  const { EmbeddingScatter } = await import('@tensorscope/embedding-space');
  const { renderToString } = await import('react-dom/server');
  const html = renderToString(
    <EmbeddingScatter
      points={[
        [0, 0, 0],
        [1, 2, 3],
      ]}
    />,
  );
  expect(html).toContain('2 points in 3D');
  // The WebGL scene is lazy: the server sends the loading text, never a blank box.
  expect(html).toContain('Loading the 3D view');
});

// @vitest-environment node
import { expect, it } from 'vitest';

it('imports and renders on the server without window, document or three.js', async () => {
  expect(typeof window).toBe('undefined');
  const { EmbeddingScatter, EmbeddingSpace, EmbeddingFileDrop, createEmbeddingData } =
    await import('@tensorscope/embedding-space');
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

  const data = createEmbeddingData({
    vectors: [
      [1, 0],
      [0, 1],
    ],
    labels: ['왕', 'queen'],
  });
  const explorer = renderToString(<EmbeddingSpace data={data} locale="ko" />);
  expect(explorer).toContain('임베딩 탐색기: 2차원 점 2개');
  expect(explorer).toContain('3D 화면을 불러오는 중');
  expect(renderToString(<EmbeddingFileDrop onLoad={() => {}} />)).toContain('Load your own vectors');
});

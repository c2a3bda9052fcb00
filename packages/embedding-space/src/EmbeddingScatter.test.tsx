import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

// happy-dom has no WebGL: the lazy three.js scene is replaced by a marker so the React layer
// (validation, labels, error display) is tested here; the real canvas is tested in Chromium.
vi.mock('./PointsScene.js', () => ({ default: () => <div data-testid="scene" /> }));

const { EmbeddingScatter } = await import('./EmbeddingScatter.js');

describe('EmbeddingScatter', () => {
  it('labels the view with the point count and loads the scene lazily', async () => {
    render(
      <EmbeddingScatter
        points={[
          [0, 0, 0],
          [1, 1, 1],
        ]}
        labels={['king', 'queen']}
      />,
    );
    expect(screen.getByRole('group', { name: '2 points in 3D' })).toBeTruthy();
    expect(await screen.findByTestId('scene')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reset view' })).toBeTruthy();
  });

  it('shows a label mismatch inline and keeps the last good points', async () => {
    const { rerender } = render(
      <EmbeddingScatter
        points={[
          [0, 0],
          [1, 1],
        ]}
        dimensions={2}
        locale="ko"
      />,
    );
    expect(screen.getByRole('group', { name: '2차원 공간의 점 2개' })).toBeTruthy();
    rerender(
      <EmbeddingScatter
        points={[
          [0, 0],
          [1, 1],
        ]}
        dimensions={2}
        labels={['a']}
        locale="ko"
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('There are 1 labels for 2 points.');
    expect(screen.getByRole('group', { name: '2차원 공간의 점 2개' })).toBeTruthy();
  });
});

import type { Meta, StoryObj } from '@storybook/react-vite';
import { Canvas } from '@react-three/fiber';
import { createSeededRandom, gaussian } from '@tensorscope/common';
import { useMemo } from 'react';
import { expect, waitFor } from 'storybook/test';
import { categoryColor } from '../src/core/index.js';
import { EmbeddingPoints, POINT_STATE } from '../src/points.js';

/** A host app's own react-three-fiber scene with the explorer's points inside it. */
function HostScene({ count }: { count: number }) {
  const { positions, colors, states } = useMemo(() => {
    const random = createSeededRandom(3);
    const positions = new Float32Array(count * 3);
    const colors = new Float32Array(count * 3);
    const states = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      const cluster = i % 5;
      for (let d = 0; d < 3; d++)
        positions[i * 3 + d] = (d === cluster % 3 ? 0.6 : 0) * (cluster < 3 ? 1 : -1) + 0.15 * gaussian(random);
      colors.set(categoryColor(cluster), i * 3);
    }
    states[0] = POINT_STATE.selected;
    return { positions, colors, states };
  }, [count]);
  return (
    <div
      style={{ height: 320, border: '1px solid #d0d5dc', borderRadius: 6 }}
      role="img"
      aria-label={`${count} points in five clusters`}
    >
      <Canvas camera={{ position: [1.8, 1.2, 1.8], fov: 50 }} frameloop="demand">
        <color attach="background" args={['#ffffff']} />
        <gridHelper args={[2, 10, '#d0d5dc', '#e3e6ea']} />
        <EmbeddingPoints positions={positions} colors={colors} states={states} pointSize={6} />
      </Canvas>
    </div>
  );
}

const meta = {
  title: 'Embeddings/EmbeddingPoints (in your own Canvas)',
  component: HostScene,
  args: { count: 5_000 },
} satisfies Meta<typeof HostScene>;
export default meta;
type Story = StoryObj<typeof meta>;

/** `<EmbeddingPoints>` from `@tensorscope/embedding-space/points` inside a host's `<Canvas>`, next to the host's own grid. */
export const InsideAHostCanvas: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('canvas[data-engine]')).not.toBeNull(), { timeout: 30_000 });
  },
};

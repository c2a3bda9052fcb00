import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { EmbeddingScatter } from '../src/index.js';
import { sampleWords } from './sampleWords.js';

const words3d = sampleWords(3, 3);
const words2d = sampleWords(3, 2);

const meta = {
  title: 'Embeddings/EmbeddingScatter',
  component: EmbeddingScatter,
  args: { points: words3d.points, labels: words3d.labels, dimensions: 3, height: 320 },
} satisfies Meta<typeof EmbeddingScatter>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Words in three clusters (animals, fruit, countries) in 3D: drag to orbit, scroll to zoom. */
export const Clusters3D: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('group', { name: /21/ })).toBeInTheDocument();
    await waitFor(() => expect(canvasElement.querySelector('canvas')).not.toBeNull(), { timeout: 20_000 });
  },
};

/** The same words flattened to 2D: panning and zoom, no rotation. */
export const Flat2D: Story = {
  args: { points: words2d.points, labels: words2d.labels, dimensions: 2 },
};

/** A label count that does not match the points: an inline error, not a blank canvas. */
export const LabelMismatch: Story = {
  args: { points: words3d.points, labels: ['only', 'three', 'labels'] },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('LENGTH_MISMATCH');
  },
};

/** Dark theme with Korean labels. */
export const KoreanDark: Story = {
  globals: { theme: 'dark', locale: 'ko' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: '보기 초기화' })).toBeInTheDocument();
  },
};

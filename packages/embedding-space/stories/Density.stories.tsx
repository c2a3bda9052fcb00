import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { EmbeddingSpace } from '../src/index.js';
import { gloveExplorerMeta } from './gloveExplorer.js';

/**
 * Density contours and automatic cluster labels. After each layout the explorer takes a Gaussian
 * kernel density of the points on a 256 × 256 grid (in a worker above 50,000 points), draws the
 * lines that enclose the densest 25 / 50 / 75 / 90 % of the points, and finds clusters on the
 * density map at three nested levels. Each cluster is named from the data, and says how: the
 * words nearest to its mean vector, or — when the points are coloured by a category column — the
 * most over-represented value with its share. Coarse labels show at the default zoom, finer ones
 * as you zoom in; the "Clusters" list reaches every label from the keyboard.
 */
const meta: Meta<typeof EmbeddingSpace> = {
  ...gloveExplorerMeta,
  title: 'Embeddings/Density and cluster labels',
};
export default meta;
type Story = StoryObj<typeof EmbeddingSpace>;

/** Turn on Density, then Cluster labels, and read a cluster's label from the list and the live region. */
export const ToggleAndRead: Story = {
  args: { initialState: { mode: '2d' } },
  play: async ({ canvas }) => {
    const density = await canvas.findByRole('button', { name: 'Density' }, { timeout: 60_000 });
    await userEvent.click(density);
    await expect(density).toHaveAttribute('aria-pressed', 'true');
    await canvas.findByText(/^Density map ready: \d+ coarse/, {}, { timeout: 60_000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Cluster labels' }));
    const list = await canvas.findByRole('list', { name: /^Clusters: Coarse/ }, { timeout: 60_000 });
    const first = (await waitFor(() => list.querySelector('button'))) as HTMLButtonElement;
    await expect(first.textContent).toMatch(/[a-z].* points$/);
    first.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(
        canvas.getByText(/^Cluster “.+”, [\d,]+ points\. Label: the rows nearest/, { selector: '[aria-live]' }),
      ).toBeVisible(),
    );
  },
};

/** Labels from the `topic` column (its most over-represented value and share), Korean, dark theme. */
export const ByCategoryKoreanDark: Story = {
  args: {
    locale: 'ko',
    theme: 'dark',
    initialState: { mode: '2d', colorBy: 'topic', density: true, clusterLabels: true },
  },
  play: async ({ canvas }) => {
    const list = await canvas.findByRole('list', { name: /^군집: 큰 군집/ }, { timeout: 60_000 });
    await waitFor(() => expect(list.querySelector('button')?.textContent).toMatch(/%\)/));
    await expect(canvas.getByText(/가장 두드러진 값/)).toBeVisible();
  },
};

/** In 3-D the contours lie on the floor plane under the points; labels sit at the clusters' centres. */
export const FloorIn3d: Story = {
  args: { initialState: { mode: '3d', density: true, clusterLabels: true } },
  play: async ({ canvas }) => {
    await canvas.findByText(/the floor \(x–z\) plane/, {}, { timeout: 60_000 });
  },
};

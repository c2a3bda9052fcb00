import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { EmbeddingSpace } from '../src/index.js';
import { gloveExplorerMeta } from './gloveExplorer.js';

/**
 * Linked metadata charts: one small chart per metadata column beside the map (bars for the
 * `topic` categories, a histogram of `frequency rank`). Click a bar (Shift/Ctrl adds one) or drag
 * across the histogram, or focus a chart and use the arrow keys: the map hides the points that
 * do not match, the neighbour list leaves them out, and the live region says how many match.
 * Each chart keeps its own unselected bars (cross-filter semantics); outlined bars count the map
 * selection (box or lasso).
 */
const meta: Meta<typeof EmbeddingSpace> = {
  ...gloveExplorerMeta,
  title: 'Embeddings/Metadata charts',
};
export default meta;
type Story = StoryObj<typeof EmbeddingSpace>;

/** Brush the frequency-rank histogram with the keyboard: the count of matching points drops. */
export const BrushToFilter: Story = {
  args: { initialState: { mode: '2d', colorBy: 'topic' } },
  play: async ({ canvas }) => {
    const match = await canvas.findByTestId('filter-match', {}, { timeout: 60_000 });
    await expect(match.textContent).toBe('20,000 of 20,000 points match');
    const histogram = canvas.getByRole('listbox', { name: /frequency rank/ });
    histogram.focus();
    // A one-bin brush at the first bin, then two bins wider.
    await userEvent.keyboard('{ArrowRight}{Shift>}{ArrowRight}{ArrowRight}{/Shift}');
    await waitFor(() => expect(match.textContent).toMatch(/^[\d,]+ of 20,000 points match$/));
    await expect(match.textContent).not.toBe('20,000 of 20,000 points match');
    await waitFor(() => expect(canvas.getByText(/of 20,000 points match/, { selector: '[aria-live]' })).toBeVisible());
    // Keep only the "sports" topic as well: fewer still.
    const before = match.textContent;
    await userEvent.click(canvas.getByRole('option', { name: /^sports:/ }));
    await waitFor(() => expect(match.textContent).not.toBe(before));
    await userEvent.click(canvas.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(match.textContent).toBe('20,000 of 20,000 points match'));
  },
};

/** A filter from a shared link (the view state's `filters`), in Korean on the dark theme. */
export const KoreanDark: Story = {
  args: {
    locale: 'ko',
    theme: 'dark',
    initialState: {
      mode: '2d',
      colorBy: 'topic',
      filters: { topic: { values: ['sports', 'animals'] }, 'frequency rank': { range: [0, 10_000] } },
    },
  },
  play: async ({ canvas }) => {
    const match = await canvas.findByTestId('filter-match', {}, { timeout: 60_000 });
    await expect(match.textContent).toMatch(/^점 20,000개 중 [\d,]+개 일치$/);
  },
};

/** Filters that match nothing: a visible message, and the map keeps its previous drawing. */
export const NothingMatches: Story = {
  args: {
    initialState: {
      mode: '2d',
      // Ranks start at 1, and a range [0, 1) holds none of them.
      filters: { 'frequency rank': { range: [0, 1] } },
    },
  },
  play: async ({ canvas }) => {
    await canvas.findByText(/No points match these filters/, {}, { timeout: 60_000 });
    await expect(canvas.getByTestId('filter-match').textContent).toBe('0 of 20,000 points match');
  },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { AttentionHeadGrid, AttentionHeatmap, type AttentionData } from '../src/index.js';
import { Caption, StoryFrame } from './LinkedViews.js';
import { longSequence } from './synthetic.js';

let cached: AttentionData | null = null;
/** 2,048 tokens × 3 heads, generated once (seeded, deterministic). */
function long2048(): AttentionData {
  cached ??= longSequence(2048);
  return cached;
}

function LongSequence() {
  const data = long2048();
  return (
    <StoryFrame gap={12}>
      <Caption>
        2,048 tokens, one layer, 3 heads, causal — synthetic and seeded: head 1 looks at the last few tokens, head 2 at
        the first token (a “sink”) and the previous one, head 3 at the start of the current sentence (every 32 tokens).
      </Caption>
      <AttentionHeadGrid data={data} thumbnailSize={96} />
      <AttentionHeatmap data={data} />
    </StoryFrame>
  );
}

const meta = {
  title: 'Attention/Long sequence (2,048 tokens)',
  component: LongSequence,
  parameters: {
    docs: {
      description: {
        component:
          'A long input in the heatmap and the head grid: the cells are drawn on a canvas (thumbnails max-pooled), so the page does not grow by one DOM node per cell.',
      },
    },
  },
} satisfies Meta<typeof LongSequence>;
export default meta;
type Story = StoryObj<typeof meta>;

/** 2,048 tokens: 4.2 million cells per head. */
export const Tokens2048: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('grid', { name: /1 layer × 3 heads/ })).toBeInTheDocument();
    await expect(canvas.getByRole('grid', { name: /2,?048 query tokens/ })).toBeInTheDocument();
    // DOM nodes grow with tokens, not tokens²: far fewer than the 4.2 million cells.
    await expect(canvasElement.querySelectorAll('*').length).toBeLessThan(40_000);
    // Zoomed out, the heatmap max-pools cells to pixels and says so.
    await expect(canvas.getByText(/Zoomed out: each pixel shows the largest weight/)).toBeInTheDocument();
  },
};

/** The same in the dark theme with Korean labels. */
export const KoreanDark: Story = {
  globals: { theme: 'dark', locale: 'ko' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('grid', { name: /1개 층 × 3개 헤드/ })).toBeInTheDocument();
    await expect(canvas.getByText(/축소 보기/)).toBeInTheDocument();
  },
};

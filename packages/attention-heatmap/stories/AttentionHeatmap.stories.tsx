import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { AttentionHeatmap } from '../src/index.js';
import { sampleAttention } from './sampleAttention.js';

const english = ['The', ' cat', ' sat', ' on', ' the', ' mat', '.'];
const korean = ['고양이', '가', ' 매트', ' 위', '에', ' 앉았다', '.'];

const meta = {
  title: 'Attention/AttentionHeatmap',
  component: AttentionHeatmap,
  args: {
    queryTokens: english,
    weights: sampleAttention(english, 7, true),
  },
} satisfies Meta<typeof AttentionHeatmap>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Causal self-attention over a short English sentence: each token attends only to itself and earlier tokens. */
export const CausalSelfAttention: Story = {
  play: async ({ canvas }) => {
    const plot = await canvas.findByRole('grid', { name: /7/ });
    await expect(canvas.getByRole('gridcell')).toHaveTextContent(/“The” → “The”/);
    plot.focus();
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(canvas.getByRole('gridcell')).toHaveTextContent(/“ cat” → “The”/));
  },
};

/** Korean text with subword pieces renders with visible spaces. */
export const Korean: Story = {
  args: { queryTokens: korean, weights: sampleAttention(korean, 11, false), locale: 'ko' },
};

/** Cross-attention: a query sequence attending to a different key sequence. */
export const CrossAttention: Story = {
  args: {
    queryTokens: ['Le', ' chat', ' dort'],
    keyTokens: ['The', ' cat', ' is', ' sleeping'],
    weights: [
      [0.82, 0.1, 0.04, 0.04],
      [0.06, 0.86, 0.04, 0.04],
      [0.03, 0.07, 0.3, 0.6],
    ],
  },
};

/** Rows that do not sum to 1 are drawn as given with a visible note. */
export const NotNormalised: Story = {
  args: {
    queryTokens: ['a', 'b'],
    weights: [
      [2, 1],
      [0.5, 0.5],
    ],
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/not normalised|정규화하지 않은/)).toBeInTheDocument();
  },
};

/** Bad input shows a typed, readable error in place of the chart. */
export const InvalidInput: Story = {
  args: {
    queryTokens: ['a', 'b'],
    weights: [
      [0.5, 0.5],
      [-1, 2],
    ],
  },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('INVALID_VALUE');
    await expect(alert).toHaveTextContent('weights[1][0]');
  },
};

/** Dark theme with Korean labels: the colour ramp brightens with attention. */
export const KoreanDark: Story = {
  args: { queryTokens: korean, weights: sampleAttention(korean, 5, true) },
  globals: { theme: 'dark', locale: 'ko' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('grid', { name: /어텐션 가중치/ })).toBeInTheDocument();
  },
};

/**
 * Signed scores on a diverging scale centred on 0: here the log of the weights, which is QKᵀ/√d
 * minus each row's log-sum-exp (the softmax's own shift), so the pattern is the raw scores'.
 */
export const RawScores: Story = {
  args: {
    queryTokens: english,
    signed: true,
    weights: Float32Array.from(sampleAttention(english, 7, false), (w) => Math.log(w)),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Score (before softmax)')).toBeInTheDocument();
  },
};

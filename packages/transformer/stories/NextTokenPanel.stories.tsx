import type { Meta, StoryObj } from '@storybook/react-vite';
import { wasmPaths } from '@tensorscope/tensor-core/wasm-paths';
import { useEffect, useMemo } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { AblationGrid } from '../src/AblationGrid.js';
import { loadCheckpoint } from '../src/core/loadCheckpoint.js';
import { createNextTokenController } from '../src/core/nextTokenController.js';
import { NextTokenPanel } from '../src/NextTokenPanel.js';
import { TransformerAttention } from '../src/TransformerAttention.js';
import { inductionUrl, truncatedCheckpoint } from './checkpoints.js';

const runtimeOptions = { wasmPaths };
const LOAD = { timeout: 60_000 };
const SENTENCE = 'The quick brown fox jumps over the lazy dog';

const meta: Meta<typeof NextTokenPanel> = {
  title: 'Transformer/NextTokenPanel',
  component: NextTokenPanel,
  args: { checkpoint: inductionUrl, runtimeOptions, text: SENTENCE, repeat: 2 },
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj<typeof NextTokenPanel>;

/** The chips of the generated tokens, in order. */
const generatedTokens = (canvasElement: HTMLElement) =>
  Array.from(canvasElement.querySelectorAll('.ts-nt-token--generated')).map((chip) =>
    (chip.firstChild?.textContent ?? '').trim(),
  );

/**
 * The induction model (trained by tensorscope on repeated random tokens) reads a sentence twice.
 * After the second "dog" it predicts "The", the token that followed the first "dog";
 * "Generate 10" continues the copy word by word.
 */
export const InductionOnARepeatedSentence: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const bars = await canvas.findByRole('list', { name: 'Most likely next tokens' }, LOAD);
    await waitFor(() => expect(within(bars).getAllByRole('listitem')[0]).toHaveTextContent(/^The/), LOAD);
    await expect(canvas.getByText(/not a language model/)).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Generate 10' }));
    await waitFor(() => expect(generatedTokens(canvasElement)).toHaveLength(10), LOAD);
    await expect(generatedTokens(canvasElement).slice(0, 4)).toEqual(['The', 'quick', 'brown', 'fox']);
    await userEvent.click(canvas.getByRole('button', { name: 'Clear generated' }));
    await waitFor(() => expect(generatedTokens(canvasElement)).toHaveLength(0), LOAD);
  },
};

/** Korean, dark: the model has never seen Korean (or any text); it copies the pattern all the same. */
export const KoreanDark: Story = {
  globals: { locale: 'ko', theme: 'dark' },
  args: { locale: 'ko', theme: 'dark', text: '고양이가 매트 위에 앉아서 조용히 잠들었다' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const bars = await canvas.findByRole('list', { name: '가장 가능성 높은 다음 토큰' }, LOAD);
    await waitFor(() => expect(within(bars).getAllByRole('listitem')[0]).toHaveTextContent(/^고양이가/), LOAD);
    await userEvent.click(canvas.getByRole('button', { name: '다음 토큰' }));
    await waitFor(() => expect(generatedTokens(canvasElement)).toEqual(['고양이가']), LOAD);
  },
};

/** Longer than the 32-token context: the window slides, and the panel says how much it dropped. */
export const SlidingWindow: Story = {
  args: {
    text: 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty',
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText(/Only the last 32 tokens are read: 8 earlier ones were dropped/, {}, LOAD);
  },
};

/** A damaged checkpoint file: a typed message (CORRUPT_CHECKPOINT), never a blank box or a crash. */
export const CorruptCheckpoint: Story = {
  args: { checkpoint: async () => loadCheckpoint(await truncatedCheckpoint()) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert', {}, LOAD)).toHaveTextContent('CORRUPT_CHECKPOINT');
  },
};

/**
 * One controller behind three views: the panel, the head switches and the attention (through
 * attention-heatmap's head grid, heatmap and lines). Each generated token updates all three.
 */
export const WithAblationAndAttention: Story = {
  render: function Render(args) {
    const controller = useMemo(
      () => createNextTokenController({ checkpoint: inductionUrl, runtimeOptions, text: args.text, repeat: 2 }),
      [args.text],
    );
    useEffect(() => () => controller.dispose(), [controller]);
    return (
      <div style={{ display: 'grid', gap: 12 }}>
        <NextTokenPanel controller={controller} />
        <AblationGrid controller={controller} />
        <TransformerAttention controller={controller} />
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = await canvas.findByRole('group', { name: 'Heads by layer' }, LOAD);
    await expect(within(grid).getAllByRole('button')).toHaveLength(4);
    await canvas.findByRole('grid', { name: 'Attention heads: 2 layers × 2 heads' }, LOAD);
    await userEvent.click(canvas.getByRole('button', { name: 'Next token' }));
    await waitFor(() => expect(generatedTokens(canvasElement)).toHaveLength(1), LOAD);
  },
};

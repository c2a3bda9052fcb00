import type { Meta, StoryObj } from '@storybook/react-vite';
import { wasmPaths } from '@tensorscope/tensor-core/wasm-paths';
import { TrainingPanel } from '../src/TrainingPanel.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';

const runtimeOptions = { wasmPaths };
const TRAINING = { timeout: 45_000 };

const meta = {
  title: 'Transformer/TrainingPanel',
  component: TrainingPanel,
  args: { runtimeOptions },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof TrainingPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The step of the loss curve's latest report, read from its accessible name (0 before any). */
function curveStep(canvasElement: HTMLElement): number {
  const curve = within(canvasElement).queryByRole('img', { name: /Loss curve up to step/ });
  const match = /up to step ([\d,]+)/.exec(curve?.getAttribute('aria-label') ?? '');
  return match ? Number(match[1]!.replace(/,/g, '')) : 0;
}

/**
 * The full induction recipe (1000 steps): press Start and watch the loss on the repeated half fall
 * away from the training loss when the induction head forms (around step 350), marked on the curve.
 */
export const Default: Story = {};

/**
 * A short run for the story test: Start, a few reports (the curve and the head grid fill in),
 * Pause (no more progress), then Reset.
 */
export const StartPauseReset: Story = {
  args: { steps: 150, reportEvery: 10 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Start' }));
    await waitFor(() => expect(curveStep(canvasElement)).toBeGreaterThanOrEqual(30), TRAINING);
    await expect(canvas.getAllByRole('img', { name: /Attention of layer/ })).toHaveLength(4);
    await expect(canvas.getByTestId('training-progress')).toHaveTextContent(/tokens\/s · backend: wasm/);
    await userEvent.click(canvas.getByRole('button', { name: 'Pause' }));
    await expect(canvas.getByRole('status')).toHaveTextContent(/Paused at step/);
    const paused = curveStep(canvasElement);
    await new Promise((resolve) => setTimeout(resolve, 600));
    // At most the slice in flight when Pause was pressed still lands.
    await expect(curveStep(canvasElement)).toBeLessThanOrEqual(paused + 10);
    await userEvent.click(canvas.getByRole('button', { name: 'Reset' }));
    await expect(canvas.getByRole('status')).toHaveTextContent(/Ready/);
    await expect(canvas.getByText('The loss curve appears with the first report.')).toBeInTheDocument();
  },
};

/** Korean, dark. */
export const KoreanDark: Story = {
  globals: { locale: 'ko', theme: 'dark' },
  args: { locale: 'ko', theme: 'dark' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: '직접 학습시켜 보기' })).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: '시작' })).toBeInTheDocument();
    await expect(canvas.getByRole('textbox', { name: '시드' })).toHaveValue('1');
  },
};

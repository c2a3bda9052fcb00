import type { Meta, StoryObj } from '@storybook/react-vite';
import { wasmPaths } from '@tensorscope/tensor-core/wasm-paths';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { AblationGrid } from '../src/AblationGrid.js';
import { inductionUrl } from './checkpoints.js';

const runtimeOptions = { wasmPaths };
const LOAD = { timeout: 60_000 };

const meta: Meta<typeof AblationGrid> = {
  title: 'Transformer/AblationGrid',
  component: AblationGrid,
  args: {
    checkpoint: inductionUrl,
    runtimeOptions,
    text: 'red green blue yellow black white purple orange',
    repeat: 2,
  },
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj<typeof AblationGrid>;

/** The two numbers of "Loss on repeated pairs: a → b nats". */
const lossChange = (text: string) => {
  const match = /([\d.]+) → ([\d.]+)/.exec(text);
  return match ? [Number(match[1]), Number(match[2])] : null;
};

/**
 * Switch off layer 2's induction heads: the loss on the repeated half jumps from near zero, and
 * the model no longer predicts the copy.
 */
export const InductionHeadsOff: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = await canvas.findByRole('group', { name: 'Heads by layer' }, LOAD);
    const induction = within(grid).getAllByRole('button', { name: /Layer 2, Head \d: induction head/ });
    await expect(induction.length).toBeGreaterThan(0);
    for (const head of induction) await userEvent.click(head);
    await waitFor(() => expect(canvas.getByRole('region', { name: /head\(s\) off/ })).toBeInTheDocument(), LOAD);
    for (const head of induction) await expect(head).toHaveAttribute('aria-pressed', 'true');
    const change = lossChange(canvas.getByText(/Loss on repeated pairs/).textContent ?? '');
    await expect(change).not.toBeNull();
    await expect(change![1]! - change![0]!).toBeGreaterThan(1);
    await userEvent.click(canvas.getByRole('button', { name: 'Switch all on' }));
    await waitFor(() => expect(canvas.getByText(/Press a head to see/)).toBeInTheDocument(), LOAD);
  },
};

/** Korean, dark; mean ablation instead of zero. */
export const KoreanDarkMean: Story = {
  globals: { locale: 'ko', theme: 'dark' },
  args: { locale: 'ko', theme: 'dark', text: '하나 둘 셋 넷 다섯 여섯' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const grid = await canvas.findByRole('group', { name: '층별 헤드' }, LOAD);
    await userEvent.click(canvas.getByRole('radio', { name: '평균으로' }));
    await userEvent.click(within(grid).getAllByRole('button')[2]!);
    await waitFor(() => expect(canvas.getByRole('region', { name: '헤드 1개 끔' })).toBeInTheDocument(), LOAD);
  },
};

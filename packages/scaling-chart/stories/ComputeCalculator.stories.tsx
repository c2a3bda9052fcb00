import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { ComputeCalculator } from '../src/index.js';

const meta = {
  title: 'Scale/ComputeCalculator',
  component: ComputeCalculator,
} satisfies Meta<typeof ComputeCalculator>;
export default meta;
type Story = StoryObj<typeof meta>;

/** GPT-3 (not ChatGPT): 10,000 V100 at ~20 % utilisation for ~14.8 days. */
export const Gpt3Preset: Story = {
  play: async ({ canvasElement }) => {
    const steps = canvasElement.querySelector('.ts-compute-calculator__steps');
    await expect(steps).toHaveTextContent('3.15 × 10²³ FLOP');
    await expect(canvasElement.querySelector('.ts-compute-calculator__check')).toHaveTextContent(/Reproduced|재현됨/);
  },
};

/** Llama 3.1 405B: 30.84M H100-hours published; 6·N·D at 40 % MFU lands within the stated ±15 %. */
export const Llama31Preset: Story = {
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Llama 3.1 405B' }));
    const check = canvasElement.querySelector('.ts-compute-calculator__check');
    await waitFor(() => expect(check).toHaveTextContent(/30\.8M|3,084만/));
    await expect(check).toHaveTextContent(/Reproduced|재현됨/);
  },
};

/** A bad field is flagged inline; the last valid result stays, dimmed. */
export const InvalidField: Story = {
  play: async ({ canvas }) => {
    const field = canvas.getByLabelText(/Parameters N|파라미터 수 N/);
    await userEvent.clear(field);
    await userEvent.type(field, 'many');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/positive number|양수/);
  },
};

/** Dark theme with Korean labels and units (1,750억). */
export const KoreanDark: Story = {
  globals: { theme: 'dark', locale: 'ko' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('학습 연산량 계산기')).toBeInTheDocument();
    await expect(canvas.getByLabelText('파라미터 수 N')).toHaveValue('1,750억');
  },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { ScalingLawChart } from '../src/index.js';

const meta = {
  title: 'Scale/ScalingLawChart',
  component: ScalingLawChart,
} satisfies Meta<typeof ScalingLawChart>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Chinchilla's law against compute: each thin curve is one model size; their lower envelope is the compute-optimal frontier. */
export const ChinchillaByCompute: Story = {
  play: async ({ canvas, canvasElement }) => {
    const gpt3 = canvas.getByRole('button', { name: /^GPT-3:/ });
    gpt3.focus();
    const readout = canvasElement.querySelector('.ts-scaling-law-chart__readout');
    await waitFor(() => expect(readout).toHaveTextContent(/3\.15 × 10²³/));
  },
};

/** Epoch AI's refit against model size, with the 20-tokens-per-parameter rule of thumb. */
export const EpochByParameters: Story = {
  args: { law: 'epoch', axis: 'parameters' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('combobox')).toHaveValue('epoch');
    await expect(canvas.getByText(/^(D = 1T|D = 1조)$/)).toBeInTheDocument();
    await expect(canvas.getByRole('list', { name: /Legend|범례/ })).toHaveTextContent(
      /20 tokens per parameter|파라미터당 토큰 20개/,
    );
  },
};

/** Kaplan et al. 2020 against data size; switching to the frontier table. */
export const KaplanTable: Story = {
  args: { law: 'kaplan', axis: 'tokens' },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('radio', { name: /^(Table|표)$/ }));
    await expect(await canvas.findByRole('table')).toBeInTheDocument();
  },
};

/** Dark theme with Korean labels. */
export const KoreanDark: Story = {
  globals: { theme: 'dark', locale: 'ko' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('스케일링 법칙: 예측 손실')).toBeInTheDocument();
  },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { ComputeChart, NOTABLE_MODELS, type ModelRecord } from '../src/index.js';

const meta = {
  title: 'Scale/ComputeChart',
  component: ComputeChart,
} satisfies Meta<typeof ComputeChart>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Training compute 2017–2025 with a fitted exponential trend; hover or Tab to the red line for its growth per year. */
export const TrainingCompute: Story = {
  play: async ({ canvas, canvasElement }) => {
    const trend = canvas.getByRole('button', { name: /^(Fitted trend|추세)/ });
    await userEvent.hover(trend);
    const readout = canvasElement.querySelector('.ts-compute-chart__readout');
    await waitFor(() => expect(readout).toHaveTextContent(/×\d/));
    const gpt4 = canvas.getByRole('button', { name: /^GPT-4 \(/ });
    gpt4.focus();
    await waitFor(() => expect(readout).toHaveTextContent(/8\.2 × 10²⁴/));
  },
};

/** On a linear axis, everything before 2024 collapses onto the floor: the hockey stick. */
export const LinearAxis: Story = {
  args: { scale: 'linear' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('radio', { name: /^(Linear|선형)$/ })).toHaveAttribute('aria-checked', 'true');
  },
};

const ours: ModelRecord = {
  name: 'Our run',
  date: '2025-05-01',
  organisation: 'Example lab',
  parameters: 1e9,
  status: 'official',
  source: 'https://example.org/run',
  trainingTokens: { value: 2e10, status: 'official', source: 'https://example.org/run' },
  trainingFlops: { value: 1.2e20, status: 'estimate', derived: true, source: 'https://example.org/run' },
};

/** Your own rows next to the built-in ones, plus two bad rows that are skipped with a note. */
export const UserDatasetWithBadRows: Story = {
  args: {
    models: [
      ...NOTABLE_MODELS,
      ours,
      { ...ours, name: 'No compute', trainingFlops: undefined },
      { ...ours, name: 'Infinite', trainingFlops: { ...ours.trainingFlops!, value: Number.POSITIVE_INFINITY } },
    ],
    labels: ['Our run'],
  },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(/2 rows skipped|2개 행/);
    await expect(canvas.getByRole('button', { name: /^Our run/ })).toBeInTheDocument();
  },
};

/** Dark theme with Korean labels. */
export const KoreanDark: Story = {
  globals: { theme: 'dark', locale: 'ko' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('주요 AI 모델의 학습 연산량')).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: /^추세: 해마다/ })).toBeInTheDocument();
  },
};

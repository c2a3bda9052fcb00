import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { NOTABLE_MODELS, ParameterChart, type ModelRecord } from '../src/index.js';

const meta = {
  title: 'Scale/ParameterChart',
  component: ParameterChart,
} satisfies Meta<typeof ParameterChart>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Parameters of notable models 2017–2025 on a log axis, with the human brain's neuron count for scale. */
export const NotableModels: Story = {
  play: async ({ canvas, canvasElement }) => {
    const points = canvas.getAllByRole('button');
    await expect(points.length).toBe(NOTABLE_MODELS.length);
    points[0]?.focus();
    const readout = canvasElement.querySelector('.ts-parameter-chart__readout');
    await waitFor(() => expect(readout).toHaveTextContent('Transformer (big)'));
    await userEvent.keyboard('{Tab}');
    await waitFor(() => expect(readout).toHaveTextContent('GPT-1'));
    await expect(canvas.getByRole('link', { name: /Source|출처/ })).toHaveAttribute('href', NOTABLE_MODELS[1]?.source);
  },
};

/** Korean labels: counts in 만/억/조 (GPT-3 = 1,750억). */
export const Korean: Story = {
  args: { locale: 'ko' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: /GPT-3 .*1,750억/ })).toBeInTheDocument();
  },
};

const withBadRows: ModelRecord[] = [
  ...NOTABLE_MODELS.slice(0, 6),
  {
    name: 'Broken date',
    date: '2021-13-45',
    organisation: 'Example',
    parameters: 1e9,
    status: 'official',
    source: 'https://example.org',
  },
  {
    name: 'Negative',
    date: '2022-01-01',
    organisation: 'Example',
    parameters: -5,
    status: 'estimate',
    source: 'https://example.org',
  },
];

/** Rows with bad values are skipped and listed in a visible note; the rest still plots. */
export const SkippedRows: Story = {
  args: { models: withBadRows },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(/2 rows skipped|2개 행/);
    await expect(alert).toHaveTextContent('Broken date');
    await expect(canvas.getAllByRole('button').length).toBe(6);
  },
};

/** Dark theme with Korean labels. */
export const KoreanDark: Story = {
  globals: { theme: 'dark', locale: 'ko' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('주요 AI 모델의 파라미터 수')).toBeInTheDocument();
  },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { NOTABLE_MODELS, ParameterChart, type ModelRecord } from '../src/index.js';

const meta = {
  title: 'Scale/ParameterChart',
  component: ParameterChart,
} satisfies Meta<typeof ParameterChart>;
export default meta;
type Story = StoryObj<typeof meta>;

const plotted = NOTABLE_MODELS.filter((m) => m.parameters !== null);

/** Parameters of notable models 2017–2025 on a log axis, with the brain's neurons and synapses for scale. */
export const NotableModels: Story = {
  play: async ({ canvas, canvasElement }) => {
    const points = canvasElement.querySelectorAll<SVGGElement>('.ts-parameter-chart__point');
    await expect(points.length).toBe(plotted.length);
    points[0]?.focus();
    const readout = canvasElement.querySelector('.ts-parameter-chart__readout');
    await waitFor(() => expect(readout).toHaveTextContent('Transformer (big)'));
    await userEvent.keyboard('{Tab}');
    await waitFor(() => expect(readout).toHaveTextContent('GPT-1'));
    await expect(canvas.getByRole('link', { name: /Source|출처/ })).toHaveAttribute('href', plotted[1]?.source);
    await expect(canvas.getByText(/ChatGPT/, { selector: 'text' })).toBeInTheDocument();
  },
};

/** The same data on a linear axis: the "hockey stick". The synapse band no longer fits and is listed instead. */
export const LinearAxis: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('radio', { name: /^(Linear|선형)$/ }));
    await expect(canvas.getByRole('radio', { name: /^(Linear|선형)$/ })).toHaveAttribute('aria-checked', 'true');
    await expect(canvas.getByText(/Off this linear scale|이 선형 눈금 밖/)).toBeInTheDocument();
  },
};

/** Highlight one organisation and hide rumours; switch to the table of the same data. */
export const FiltersAndTable: Story = {
  args: { highlightOrganisation: 'Meta' },
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(canvas.getByRole('button', { name: /^(rumour|소문)$/ }));
    await expect(canvasElement.querySelector('[data-status="rumour"]')).toBeNull();
    await userEvent.click(canvas.getByRole('radio', { name: /^(Table|표)$/ }));
    const table = await canvas.findByRole('table');
    await expect(table).toHaveTextContent('Llama 3.1 405B');
  },
};

/** Korean labels: counts in 만/억/조 (GPT-3 = 1,750억). */
export const Korean: Story = {
  args: { locale: 'ko' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: /GPT-3 .*1,750억/ })).toBeInTheDocument();
  },
};

const myModel: ModelRecord = {
  name: 'Class model',
  date: '2025-03-01',
  organisation: 'Our school',
  parameters: 25e6,
  status: 'official',
  source: 'https://example.org/our-model',
  note: 'A small model trained in class.',
};

/** A user-supplied dataset: the built-in rows plus one of your own. */
export const UserDataset: Story = {
  args: { models: [...NOTABLE_MODELS, myModel], labels: ['GPT-3', 'Class model'] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: /^Class model \(Our school\)/ })).toBeInTheDocument();
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
  play: async ({ canvas, canvasElement }) => {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(/2 rows skipped|2개 행/);
    await expect(alert).toHaveTextContent('Broken date');
    await expect(canvasElement.querySelectorAll('.ts-parameter-chart__point').length).toBe(6);
  },
};

/** Dark theme with Korean labels. */
export const KoreanDark: Story = {
  globals: { theme: 'dark', locale: 'ko' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('주요 AI 모델의 파라미터 수')).toBeInTheDocument();
    await expect(canvas.getByText('인간 뇌의 뉴런 수 (약 860억)')).toBeInTheDocument();
  },
};

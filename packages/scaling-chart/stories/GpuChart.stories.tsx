import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { ACCELERATORS, GpuChart, type AcceleratorRecord } from '../src/index.js';

const meta = {
  title: 'Scale/GpuChart',
  component: GpuChart,
} satisfies Meta<typeof GpuChart>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Dense FP16/BF16 tensor throughput from V100 to B200: the figure a training run actually uses. */
export const DenseTensor: Story = {
  play: async ({ canvas, canvasElement }) => {
    const h100 = canvas.getByRole('button', { name: /^H100 SXM5 \(2022\): 989\.4 TFLOPS/ });
    h100.focus();
    const readout = canvasElement.querySelector('.ts-gpu-chart__readout');
    await waitFor(() => expect(readout).toHaveTextContent(/×3\.2/));
  },
};

/** The sparse figures datasheets headline, labelled as such; then memory. */
export const PrecisionSelect: Story = {
  args: { metric: 'fp16Sparse' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/2:4/)).toBeInTheDocument();
    await userEvent.selectOptions(canvas.getByRole('combobox'), 'memory');
    await expect(canvas.getByRole('button', { name: /^B200 \(2024\): 192 GB/ })).toBeInTheDocument();
  },
};

/** The reader's own device, as tensor-core's measureThroughput would report it. */
export const YourDevice: Story = {
  args: { yourDevice: { gflops: 420, backend: 'webgpu' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: /^(Your device|내 기기) \(webgpu\)/ })).toBeInTheDocument();
  },
};

const broken = {
  ...ACCELERATORS[0]!,
  name: 'Broken',
  fp32: { value: -1, status: 'official', source: 'https://example.org' },
};

/** A bad row and a bad measurement are explained inline; the rest still draws. */
export const BadInput: Story = {
  args: {
    accelerators: [...ACCELERATORS, broken as AcceleratorRecord],
    yourDevice: { gflops: Number.NaN, backend: 'cpu' },
  },
  play: async ({ canvas }) => {
    const alerts = await canvas.findAllByRole('alert');
    await expect(alerts[0]).toHaveTextContent(/1 row skipped|1개 행/);
    await expect(alerts[1]).toHaveTextContent('gflops');
  },
};

/** Dark theme with Korean labels. */
export const KoreanDark: Story = {
  globals: { theme: 'dark', locale: 'ko' },
  args: { yourDevice: { gflops: 95, backend: 'webgl' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('세대별 AI 가속기')).toBeInTheDocument();
  },
};

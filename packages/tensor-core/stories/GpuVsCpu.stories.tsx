import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { BackendReport, ThroughputMeter } from '@tensorscope/tensor-core/react';
import { wasmPaths } from '@tensorscope/tensor-core/wasm-paths';

const meta = {
  title: 'Compute/GPU vs CPU',
  component: ThroughputMeter,
  args: { runtimeOptions: { wasmPaths } },
  parameters: {
    docs: {
      description: {
        component:
          'Measures how fast this browser multiplies matrices on each backend (WebGPU, WebGL, WebAssembly, plain JavaScript) and puts the numbers next to the datasheet peaks of V100, A100 and H100 — peak figures from NVIDIA, labelled as such, not measurements. 이 기기의 행렬 곱셈 속도를 백엔드별로 측정해 데이터센터 GPU의 데이터시트 최대치와 나란히 보여 줍니다.',
      },
    },
  },
} satisfies Meta<typeof ThroughputMeter>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The lesson: which backend this browser gave tensor-core and why, then a live measurement on every backend. */
export const MeasureThisDevice: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 12 }}>
      <BackendReport options={{ wasmPaths }} showTimings={false} />
      <ThroughputMeter {...args} />
    </div>
  ),
};

/** A quick measurement on the CPU backend only (small matrices), as run in the tests. */
export const MeasuredOnCpu: Story = {
  args: { backends: ['cpu'], size: 64, runs: 2 },
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Measure this device' }));
    await waitFor(
      () => expect(canvasElement.querySelector('[data-backend="cpu"] .ts-throughput-meter__value')).not.toBeNull(),
      {
        timeout: 30_000,
      },
    );
    await expect(canvas.getByText(/datasheet peak is .*× your fastest measured backend/)).toBeInTheDocument();
  },
};

/** Korean labels in the dark theme. */
export const KoreanDark: Story = {
  args: { backends: ['cpu'], size: 32, runs: 1 },
  globals: { theme: 'dark', locale: 'ko' },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: '이 기기 측정하기' }));
    await waitFor(() => expect(canvas.getByText(/배입니다/)).toBeInTheDocument(), { timeout: 30_000 });
  },
};

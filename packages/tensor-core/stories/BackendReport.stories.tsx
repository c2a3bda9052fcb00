import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { BackendReport } from '@tensorscope/tensor-core/react';
import { wasmPaths } from '@tensorscope/tensor-core/wasm-paths';

const meta = {
  title: 'Compute/BackendReport',
  component: BackendReport,
  // Timings vary from run to run: hidden so stories stay deterministic.
  args: { options: { wasmPaths }, showTimings: false },
} satisfies Meta<typeof BackendReport>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The automatic choice: WebGPU, then WebGL, then WebAssembly, then CPU. A software-emulated GPU
 * (as in a headless browser without a GPU) is skipped, because WebAssembly is ~50× faster there.
 */
export const Automatic: Story = {
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByTestId('backend-name')).toBeInTheDocument(), { timeout: 45_000 });
    // Every backend tried is listed with its outcome.
    await expect(canvas.getAllByRole('listitem').length).toBeGreaterThan(0);
  },
};

/** Forcing the plain-JavaScript CPU backend, the slowest and most compatible. */
export const CpuOnly: Story = {
  args: { options: { backends: ['cpu'] } },
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByTestId('backend-name')).toHaveTextContent('CPU'), { timeout: 30_000 });
  },
};

/** Nothing usable: an inline error listing why each backend failed. */
export const NoBackend: Story = {
  args: { options: { backends: [] } },
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('EMPTY_INPUT'), { timeout: 10_000 });
  },
};

/** Korean labels in the dark theme. */
export const KoreanDark: Story = {
  args: { options: { backends: ['cpu'] } },
  globals: { theme: 'dark', locale: 'ko' },
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByText(/사용 중인 백엔드/)).toBeInTheDocument(), { timeout: 30_000 });
  },
};

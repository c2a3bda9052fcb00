import type { Meta, StoryObj } from '@storybook/react-vite';
import { wasmPaths } from '@tensorscope/tensor-core/wasm-paths';
import { expect, userEvent, within } from 'storybook/test';
import { OnDeviceCalculator, type MeasuredDevice } from '../src/index.js';

const meta: Meta<typeof OnDeviceCalculator> = {
  title: 'Scale/OnDeviceCalculator',
  component: OnDeviceCalculator,
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj<typeof OnDeviceCalculator>;

/** Llama 3.1 8B at Q4_K_M with an 8k context on a MacBook Air M2: it fits, about 9 tokens/s. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent('Predicted decode speed: 9.2 tokens/s');
    await expect(canvasElement).toHaveTextContent(/median error is \d+ %/);
  },
};

/**
 * This browser's memory bandwidth, measured now by tensor-core's `measureBandwidth` (a GPU buffer
 * copy on WebGPU, else a typed-array copy in host memory), as "this device".
 */
export const MeasuredHere: Story = {
  loaders: [
    async () => {
      const { measureBandwidth } = await import('@tensorscope/tensor-core');
      const result = await measureBandwidth({ backend: 'wasm', wasmPaths, runs: 3 });
      const device: MeasuredDevice = {
        bandwidthGBs: result.gbPerSecond,
        what: `${result.kind} on ${result.backend}${result.software ? ', software GPU' : ''}`,
        cpu: result.kind === 'host-copy',
      };
      return { device };
    },
  ],
  render: (args, { loaded }) => <OnDeviceCalculator {...args} yourDevice={loaded.device as MeasuredDevice} />,
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByRole('row', { name: /This device \(measured, host-copy on wasm/ }),
    ).toBeInTheDocument();
  },
};

/** A 70B model at FP16 needs ~152 GB: only the 192 GB Mac holds it. */
export const DoesNotFit: Story = { args: { model: 'llama-3.1-70b', format: 'fp16' } };

/** Korean, dark, a phone. */
export const KoreanDarkPhone: Story = {
  globals: { locale: 'ko', theme: 'dark' },
  args: { locale: 'ko', theme: 'dark', model: 'llama-3.2-3b', device: 'iphone-15-pro' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement).toHaveTextContent('예상 생성 속도');
  },
};

/** A context longer than the model supports: the field says so and the last result stays. */
export const ContextTooLong: Story = {
  args: { model: 'gemma-2-2b' },
  play: async ({ canvas, canvasElement }) => {
    const field = canvas.getByLabelText(/Context/);
    await userEvent.clear(field);
    await userEvent.type(field, '999999');
    await expect(canvasElement).toHaveTextContent('Gemma 2 2B supports at most 8192 tokens');
    await expect(canvasElement).toHaveTextContent(/Predicted decode speed: [\d.]+ tokens\/s/);
  },
};

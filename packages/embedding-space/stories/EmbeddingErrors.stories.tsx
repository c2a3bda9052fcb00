import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import type { EmbeddingData } from '../src/core/index.js';
import { EmbeddingSpace } from '../src/index.js';
import { wasmPaths } from '@tensorscope/tensor-core/wasm-paths';

const small = (patch: Partial<EmbeddingData> = {}): EmbeddingData => ({
  vectors: new Float32Array([1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 0]),
  count: 4,
  dimensions: 3,
  labels: ['king', 'queen', '학교', 'school'],
  columns: [],
  ...patch,
});

const meta = {
  title: 'Embeddings/EmbeddingSpace/Errors',
  component: EmbeddingSpace,
  args: { data: small(), height: 240, runtimeOptions: { wasmPaths } },
} satisfies Meta<typeof EmbeddingSpace>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A NaN in the vectors: the message names the vector, its label and the dimension. */
export const NotANumber: Story = {
  args: { data: small({ vectors: new Float32Array([1, 0, 0, 0, NaN, 0, 0, 0, 1, 1, 1, 0]) }) },
  play: async ({ canvas }) => {
    await expect((await canvas.findByRole('alert')).textContent).toContain('Vector 2 (“queen”) has NaN in dimension 2');
  },
};

/** Fewer labels than vectors. */
export const LabelMismatch: Story = {
  args: { data: small({ labels: ['king', 'queen'] }) },
  play: async ({ canvas }) => {
    await expect((await canvas.findByRole('alert')).textContent).toContain('There are 2 labels for 4 vectors.');
  },
};

/** One vector is not a space. */
export const TooFewVectors: Story = {
  args: { data: small({ vectors: new Float32Array([1, 2, 3]), count: 1, labels: ['solo'] }) },
  play: async ({ canvas }) => {
    await expect((await canvas.findByRole('alert')).textContent).toContain('at least 2 vectors');
  },
};

/** One-dimensional vectors cannot be projected. */
export const OneDimension: Story = {
  args: { data: small({ vectors: new Float32Array([1, 2, 3, 4]), dimensions: 1 }) },
  play: async ({ canvas }) => {
    await expect((await canvas.findByRole('alert')).textContent).toContain('at least 2 dimensions');
  },
};

/** An analogy with a word that is not in the data: named, with near spellings. */
export const UnknownAnalogyWord: Story = {
  play: async ({ canvas }) => {
    await userEvent.type(canvas.getByLabelText('Analogy'), 'kingg - man + woman');
    await userEvent.click(canvas.getByRole('button', { name: 'Ask' }));
    await expect((await canvas.findByRole('alert')).textContent).toContain('kingg');
  },
};

/** An invalid regular expression in search: the engine's reason, no crash. */
export const InvalidRegex: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByLabelText('Regex'));
    await userEvent.type(canvas.getByLabelText('Search labels'), 'ki(ng');
    await expect(await canvas.findByText(/regular expression|Invalid/i)).toBeInTheDocument();
  },
};

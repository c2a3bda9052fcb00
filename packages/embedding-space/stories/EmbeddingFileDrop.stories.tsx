import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { EmbeddingData } from '../src/core/index.js';
import { EmbeddingFileDrop, EmbeddingSpace } from '../src/index.js';
import { wasmPaths } from '@tensorscope/tensor-core/wasm-paths';

function LoaderAndExplorer() {
  const [data, setData] = useState<EmbeddingData | null>(null);
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <EmbeddingFileDrop onLoad={setData} />
      {data ? <EmbeddingSpace data={data} height={320} runtimeOptions={{ wasmPaths }} /> : null}
    </div>
  );
}

const meta = {
  title: 'Embeddings/EmbeddingFileDrop',
  component: LoaderAndExplorer,
} satisfies Meta<typeof LoaderAndExplorer>;
export default meta;
type Story = StoryObj<typeof meta>;

const tsv = (text: string, name: string) => new File([text], name, { type: 'text/tab-separated-values' });

/**
 * Drop the Embedding Projector's files (vectors.tsv + metadata.tsv), GloVe/word2vec text or JSON.
 * Parsing runs in a worker with progress and cancel.
 */
export const ProjectorFiles: Story = {
  play: async ({ canvas, canvasElement }) => {
    const input = canvasElement.querySelector('input[type=file]') as HTMLInputElement;
    await userEvent.upload(input, [
      tsv('0.1\t0.2\t0.3\n0.2\t0.1\t0.0\n0.9\t0.8\t0.7\n', 'vectors.tsv'),
      tsv('word\ttopic\n학교\tschool\nschool\tschool\nking\troyalty\n', 'metadata.tsv'),
    ]);
    await waitFor(() => expect(canvas.getByText(/Loaded 3 vectors × 3 dimensions/)).toBeInTheDocument(), {
      timeout: 30_000,
    });
  },
};

/** A bad cell: the message names the file, line and column, and the loaded data stays. */
export const BadFile: Story = {
  play: async ({ canvas, canvasElement }) => {
    const input = canvasElement.querySelector('input[type=file]') as HTMLInputElement;
    await userEvent.upload(input, tsv('0.1\t0.2\n0.3\tabc\n', 'vectors.tsv'));
    const alert = await canvas.findByRole('alert', {}, { timeout: 30_000 });
    await expect(alert.textContent).toMatch(/line 2/i);
  },
};

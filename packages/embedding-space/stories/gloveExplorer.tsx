import type { Meta } from '@storybook/react-vite';
import { wasmPaths } from '@tensorscope/tensor-core/wasm-paths';
import type { EmbeddingData } from '../src/core/index.js';
import { EmbeddingSpace } from '../src/index.js';
import { loadGlove20k } from './gloveData.js';

/**
 * What every story of the explorer on the 20,000 GloVe words shares (all but its title): the
 * words loaded before the story renders, tensor-core's wasm files served by Storybook, 420 px tall.
 */
export const gloveExplorerMeta = {
  component: EmbeddingSpace,
  args: { height: 420, runtimeOptions: { wasmPaths } },
  loaders: [async () => ({ glove: await loadGlove20k() })],
  render: (args, { loaded }) => <EmbeddingSpace {...args} data={args.data ?? (loaded.glove as EmbeddingData)} />,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof EmbeddingSpace>;

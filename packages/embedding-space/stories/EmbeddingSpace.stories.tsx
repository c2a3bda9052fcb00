import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { EmbeddingSpace } from '../src/index.js';
import type { EmbeddingData } from '../src/core/index.js';
import { loadGlove20k, loadGloveSlice } from './gloveData.js';
import { gloveExplorerMeta } from './gloveExplorer.js';

const meta: Meta<typeof EmbeddingSpace> = {
  ...gloveExplorerMeta,
  title: 'Embeddings/EmbeddingSpace',
};
export default meta;
type Story = StoryObj<typeof EmbeddingSpace>;

const canvasReady = async (canvasElement: HTMLElement) =>
  waitFor(() => expect(canvasElement.querySelector('canvas')).not.toBeNull(), { timeout: 60_000 });

/**
 * 20,000 real GloVe word vectors (100 dimensions) projected to 3D by exact PCA of every row,
 * computed by tensor-core. Coloured by a hand-made topic list; words in no list are "other".
 */
export const GloveWordsPca: Story = {
  args: { initialState: { colorBy: 'topic' } },
  play: async ({ canvas, canvasElement }) => {
    await canvasReady(canvasElement);
    await waitFor(() => expect(canvas.getByText(/explain/)).toBeInTheDocument(), { timeout: 60_000 });
  },
};

/** The same words in 2D (PC1 × PC2): pan and zoom, no rotation. */
export const Flat2D: Story = {
  args: { initialState: { mode: '2d', colorBy: 'topic' } },
};

/** Search the 20k labels (substring or regex); results are listed and highlighted. */
export const Search: Story = {
  args: { initialState: { search: 'foot', colorBy: 'topic' } },
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByText('11 matches')).toBeInTheDocument(), { timeout: 60_000 });
    await expect(canvas.getByRole('button', { name: 'football' })).toBeInTheDocument();
  },
};

/** A selected word and its exact nearest neighbours (cosine, original 100-D space), drawn as lines. */
export const Neighbours: Story = {
  loaders: [
    async () => {
      const glove = await loadGlove20k();
      return { glove, selection: [glove.labels.indexOf('school')] };
    },
  ],
  render: (args, { loaded }) => (
    <EmbeddingSpace
      {...args}
      data={loaded.glove as EmbeddingData}
      initialState={{ selection: loaded.selection as number[], k: 10 }}
    />
  ),
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByText(/Nearest neighbours of “school”/)).toBeInTheDocument(), {
      timeout: 60_000,
    });
  },
};

/** king − man + woman on the real vectors (3CosAdd): the answer is computed, not stored. */
export const Analogy: Story = {
  play: async ({ canvas }) => {
    const input = await canvas.findByLabelText('Analogy', {}, { timeout: 60_000 });
    await userEvent.type(input, 'king - man + woman');
    await userEvent.click(canvas.getByRole('button', { name: 'Ask' }));
    const answer = await canvas.findByRole('list', { name: 'king - man + woman' }, { timeout: 60_000 });
    await expect(answer.querySelector('li')?.textContent).toContain('queen');
  },
};

/**
 * Query by meaning: "royal family" becomes the SIF-weighted average of its two word vectors (GloVe
 * frequency ranks give the weights), drawn as a diamond in the PCA view with its exact nearest words.
 */
export const MeaningQuery: Story = {
  play: async ({ canvas }) => {
    const input = await canvas.findByLabelText('Meaning', {}, { timeout: 60_000 });
    await userEvent.type(input, 'royal family xyzzyq{Enter}');
    const list = await canvas.findByRole('list', { name: 'royal family xyzzyq' }, { timeout: 60_000 });
    await waitFor(() => expect(list.querySelectorAll('li').length).toBeGreaterThan(0));
    await expect(canvas.getByText('not in the vocabulary: xyzzyq')).toBeInTheDocument();
    // Placed once the PCA layout is ready (it may still be computing when the answer arrives).
    await waitFor(
      () =>
        expect(
          canvas.getByText('Shown as a diamond marker, placed by the same projection as every point.'),
        ).toBeInTheDocument(),
      { timeout: 60_000 },
    );
  },
};

/**
 * The meaning query in a UMAP map, restored from the view state (`initialState.meaning`): UMAP has
 * no exact transform for a new point, so the diamond goes where UMAP starts placing new points, at
 * the weighted mean of its nearest words' positions, and the panel says it is an estimate.
 */
export const MeaningInUmap: Story = {
  loaders: [async () => ({ glove: await loadGloveSlice(2000) })],
  args: {
    initialState: {
      mode: '2d',
      projection: { kind: 'umap', seed: 42, neighbors: 15, minDist: 0.1 },
      colorBy: 'topic',
      meaning: 'royal family',
    },
  },
  play: async ({ canvas }) => {
    const list = await canvas.findByRole('list', { name: 'royal family' }, { timeout: 60_000 });
    await waitFor(() => expect(list.querySelectorAll('li').length).toBeGreaterThan(4));
    await expect(canvas.getByLabelText('Meaning')).toHaveValue('royal family');
    await waitFor(() => expect(canvas.getByText(/how UMAP places new points/)).toBeInTheDocument(), {
      timeout: 120_000,
    });
  },
};

/** Semantic axes (the Projector's custom projection): man → woman across, bad → good up. */
export const SemanticAxes: Story = {
  args: {
    initialState: {
      mode: '2d',
      projection: { kind: 'axes', x: ['man', 'woman'], y: ['bad', 'good'] },
      colorBy: 'topic',
    },
  },
};

/** Colour by a numeric column (frequency rank) with a continuous legend. */
export const ColourByNumber: Story = {
  args: { initialState: { colorBy: 'frequency rank' } },
};

/** UMAP of the 2,000 most frequent words in a worker (seeded; progress and cancel). */
export const Umap: Story = {
  loaders: [async () => ({ glove: await loadGloveSlice(2000) })],
  args: {
    initialState: { mode: '2d', projection: { kind: 'umap', seed: 42, neighbors: 15, minDist: 0.1 }, colorBy: 'topic' },
  },
  tags: ['!test'],
};

/** t-SNE of the 1,000 most frequent words in a worker (seeded; progress and cancel). */
export const Tsne: Story = {
  loaders: [async () => ({ glove: await loadGloveSlice(1000) })],
  args: { initialState: { mode: '2d', projection: { kind: 'tsne', seed: 42, perplexity: 30 }, colorBy: 'topic' } },
  tags: ['!test'],
};

/** Dark theme, Korean interface. */
export const DarkKorean: Story = {
  args: { initialState: { colorBy: 'topic' } },
  globals: { theme: 'dark', locale: 'ko' },
};

/** Keyboard: Tab into the view, arrows walk between points, Enter selects, Esc clears. */
export const Keyboard: Story = {
  loaders: [async () => ({ glove: await loadGloveSlice(500) })],
  play: async ({ canvas, canvasElement }) => {
    await canvasReady(canvasElement);
    const view = canvas.getByRole('application');
    await waitFor(() => expect(canvasElement.querySelector('.ts-embedding-space__label')).not.toBeNull(), {
      timeout: 60_000,
    });
    view.focus();
    await userEvent.keyboard('{ArrowRight}');
    const readout = canvasElement.querySelector('.ts-embedding-space__readout')!;
    await waitFor(() => expect(readout.textContent).toMatch(/topic:/));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByText(/Nearest neighbours of/)).toBeInTheDocument(), { timeout: 60_000 });
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(readout.textContent).toBe('No point selected'));
  },
};

/**
 * All 341,479 GloVe words (136 MB of float32), PCA of every row. Prepare the data once with
 * `node scripts/glove.mjs` (Storybook then serves it from bench/.cache/glove); without it this
 * story says so. Not run as a test (large download, software WebGL in CI).
 */
export const All341kWords: Story = {
  loaders: [
    async () => {
      try {
        const [vectors, words] = await Promise.all([
          fetch('/glove-full/vectors.f32').then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error()))),
          fetch('/glove-full/words.json').then((r) =>
            r.ok ? (r.json() as Promise<string[]>) : Promise.reject(new Error()),
          ),
        ]);
        const data: EmbeddingData = {
          vectors: new Float32Array(vectors),
          count: words.length,
          dimensions: 100,
          labels: words,
          columns: [],
        };
        return { glove: data };
      } catch {
        return { glove: null };
      }
    },
  ],
  render: (args, { loaded }) =>
    loaded.glove ? (
      <EmbeddingSpace {...args} data={loaded.glove as EmbeddingData} />
    ) : (
      <p>
        The full GloVe set is not prepared on this machine: run <code>node scripts/glove.mjs</code> and restart
        Storybook.
      </p>
    ),
  tags: ['!test'],
};

/** Box selection in 2D: drag a rectangle over the points; the selection is announced and can be isolated. */
export const BoxSelect: Story = {
  loaders: [async () => ({ glove: await loadGloveSlice(500) })],
  args: { initialState: { mode: '2d' } },
  play: async ({ canvas, canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('canvas[data-engine]')).not.toBeNull(), { timeout: 60_000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Box select' }));
    const overlay = canvasElement.querySelector('[data-testid="embedding-space-canvas"] svg') as SVGSVGElement;
    const box = overlay.getBoundingClientRect();
    const at = (type: string, fx: number, fy: number) =>
      overlay.dispatchEvent(
        new PointerEvent(type, {
          bubbles: true,
          pointerId: 1,
          clientX: box.left + box.width * fx,
          clientY: box.top + box.height * fy,
        }),
      );
    at('pointerdown', 0.05, 0.05);
    at('pointermove', 0.5, 0.5);
    at('pointermove', 0.95, 0.95);
    at('pointerup', 0.95, 0.95);
    const readout = canvasElement.querySelector('.ts-embedding-space__readout')!;
    await waitFor(() => expect(readout.textContent).toMatch(/^\d+ selected$/));
    const selected = Number(readout.textContent!.split(' ')[0]);
    await expect(selected).toBeGreaterThan(100);
    await expect(canvas.getByRole('button', { name: 'Isolate selection' })).toBeEnabled();
  },
};

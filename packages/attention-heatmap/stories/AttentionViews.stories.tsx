import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  AttentionHeadGrid,
  AttentionHeatmap,
  AttentionLines,
  AttentionTokenStrip,
  DEFAULT_SELECTION,
  type AttentionInput,
  type AttentionSelection,
} from '../src/index.js';
import { GPT2_TOKENS, KOREAN_TOKENS, sampleModel } from './sampleModel.js';

const gpt2 = sampleModel(GPT2_TOKENS, { layers: 4, heads: 6 });
const korean = sampleModel(KOREAN_TOKENS, { layers: 3, heads: 4, causal: false, seed: 5 });

const meta = {
  title: 'Attention/All views',
  component: AttentionHeadGrid,
  args: { data: gpt2 },
  parameters: {
    docs: {
      description: {
        component:
          'The four attention views share one selection (layer, heads, focused token). The data here is synthetic and labelled so: head 1 attends to the previous token, head 2 to itself, head 3 to the first token, the others are random softmax(QKᵀ/√d).',
      },
    },
  },
} satisfies Meta<typeof AttentionHeadGrid>;
export default meta;
type Story = StoryObj<typeof meta>;

function Linked({ data, locale }: { data: AttentionInput; locale?: 'en' | 'ko' }) {
  const [selection, setSelection] = useState<AttentionSelection>({ ...DEFAULT_SELECTION, focusedToken: 2 });
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <AttentionHeadGrid data={data} selection={selection} onSelectionChange={setSelection} locale={locale} />
      <AttentionHeatmap data={data} selection={selection} onSelectionChange={setSelection} locale={locale} />
      <AttentionTokenStrip data={data} selection={selection} onSelectionChange={setSelection} locale={locale} />
      <AttentionLines data={data} selection={selection} onSelectionChange={setSelection} locale={locale} />
    </div>
  );
}

/** Every view linked: click a head in the grid and the heatmap, token strip and lines follow. */
export const LinkedViews: Story = {
  render: (args) => <Linked data={args.data} />,
  play: async ({ canvas, canvasElement }) => {
    const head = canvas.getByRole('button', { name: /^Layer 2, head 1\./ });
    await userEvent.click(head);
    await expect(head).toHaveAttribute('aria-pressed', 'true');
    const layerSelect = canvasElement.querySelector('.ts-attention-heatmap__controls select') as HTMLSelectElement;
    await waitFor(() => expect(layerSelect.value).toBe('1'));
    // Head 1 is a previous-token head: "sat" looks at "cat".
    await expect(canvas.getByRole('button', { name: /^·cat: 0\.9/ })).toBeInTheDocument();
  },
};

/** BertViz's model view: every layer and head, with summary scores in each head's label. */
export const HeadGrid: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('gridcell')).toHaveLength(24);
    await expect(canvas.getByRole('button', { name: /^Layer 1, head 1\..*previous token 0\.9/ })).toBeInTheDocument();
  },
};

/** The heatmap of one layer with layer/head menus; the causal mask is hatched, not drawn as 0. */
export const HeatmapWithLayersAndHeads: Story = {
  render: (args) => <AttentionHeatmap data={args.data} defaultSelection={{ layer: 1, heads: [0, 1, 2, 3, 4, 5] }} />,
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('combobox', { name: /Layer/ })).toHaveValue('1');
    await expect(canvas.getByRole('combobox', { name: /Combine heads/ })).toHaveValue('mean');
    canvas.getByRole('grid', { name: /7 query tokens/ }).focus();
    await userEvent.keyboard('{End}');
    await expect(canvas.getByRole('gridcell')).toHaveTextContent('“The” → “.”: masked');
  },
};

/** The token strip: the text shaded by attention from the focused token. */
export const TokenStrip: Story = {
  render: (args) => <AttentionTokenStrip data={args.data} defaultSelection={{ heads: [0], focusedToken: 3 }} />,
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: /^·mat/ }));
    await expect(canvas.getByText(/how much “·mat” attends/)).toBeInTheDocument();
  },
};

/** BertViz's head view: lines from queries to keys, one colour per head. */
export const Lines: Story = {
  render: (args) => <AttentionLines data={args.data} defaultSelection={{ heads: [0, 1, 2] }} />,
};

/** Korean SentencePiece tokens (▁ marks a word start), dark theme. */
export const KoreanDark: Story = {
  render: () => <Linked data={korean} locale="ko" />,
  globals: { theme: 'dark', locale: 'ko' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('grid', { name: /3개 층 × 4개 헤드/ })).toBeInTheDocument();
  },
};

/** Bad data (a negative weight) is named in an inline error. */
export const InvalidData: Story = {
  args: { data: { ...gpt2, weights: Float32Array.from(gpt2.weights, (v, i) => (i === 5 ? -1 : v)) } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('weights[0][0][0][5] is -1');
  },
};

const wordPiece = sampleModel(['[CLS]', 'the', 'students', 'play', '##ed', 'soc', '##cer', '[SEP]'], {
  layers: 3,
  heads: 4,
  causal: false,
  seed: 9,
});

/** BERT-style WordPiece tokens: hide [CLS]/[SEP] (rows renormalised), pool ## pieces into words, or roll attention out through the layers. */
export const TokenOptions: Story = {
  render: () => <AttentionHeatmap data={wordPiece} defaultSelection={{ layer: 2 }} />,
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('grid', { name: /8 query tokens/ })).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Whole words' }));
    await expect(canvas.getByRole('grid', { name: /6 query tokens/ })).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Hide special tokens' }));
    await expect(canvas.getByRole('grid', { name: /4 query tokens/ })).toBeInTheDocument();
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Combine layers' }), 'rollout');
    await expect(canvas.getByRole('combobox', { name: 'Combine layers' })).toHaveValue('rollout');
  },
};

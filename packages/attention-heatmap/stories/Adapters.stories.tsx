import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import {
  AttentionHeadGrid,
  AttentionHeatmap,
  AttentionLines,
  fromBertViz,
  fromCircuitsVis,
  fromHuggingFace,
} from '../src/index.js';
import hf from './fixtures/hf-attentions.json';
import { Caption, LinkedViews, StoryFrame } from './LinkedViews.js';
import { nestedLayers, seededHeads } from './synthetic.js';

// ── Hugging Face: the tuple from `output_attentions=True`, written by
//    json.dumps([a.tolist() for a in out.attentions]) → [layers][batch][heads][q][k].
const huggingFace = fromHuggingFace(hf.attentions, hf.tokens, { model: hf.model, note: hf.description });

// ── CircuitsVis: `attention_heads(tokens=…, attention=…)` with attention [heads][dest][src].
const gpt2Tokens = ['<|endoftext|>', 'When', 'ĠMary', 'Ġand', 'ĠJohn', 'Ġwent', 'Ġto', 'Ġthe', 'Ġstore', ','];
const circuitsVis = fromCircuitsVis(
  { tokens: gpt2Tokens, attention: seededHeads(gpt2Tokens.length, gpt2Tokens.length, 4, 31, true), maskUpperTri: true },
  { model: 'synthetic, GPT-2 tokens' },
);

// ── BertViz head_view/model_view with a sentence pair (sentence_b_start).
const pairTokens = ['[CLS]', 'the', 'cat', 'sat', 'on', 'the', 'mat', '[SEP]', 'it', 'was', 'tired', '[SEP]'];
const bertVizPair = fromBertViz(
  { attention: nestedLayers(3, 4, pairTokens.length, pairTokens.length, 41), tokens: pairTokens, sentence_b_start: 8 },
  { model: 'synthetic, bert-base-uncased tokens' },
);

// ── BertViz encoder-decoder: encoder, decoder (causal) and cross attention (a translation).
const encoderTokens = ['▁The', '▁cat', '▁sat', '▁on', '▁the', '▁mat', '.', '</s>'];
const decoderTokens = ['<pad>', '▁고양이가', '▁매트', '▁위에', '▁앉았다', '.'];
const encoderDecoder = fromBertViz(
  {
    encoder_attention: nestedLayers(2, 4, encoderTokens.length, encoderTokens.length, 51),
    decoder_attention: nestedLayers(2, 4, decoderTokens.length, decoderTokens.length, 61, true),
    cross_attention: nestedLayers(2, 4, decoderTokens.length, encoderTokens.length, 71),
    encoder_tokens: encoderTokens,
    decoder_tokens: decoderTokens,
  },
  { model: 'synthetic, Marian/T5-style tokens' },
);

const meta = {
  title: 'Attention/Adapters',
  component: AttentionHeadGrid,
  args: { data: huggingFace },
  parameters: {
    docs: {
      description: {
        component:
          'Real-model attention arrives in the shapes of the tools researchers use: Hugging Face `output_attentions`, CircuitsVis, BertViz. Each adapter turns it into one `AttentionData`. The values in these stories are synthetic (seeded) in each tool’s exact layout, and labelled so.',
      },
    },
  },
} satisfies Meta<typeof AttentionHeadGrid>;
export default meta;
type Story = StoryObj<typeof meta>;

/** `fromHuggingFace(json, tokens)` on a nested-array fixture shaped [layers][batch][heads][q][k]. */
export const HuggingFace: Story = {
  render: (args) => (
    <LinkedViews
      data={args.data}
      initial={{ heads: [0], focusedToken: 2 }}
      caption={
        <Caption>
          <code>fromHuggingFace(attentions, tokens)</code> with <code>attentions</code> from{' '}
          <code>json.dumps([a.tolist() for a in out.attentions])</code>: 2 layers × batch 1 × 3 heads × 8 × 8. Values
          synthetic (seeded): head 1 looks at the next token, head 2 at [CLS]/[SEP], head 3 at the same word.
        </Caption>
      }
    />
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('grid', { name: /2 layers × 3 heads/ })).toBeInTheDocument();
    await expect(huggingFace.shape).toEqual([2, 3, 8, 8]);
    // Head 1 attends to the next token: "cat" (row 2) looks at "sat".
    await expect(canvas.getAllByRole('button', { name: /^sat: 0\.[5-9]/ }).length).toBeGreaterThan(0);
  },
};

/** `fromCircuitsVis({ tokens, attention, maskUpperTri })`: one layer of GPT-2-style causal heads. */
export const CircuitsVis: Story = {
  args: { data: circuitsVis },
  render: (args) => (
    <LinkedViews
      data={args.data}
      initial={{ heads: [0], focusedToken: 4 }}
      caption={
        <Caption>
          <code>fromCircuitsVis({'{ tokens, attention }'})</code>, attention <code>[heads][dest][src]</code> as
          CircuitsVis’s <code>attention_heads</code> takes it; <code>maskUpperTri</code> → causal. Values synthetic.
          GPT-2 byte-level tokens (Ġ = space) are shown readably.
        </Caption>
      }
    />
  ),
  play: async ({ canvas }) => {
    await expect(circuitsVis.metadata?.causal).toBe(true);
    await expect(canvas.getByRole('grid', { name: /1 layer × 4 heads/ })).toBeInTheDocument();
    await expect(canvas.getAllByRole('button', { name: /^·Mary: / }).length).toBeGreaterThan(0);
  },
};

/** `fromBertViz({ attention, tokens, sentence_b_start })`: a sentence pair, BERT-style. */
export const BertVizSentencePair: Story = {
  args: { data: bertVizPair },
  render: (args) => (
    <LinkedViews
      data={args.data}
      initial={{ heads: [0, 1], focusedToken: 9 }}
      caption={
        <Caption>
          <code>fromBertViz({'{ attention, tokens, sentence_b_start: 8 }'})</code>: sentence A “the cat sat on the mat”,
          sentence B “it was tired” (starts at token {(args.data.metadata?.sentenceBStart ?? 0) + 1}). Values synthetic.
        </Caption>
      }
    />
  ),
  play: async ({ canvas }) => {
    await expect(bertVizPair.metadata?.sentenceBStart).toBe(8);
    await expect(canvas.getByRole('grid', { name: /3 layers × 4 heads/ })).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: /^Layer 3, head 2\./ }));
    await expect(canvas.getByRole('button', { name: /^Layer 3, head 2\./ })).toHaveAttribute('aria-pressed', 'true');
  },
};

/** `fromBertViz({ encoder_attention, decoder_attention, cross_attention, … })`: the three attentions of a translation model. */
export const BertVizEncoderDecoder: Story = {
  render: () => (
    <StoryFrame>
      <Caption>
        <code>fromBertViz</code> with an encoder-decoder model’s three attentions (English → Korean translation, values
        synthetic): the encoder reads the source bidirectionally, the decoder is causal, and cross attention lets each
        Korean token look at the English words.
      </Caption>
      <h3 style={{ margin: 0, fontSize: 15 }}>Encoder self-attention (bidirectional)</h3>
      <AttentionHeatmap data={encoderDecoder.encoder} showControls={false} />
      <h3 style={{ margin: 0, fontSize: 15 }}>Decoder self-attention (causal)</h3>
      <AttentionHeatmap data={encoderDecoder.decoder} showControls={false} />
      <h3 style={{ margin: 0, fontSize: 15 }}>Cross attention (decoder → encoder)</h3>
      <AttentionHeatmap data={encoderDecoder.cross} />
      <AttentionLines data={encoderDecoder.cross!} defaultSelection={{ heads: [0, 1] }} />
    </StoryFrame>
  ),
  play: async ({ canvas }) => {
    await expect(encoderDecoder.decoder?.metadata?.causal).toBe(true);
    await expect(encoderDecoder.cross?.shape).toEqual([2, 4, 6, 8]);
    await expect(canvas.getByRole('grid', { name: /6 query tokens × 8 key tokens/ })).toBeInTheDocument();
    await expect(canvas.getByRole('grid', { name: /6 query tokens × 6 key tokens/ })).toBeInTheDocument();
    await expect(canvas.getByRole('grid', { name: /8 query tokens × 8 key tokens/ })).toBeInTheDocument();
  },
};

/** The Hugging Face example with Korean labels in the dark theme. */
export const HuggingFaceKoreanDark: Story = {
  render: (args) => <LinkedViews data={args.data} initial={{ heads: [1], focusedToken: 3 }} />,
  globals: { theme: 'dark', locale: 'ko' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('grid', { name: /2개 층 × 3개 헤드/ })).toBeInTheDocument();
  },
};

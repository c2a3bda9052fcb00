import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ChunkView } from '../src/index.js';

const TEXT =
  'Retrieval-augmented generation looks things up before answering. A retriever ranks chunks of a corpus against the question. ' +
  'The best chunks are pasted into the prompt as context. The model then answers from that context, citing it.';

const meta: Meta<typeof ChunkView> = {
  title: 'Retrieval/ChunkView',
  component: ChunkView,
  args: { text: TEXT, options: { by: 'characters', size: 80, overlap: 20 } },
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj<typeof ChunkView>;

/** 80-character chunks with 20 characters of overlap (striped). */
export const Characters: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/4 chunks/)).toBeInTheDocument();
  },
};

/** Two sentences per chunk, one repeated. */
export const Sentences: Story = { args: { options: { by: 'sentences', size: 2, overlap: 1 } } };

/** Korean text, dark theme. */
export const KoreanDark: Story = {
  globals: { locale: 'ko', theme: 'dark' },
  args: {
    locale: 'ko',
    theme: 'dark',
    text: '검색 증강 생성은 답하기 전에 자료를 찾습니다. 검색기는 질문과 비슷한 청크를 고릅니다. 고른 청크는 프롬프트에 들어갑니다.',
    options: { by: 'sentences', size: 1 },
  },
};

/** An overlap as large as the chunk: a message with its code instead of a blank box. */
export const OverlapTooLarge: Story = {
  args: { options: { size: 10, overlap: 10 } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('INVALID_ARGUMENT');
  },
};

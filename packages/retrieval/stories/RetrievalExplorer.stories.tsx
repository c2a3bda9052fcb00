import type { Meta, StoryObj } from '@storybook/react-vite';
import { wasmPaths } from '@tensorscope/tensor-core/wasm-paths';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { WordVectors } from '../src/core/index.js';
import { RetrievalExplorer } from '../src/index.js';
import { loadGloveWords } from './gloveData.js';

const runtimeOptions = { wasmPaths };
const BUILD = { timeout: 60_000 };

const meta: Meta<typeof RetrievalExplorer> = {
  title: 'Retrieval/RetrievalExplorer',
  component: RetrievalExplorer,
  args: { runtimeOptions },
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj<typeof RetrievalExplorer>;

/** Waits for the three lists of a search and returns the keyword list. */
const listsReady = async (canvasElement: HTMLElement, keyword = 'Keyword (BM25)') => {
  const canvas = within(canvasElement);
  const list = await canvas.findByRole('region', { name: keyword }, BUILD);
  await waitFor(() => expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(0), BUILD);
  return list;
};

/**
 * The built-in bilingual corpus, a question searched three ways, the prompt it would make, and
 * recall@5 / MRR measured on the labelled questions in this browser.
 */
export const Default: Story = {
  args: { initialQuery: 'memory bandwidth limits token generation speed' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await listsReady(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Hybrid (RRF)' })).toBeInTheDocument();
    await waitFor(() => expect(canvas.getByText(/Recall@5 and MRR per retriever/)).toBeInTheDocument(), BUILD);
    // The tokenizer (about 1 MB gzip) loads after the index: wait for the prompt's count.
    await waitFor(() => expect(canvas.getByText(/tokens \(o200k_base\)/)).toBeInTheDocument(), BUILD);
  },
};

/**
 * A paraphrase: no word of the question occurs in its answer (a passage about memory bandwidth), so
 * BM25 finds nothing relevant; watch where the vector lists put it.
 */
export const Paraphrase: Story = {
  args: { initialQuery: 'why do phones struggle to run big chatbots quickly', showMap: false },
  play: async ({ canvasElement }) => {
    await listsReady(canvasElement);
  },
};

/** Korean, dark: Korean text matches across particles (character bigrams). */
export const KoreanDark: Story = {
  globals: { locale: 'ko', theme: 'dark' },
  args: { locale: 'ko', theme: 'dark', initialQuery: '어텐션에서 쿼리와 키는 무슨 역할을 하나요?' },
  play: async ({ canvasElement }) => {
    await listsReady(canvasElement, '키워드 (BM25)');
  },
};

/** With English GloVe vectors: the SIF sentence-vector retriever becomes available. */
export const WithGloveSif: Story = {
  loaders: [async () => ({ words: await loadGloveWords() })],
  render: (args, { loaded }) => <RetrievalExplorer {...args} wordVectors={loaded.words as WordVectors} />,
  args: { initialQuery: 'how do graphics cards multiply matrices so fast', showMap: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await listsReady(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: 'SIF GloVe (en)' }));
    await waitFor(() => expect(canvas.getByRole('region', { name: 'Vector (SIF)' })).toBeInTheDocument(), BUILD);
  },
};

/** Your own passages (JSON objects or TSV text); no embedding map, so three.js never loads. */
export const OwnCorpus: Story = {
  args: {
    showMap: false,
    initialQuery: 'coffee',
    passages: [
      { id: 'a', lang: 'en', text: 'Espresso is coffee brewed by forcing hot water through finely ground beans.' },
      { id: 'b', lang: 'en', text: 'Green tea is made from leaves that are not oxidised.' },
      { id: 'c', lang: 'ko', text: '커피는 볶은 원두를 갈아 물로 추출한 음료입니다.' },
      { id: 'd', lang: 'en', text: 'A latte is espresso with steamed milk.' },
    ],
  },
  play: async ({ canvasElement }) => {
    const list = await listsReady(canvasElement);
    await expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('a#1');
  },
};

/** A blank question: a message with its code, and the previous results stay on screen. */
export const BlankQuery: Story = {
  args: { initialQuery: 'What is BM25?', showMap: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await listsReady(canvasElement);
    const box = canvas.getByRole('searchbox');
    await userEvent.clear(box);
    await userEvent.type(box, '   {Enter}');
    await expect(await canvas.findByRole('alert')).toHaveTextContent('EMPTY_INPUT');
    await expect(canvas.getByRole('region', { name: 'Keyword (BM25)' })).toBeInTheDocument();
  },
};

/** A corpus file with a bad row: the message names the row and field. */
export const BadCorpus: Story = {
  args: { passages: 'id\tlang\ttext\nx\tfr\tBonjour', showMap: false },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent(/lang[\s\S]*PARSE_ERROR/);
  },
};

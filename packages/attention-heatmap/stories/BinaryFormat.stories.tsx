import type { Meta, StoryObj } from '@storybook/react-vite';
import { formatNumber } from '@tensorscope/common';
import { useTensorscopeSettings } from '@tensorscope/common/react';
import { useEffect, useMemo, useState } from 'react';
import { expect, userEvent } from 'storybook/test';
import {
  AttentionHeadGrid,
  AttentionHeatmap,
  DEFAULT_SELECTION,
  decodeAttention,
  encodeAttention,
  openAttention,
  type AttentionData,
  type AttentionPrecision,
  type AttentionSelection,
} from '../src/index.js';
import { Caption, StoryFrame } from './LinkedViews.js';
import { sampleModel } from './sampleModel.js';

const WORDS = 'the students played soccer at school after class and then walked home together .'.split(' ');
const TOKENS = Array.from({ length: 48 }, (_, i) => `${i === 0 ? '' : ' '}${WORDS[i % WORDS.length]}`);
const model = sampleModel(TOKENS, { layers: 6, heads: 8, seed: 3 });

/** The same data as Hugging Face JSON (`[layers][batch][heads][q][k]`, full float precision). */
function huggingFaceJson(data: AttentionData): string {
  const [layers, heads, q, k] = data.shape;
  const nested = Array.from({ length: layers }, (_, l) => [
    Array.from({ length: heads }, (_, h) =>
      Array.from({ length: q }, (_, r) =>
        Array.from(data.weights.subarray(((l * heads + h) * q + r) * k, ((l * heads + h) * q + r + 1) * k)),
      ),
    ),
  ]);
  return JSON.stringify(nested);
}

function roundTrip(data: AttentionData, precision: AttentionPrecision) {
  const bytes = encodeAttention(data, { precision });
  const decoded = decodeAttention(bytes);
  let maxError = 0;
  for (let i = 0; i < data.weights.length; i++) {
    maxError = Math.max(maxError, Math.abs((decoded.weights[i] as number) - (data.weights[i] as number)));
  }
  return { bytes: bytes.byteLength, decoded, maxError };
}

function RoundTrip({ precision }: { precision: AttentionPrecision }) {
  const { locale } = useTensorscopeSettings({});
  const result = useMemo(() => {
    const json = new TextEncoder().encode(huggingFaceJson(model)).byteLength;
    return { json, float16: roundTrip(model, 'float16'), uint8: roundTrip(model, 'uint8') };
  }, []);
  const shown = result[precision];
  const kb = (bytes: number) => `${formatNumber(bytes / 1024, locale, { maximumFractionDigits: 1 })} KB`;
  const share = (bytes: number) =>
    formatNumber(bytes / result.json, locale, { style: 'percent', maximumFractionDigits: 1 });
  const cell = { padding: '2px 10px', textAlign: 'right' as const, borderBottom: '1px solid var(--ts-border)' };
  return (
    <StoryFrame gap={12}>
      <Caption>
        <code>encodeAttention(data, {`{ precision: '${precision}' }`})</code> → bytes →{' '}
        <code>decodeAttention(bytes)</code>. {model.shape.join(' × ')} weights (layers × heads × tokens × tokens,
        synthetic), compared with the same data as Hugging Face JSON. The views below show the decoded copy.
      </Caption>
      <table style={{ borderCollapse: 'collapse', width: 'max-content' }}>
        <caption style={{ textAlign: 'left', fontSize: 13, color: 'var(--ts-muted)' }}>
          Size of the same attention
        </caption>
        <thead>
          <tr>
            <th scope="col" style={{ ...cell, textAlign: 'left' }}>
              Format
            </th>
            <th scope="col" style={cell}>
              Bytes
            </th>
            <th scope="col" style={cell}>
              Share of JSON
            </th>
            <th scope="col" style={cell}>
              Largest error after decoding
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row" style={{ ...cell, textAlign: 'left' }}>
              JSON (Hugging Face nested arrays)
            </th>
            <td style={cell}>{kb(result.json)}</td>
            <td style={cell}>{share(result.json)}</td>
            <td style={cell}>—</td>
          </tr>
          {(['float16', 'uint8'] as const).map((p) => (
            <tr key={p} data-precision={p}>
              <th scope="row" style={{ ...cell, textAlign: 'left' }}>
                TSAT {p}
              </th>
              <td style={cell}>{kb(result[p].bytes)}</td>
              <td style={cell}>{share(result[p].bytes)}</td>
              <td style={cell}>{formatNumber(result[p].maxError, locale, { maximumSignificantDigits: 2 })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <AttentionHeadGrid data={shown.decoded} thumbnailSize={40} />
      <AttentionHeatmap data={shown.decoded} />
    </StoryFrame>
  );
}

const meta = {
  title: 'Attention/Binary format',
  component: RoundTrip,
  args: { precision: 'float16' },
  argTypes: { precision: { control: 'inline-radio', options: ['float16', 'uint8'] } },
  parameters: {
    docs: {
      description: {
        component:
          'The compact “TSAT” format: a header with shapes and tokens, then float16 (2 bytes per weight) or per-row quantised uint8 (1 byte). A fraction of the JSON a Python script would write, and decoded in milliseconds.',
      },
    },
  },
} satisfies Meta<typeof RoundTrip>;
export default meta;
type Story = StoryObj<typeof meta>;

/** float16: about an eighth of the JSON, error ≤ 2.4e-4. */
export const Float16RoundTrip: Story = {
  play: async ({ canvas }) => {
    const { bytes, maxError } = roundTrip(model, 'float16');
    const json = new TextEncoder().encode(huggingFaceJson(model)).byteLength;
    await expect(bytes).toBeLessThanOrEqual(json / 4);
    await expect(maxError).toBeLessThanOrEqual(2.5e-4);
    await expect(canvas.getByRole('table', { name: 'Size of the same attention' })).toBeInTheDocument();
    await expect(canvas.getByRole('grid', { name: /6 layers × 8 heads/ })).toBeInTheDocument();
  },
};

/** uint8: a byte per weight, error ≤ row maximum / 510. */
export const Uint8RoundTrip: Story = {
  args: { precision: 'uint8' },
  play: async ({ canvas }) => {
    const { bytes, maxError } = roundTrip(model, 'uint8');
    await expect(bytes).toBeLessThan(roundTrip(model, 'float16').bytes);
    await expect(maxError).toBeLessThanOrEqual(1 / 510 + 1e-6);
    await expect(canvas.getByRole('grid', { name: /6 layers × 8 heads/ })).toBeInTheDocument();
  },
};

/** Korean labels, dark theme. */
export const KoreanDark: Story = {
  globals: { theme: 'dark', locale: 'ko' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('grid', { name: /6개 층 × 8개 헤드/ })).toBeInTheDocument();
  },
};

const LARGE_SHAPE = [12, 12, 512, 512] as const;
let largeExport: Uint8Array | null = null;

/**
 * A synthetic 12 × 12 × 512 × 512 float16 export (75 MB), built once per page: each head attends
 * to a window around the token (its width grows with the head) and to the first token.
 */
function largeExportBytes(): Uint8Array {
  if (largeExport) return largeExport;
  const [layers, heads, n] = LARGE_SHAPE;
  const weights = new Float32Array(layers * heads * n * n);
  for (let lh = 0; lh < layers * heads; lh++) {
    const width = 2 + (lh % heads) * 3 + Math.floor(lh / heads);
    const sink = ((lh * 7) % 10) / 10;
    for (let q = 0; q < n; q++) {
      const row = (lh * n + q) * n;
      let sum = 0;
      for (let k = Math.max(0, q - width + 1); k <= Math.min(n - 1, q + width - 1); k++) {
        const v = width - Math.abs(q - k);
        weights[row + k] = v;
        sum += v;
      }
      weights[row] = (weights[row] as number) + sum * sink;
      sum += sum * sink;
      for (let k = 0; k < n; k++) weights[row + k] = (weights[row + k] as number) / sum;
    }
  }
  const tokens = Array.from({ length: n }, (_, i) => (i === 0 ? '<s>' : ` w${i}`));
  largeExport = encodeAttention({ queryTokens: tokens, keyTokens: tokens, weights, shape: LARGE_SHAPE });
  return largeExport;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function LazyOpen() {
  const { locale } = useTensorscopeSettings({});
  // Building the export is not timed: a user's export arrives as bytes (fetch, file input).
  const bytes = useMemo(largeExportBytes, []);
  const [opened] = useState(() => {
    const start = performance.now();
    const reader = openAttention(bytes);
    return { reader, start, openMs: performance.now() - start };
  });
  const [paintMs, setPaintMs] = useState<number | null>(null);
  const [decodeMs, setDecodeMs] = useState<number | null>(null);
  const [selection, setSelection] = useState<AttentionSelection>(DEFAULT_SELECTION);
  useEffect(() => {
    // Two frames: the second begins once the first frame with the heatmap was produced.
    void nextFrame()
      .then(nextFrame)
      .then(() => setPaintMs(performance.now() - opened.start));
  }, [opened]);
  const ms = (value: number) => `${formatNumber(value, locale, { maximumFractionDigits: 1 })} ms`;
  const mb = formatNumber(bytes.byteLength / 1e6, locale, { maximumFractionDigits: 1 });
  return (
    <StoryFrame gap={12}>
      <Caption>
        <code>openAttention(bytes)</code> reads the header and tokens of a {LARGE_SHAPE.join(' × ')} export ({mb} MB,
        float16, synthetic) without decoding the weights; the views decode only the heads they show (cached), and the
        head grid scores the 144 heads a few at a time.
      </Caption>
      <p className="lazy-timing" style={{ margin: 0 }}>
        {paintMs === null
          ? 'Measuring…'
          : `Opened and painted the first head in ${ms(paintMs)} (openAttention: ${ms(opened.openMs)}).`}{' '}
        <button
          type="button"
          onClick={() => {
            const start = performance.now();
            decodeAttention(bytes);
            setDecodeMs(performance.now() - start);
          }}
        >
          Decode every head, for comparison
        </button>{' '}
        {decodeMs === null ? null : (
          <span className="lazy-decode">decodeAttention of all 144 heads: {ms(decodeMs)}.</span>
        )}
      </p>
      <AttentionHeatmap data={opened.reader} selection={selection} onSelectionChange={setSelection} maxHeight={360} />
      <AttentionHeadGrid
        data={opened.reader}
        selection={selection}
        onSelectionChange={setSelection}
        thumbnailSize={24}
      />
    </StoryFrame>
  );
}

/**
 * A 12 × 12 × 512 × 512 export opened lazily: the first head is on screen in milliseconds (the
 * time is measured and shown), where decoding all 144 heads first would take far longer.
 */
export const LazyLargeExport: Story = {
  render: () => <LazyOpen />,
  play: async ({ canvas }) => {
    const timing = await canvas.findByText(/Opened and painted the first head in/, {}, { timeout: 20_000 });
    await expect(timing.textContent).toMatch(/in [\d.,]+ ms \(openAttention: [\d.,]+ ms\)/);
    await expect(canvas.getByRole('grid', { name: /512 query tokens/ })).toBeInTheDocument();
    await expect(canvas.getByRole('grid', { name: /12 layers × 12 heads/ })).toBeInTheDocument();
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: /Layer/ }), '12');
    await expect(canvas.queryByRole('alert')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Decode every head, for comparison' }));
    await expect(await canvas.findByText(/decodeAttention of all 144 heads: [\d.,]+ ms/)).toBeInTheDocument();
  },
};

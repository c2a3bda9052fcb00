import type { Meta, StoryObj } from '@storybook/react-vite';
import { formatNumber } from '@tensorscope/common';
import { useTensorscopeSettings } from '@tensorscope/common/react';
import { useMemo } from 'react';
import { expect } from 'storybook/test';
import {
  AttentionHeadGrid,
  AttentionHeatmap,
  decodeAttention,
  encodeAttention,
  type AttentionData,
  type AttentionPrecision,
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

import type { Meta, StoryObj } from '@storybook/react-vite';
import { AttentionFileDrop, AttentionHeatmap, type AttentionData } from '@tensorscope/attention-heatmap';
import { useState } from 'react';
import { expect, userEvent, waitFor } from 'storybook/test';
import hf from './fixtures/hf-attentions.json';

/** The drop zone next to a heatmap: a good file replaces the data, a bad one leaves it as it was. */
function DropAndShow({ locale }: { locale?: 'en' | 'ko' }) {
  const [data, setData] = useState<{ name: string; data: AttentionData } | null>(null);
  return (
    <div style={{ display: 'grid', gap: 12, maxWidth: 640 }}>
      <AttentionFileDrop
        locale={locale}
        inputProps={{ 'data-testid': 'attention-file' }}
        onLoad={(loaded, file) => setData({ name: file.name, data: loaded })}
      />
      {data ? <AttentionHeatmap data={data.data} locale={locale} /> : null}
    </div>
  );
}

const meta = {
  title: 'Attention/File drop',
  component: DropAndShow,
} satisfies Meta<typeof DropAndShow>;
export default meta;
type Story = StoryObj<typeof meta>;

const file = (text: string, name: string) => new File([text], name, { type: 'application/json' });

export const LoadThenBadFile: Story = {
  play: async ({ canvas }) => {
    const input = canvas.getByTestId('attention-file');
    await userEvent.upload(input, file(JSON.stringify(hf), 'hf-attentions.json'));
    await expect(
      await canvas.findByText(/Loaded hf-attentions\.json: \d+ layers × \d+ heads × 8 tokens/),
    ).toBeVisible();
    await expect(canvas.getByRole('grid', { name: /8 query tokens/ })).toBeInTheDocument();
    await userEvent.upload(input, file('{"tokens": ["a"], "attention": 5}', 'odd.json'));
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(/odd\.json has "attention" nested 0 deep/));
    // the previous data stays
    await expect(canvas.getByRole('grid', { name: /8 query tokens/ })).toBeInTheDocument();
  },
};

export const Korean: Story = {
  args: { locale: 'ko' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: /내 어텐션 불러오기/ })).toBeInTheDocument();
  },
};

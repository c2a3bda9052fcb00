import type { Meta, StoryObj } from '@storybook/react-vite';
import { Transformer } from '@tensorscope/transformer';
import { expect, userEvent } from 'storybook/test';

const meta = {
  title: 'Transformer/Transformer',
  component: Transformer,
  args: { data: { labels: ['alpha', 'beta', 'gamma'], values: [1, 2.5, 4] } },
} satisfies Meta<typeof Transformer>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The data as a table; Next moves the selection. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Selected: alpha')).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Next' }));
    await expect(canvas.getByText('Selected: beta')).toBeInTheDocument();
  },
};

/** Korean, dark. */
export const KoreanDark: Story = {
  globals: { locale: 'ko', theme: 'dark' },
  args: { locale: 'ko', theme: 'dark' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: '다음' })).toBeInTheDocument();
  },
};

/** Bad data: an inline message with its code, never a blank box. */
export const BadData: Story = {
  args: { data: { labels: ['a', 'b'], values: [1] } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('LENGTH_MISMATCH');
  },
};

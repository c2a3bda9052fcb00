import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import facts from '../../../data/glove/facts.json';
import { WordDistances } from './WordDistances.js';

const meta = {
  title: 'Embeddings/Word distances',
  component: WordDistances,
} satisfies Meta<typeof WordDistances>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Are sports words nearer 'school' or 'today'? Computed live from the 20k-word bundle; the test
 * checks it against the full-precision numbers in data/glove/facts.json (int8 changes them < 0.002).
 */
export const SportsSchoolToday: Story = {
  play: async ({ canvas }) => {
    const school = await canvas.findByTestId('to-school', {}, { timeout: 30_000 });
    const full = facts.sportsNearerSchoolThanToday.full;
    await waitFor(() => expect(Math.abs(Number(school.textContent) - full.meanCosineToSchool)).toBeLessThan(0.002));
    await expect(Math.abs(Number(canvas.getByTestId('to-today').textContent) - full.meanCosineToToday)).toBeLessThan(
      0.002,
    );
    await expect(canvas.getByTestId('nearer-school').textContent).toBe(`${full.wordsNearerSchool} / 45`);
  },
};

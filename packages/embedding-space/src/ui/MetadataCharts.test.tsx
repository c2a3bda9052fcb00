import { useStore } from '@tensorscope/common/react';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmbeddingData } from '../core/embeddingData.js';
import { createExplorerController, type ExplorerController } from '../core/explorerController.js';
import { explorerMessages } from '../explorerMessages.js';
import { brushKey, brushOf, rangeOf, toggleValue } from './chartKeys.js';
import { MetadataCharts } from './MetadataCharts.js';

const data = createEmbeddingData({
  vectors: Array.from({ length: 10 }, (_, i) => [i, 1]),
  labels: Array.from({ length: 10 }, (_, i) => `w${i}`),
  columns: [
    { name: 'topic', values: ['a', 'a', 'a', 'b', 'b', 'c', 'c', 'c', 'c', 'a'] },
    { name: 'rank', values: [0, 1, 2, 3, 4, 5, 6, 7, 8, null] },
  ],
});

function Harness({ controller, locale = 'en' }: { controller: ExplorerController; locale?: 'en' | 'ko' }) {
  const state = useStore(controller.store);
  return <MetadataCharts controller={controller} state={state} messages={explorerMessages[locale]} locale={locale} />;
}

afterEach(cleanup);

describe('MetadataCharts', () => {
  it('brushes a histogram with the keyboard: arrows move, Shift+arrows extend, Escape clears', () => {
    const controller = createExplorerController({ data });
    render(<Harness controller={controller} />);
    const histogram = screen.getByRole('listbox', { name: /rank/ });
    histogram.focus();
    act(() => void fireEvent.keyDown(histogram, { key: 'ArrowRight' }));
    // The first key starts a one-bin brush at the cursor (bin 0: [0, 1)).
    expect(controller.store.getState().view.filters).toEqual({ rank: { range: [0, 1] } });
    act(() => void fireEvent.keyDown(histogram, { key: 'ArrowRight', shiftKey: true }));
    act(() => void fireEvent.keyDown(histogram, { key: 'ArrowRight', shiftKey: true }));
    expect(controller.store.getState().view.filters).toEqual({ rank: { range: [0, 3] } });
    expect(screen.getByTestId('filter-match').textContent).toBe('3 of 10 points match');
    act(() => void fireEvent.keyDown(histogram, { key: 'ArrowRight' }));
    expect(controller.store.getState().view.filters).toEqual({ rank: { range: [1, 4] } });
    // The brushed bins are the selected options, each with its counts.
    const selected = screen.getAllByRole('option', { selected: true, name: /–|to/ });
    expect(selected.map((option) => option.getAttribute('aria-label'))).toEqual([
      '1 to 2: 1 / 1',
      '2 to 3: 1 / 1',
      '3 to 4: 1 / 1',
    ]);
    act(() => void fireEvent.keyDown(histogram, { key: 'Escape' }));
    expect(controller.store.getState().view.filters).toBeUndefined();
  });

  it('toggles bars with Enter and clicks, and says when nothing matches', () => {
    const controller = createExplorerController({ data });
    render(<Harness controller={controller} />);
    const bars = screen.getByRole('listbox', { name: /topic/ });
    bars.focus();
    act(() => void fireEvent.keyDown(bars, { key: 'Enter' }));
    // Bars are ordered by count: a (4), c (4), b (2); the cursor starts on the first.
    expect(controller.store.getState().view.filters).toEqual({ topic: { values: ['a'] } });
    act(() => void fireEvent.keyDown(bars, { key: 'ArrowDown' }));
    act(() => void fireEvent.keyDown(bars, { key: ' ' }));
    expect(controller.store.getState().view.filters).toEqual({ topic: { values: ['a', 'c'] } });
    fireEvent.click(screen.getByRole('option', { name: /^b:/ }));
    expect(controller.store.getState().view.filters).toEqual({ topic: { values: ['b'] } });
    act(() => controller.setFilter('rank', { range: [0, 1] }));
    expect(screen.getByText(/No points match these filters/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(controller.store.getState().view.filters).toBeUndefined();
    expect(screen.queryByText(/No points match/)).toBeNull();
  });

  it('renders on the server in Korean, and nothing without metadata', () => {
    const controller = createExplorerController({ data });
    const html = renderToString(<Harness controller={controller} locale="ko" />);
    expect(html).toContain('메타데이터 필터');
    expect(html).toContain('점 10개 중 10개 일치');
    const bare = createExplorerController({
      data: createEmbeddingData({
        vectors: [
          [1, 0],
          [0, 1],
        ],
      }),
    });
    expect(renderToString(<Harness controller={bare} />)).toBe('');
  });
});

describe('chart helpers', () => {
  const chart = createExplorerController({ data }).store.getState().crossFilter!.charts[1]!;
  if (chart.kind !== 'number') throw new Error('rank is a number column');

  it('converts brushes to ranges and back', () => {
    expect(rangeOf(chart, 2, 4)).toEqual({ range: [2, 5] });
    expect(brushOf(chart, { range: [2, 5] })).toEqual([2, 4]);
    expect(brushOf(chart, { range: [2.5, 4.5] })).toEqual([2, 4]);
    expect(brushOf(chart, undefined)).toBeNull();
  });

  it('answers keys as documented', () => {
    expect(brushKey('ArrowLeft', false, [0, 2], 2, 8)).toEqual({ brush: [0, 2], cursor: 2 });
    expect(brushKey('ArrowLeft', true, [0, 2], 2, 8)).toEqual({ brush: [0, 1], cursor: 1 });
    expect(brushKey('End', false, [0, 2], 2, 8)).toEqual({ brush: [5, 7], cursor: 7 });
    expect(brushKey('Enter', false, [2, 4], 6, 8)).toEqual({ brush: [2, 6], cursor: 6 });
    expect(brushKey('Enter', false, [2, 2], 2, 8)).toEqual({ brush: null, cursor: 2 });
    expect(brushKey('a', false, null, 0, 8)).toBeUndefined();
  });

  it('toggles category values', () => {
    expect(toggleValue(undefined, 'a', false)).toEqual({ values: ['a'] });
    expect(toggleValue({ values: ['a'] }, 'a', false)).toBeNull();
    expect(toggleValue({ values: ['a'] }, 'b', true)).toEqual({ values: ['a', 'b'] });
    expect(toggleValue({ values: ['a'] }, 'a', true)).toBeNull();
  });
});

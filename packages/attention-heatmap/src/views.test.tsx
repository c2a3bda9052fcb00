import { formatNumber } from '@tensorscope/common';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AttentionHeadGrid } from './AttentionHeadGrid.js';
import { AttentionHeatmap } from './AttentionHeatmap.js';
import { AttentionLines } from './AttentionLines.js';
import { AttentionTokenStrip } from './AttentionTokenStrip.js';
import type { AttentionData } from './core/attentionData.js';
import { decodeAttention, encodeAttention, openAttention } from './core/binaryFormat.js';
import { headSummaries, type HeadSummary } from './core/headSummaries.js';
import { randomAttention, withNaN } from './core/testData.js';
import { DEFAULT_SELECTION, type AttentionSelection } from './useAttentionSelection.js';

// 2 layers × 2 heads over 3 tokens; layer 1 head 0 is a previous-token head.
const n = 3;
const weights = new Float32Array(2 * 2 * n * n);
const setRow = (layer: number, head: number, row: number, values: number[]) =>
  weights.set(values, ((layer * 2 + head) * n + row) * n);
for (let l = 0; l < 2; l++)
  for (let h = 0; h < 2; h++) {
    setRow(l, h, 0, [1, 0, 0]);
    setRow(l, h, 1, l === 1 && h === 0 ? [1, 0, 0] : [0.5, 0.5, 0]);
    setRow(l, h, 2, l === 1 && h === 0 ? [0, 1, 0] : [0.2, 0.3, 0.5]);
  }
const data: AttentionData = {
  queryTokens: ['The', 'Ġcat', 'Ġsat'],
  keyTokens: ['The', 'Ġcat', 'Ġsat'],
  weights,
  shape: [2, 2, n, n],
  metadata: { causal: true },
};

describe('attention views', () => {
  it('head grid: one focusable head per layer × head with summary scores, click selects', () => {
    const onSelectionChange = vi.fn();
    render(<AttentionHeadGrid data={data} onSelectionChange={onSelectionChange} />);
    expect(screen.getAllByRole('gridcell')).toHaveLength(4);
    const head = screen.getByRole('button', { name: /^Layer 2, head 1\..*previous token 1/ });
    fireEvent.click(head);
    expect(onSelectionChange).toHaveBeenLastCalledWith(expect.objectContaining({ layer: 1, heads: [0] }));
    expect(head.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: /^Layer 2, head 2\./ }), { shiftKey: true });
    expect(onSelectionChange).toHaveBeenLastCalledWith(expect.objectContaining({ layer: 1, heads: [0, 1] }));
  });

  it('heatmap on model data: readable tokens, menus, masked cells read as masked', () => {
    render(<AttentionHeatmap data={data} width={480} defaultSelection={{ layer: 1 }} />);
    expect(screen.getByRole('combobox', { name: /Layer/ })).toHaveProperty('value', '1');
    const plot = screen.getByRole('grid', { name: /3 query tokens/ });
    fireEvent.keyDown(plot, { key: 'End' });
    expect(screen.getByRole('gridcell').textContent).toBe('“The” → “·sat”: masked');
    fireEvent.change(screen.getByRole('combobox', { name: /Head/ }), { target: { value: 'all' } });
    expect(screen.getByRole('combobox', { name: /Combine heads/ })).toBeTruthy();
  });

  it('heatmap options: hide special tokens, pool subwords into words, rollout', () => {
    const tokens = ['[CLS]', 'play', '##ing', 'ball', '[SEP]'];
    const m = tokens.length;
    const uniform = new Float32Array(2 * 1 * m * m).fill(1 / m);
    const wordPiece: AttentionData = { queryTokens: tokens, keyTokens: tokens, weights: uniform, shape: [2, 1, m, m] };
    render(<AttentionHeatmap data={wordPiece} width={480} />);
    expect(screen.getByRole('grid', { name: /5 query tokens/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Whole words' }));
    expect(screen.getByRole('grid', { name: /4 query tokens/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Hide special tokens' }));
    expect(screen.getByRole('grid', { name: /2 query tokens/ })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Combine layers' }), { target: { value: 'rollout' } });
    // 'playing' gives 2/3 to itself (two pieces pooled); with the residual, 0.5 · 2/3 + 0.5 = 5/6.
    expect(screen.getByRole('gridcell').textContent).toBe('“playing” → “playing”: 0.833');
  });

  it('views share one controlled selection', () => {
    function Linked() {
      const [selection, setSelection] = useState<AttentionSelection>({
        ...DEFAULT_SELECTION,
        layer: 1,
        focusedToken: 2,
      });
      return (
        <>
          <AttentionHeadGrid data={data} selection={selection} onSelectionChange={setSelection} />
          <AttentionTokenStrip data={data} selection={selection} onSelectionChange={setSelection} />
        </>
      );
    }
    render(<Linked />);
    // Layer 2 head 1: "sat" attends fully to "cat".
    expect(screen.getByRole('button', { name: '·cat: 1' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Layer 1, head 1\./ }));
    expect(screen.getByRole('button', { name: '·cat: 0.3' })).toBeTruthy();
  });

  it('lines: legend per head and a focusable query column', () => {
    render(<AttentionLines data={data} defaultSelection={{ heads: [0, 1] }} />);
    expect(screen.getByText('Head 1')).toBeTruthy();
    expect(screen.getByText('Head 2')).toBeTruthy();
    const query = screen.getAllByRole('button').find((b) => b.textContent === '·sat') as HTMLElement;
    fireEvent.click(query);
    expect(query.getAttribute('aria-pressed')).toBe('true');
  });

  it('bad data is an inline error in every view', () => {
    const bad = { ...data, queryTokens: ['only one'] };
    render(<AttentionHeadGrid data={bad} />);
    expect(screen.getByRole('alert').textContent).toContain('There are 1 query tokens but the weights have qLen = 3');
  });
});

describe('attention views on a lazily decoded binary export', () => {
  const model = randomAttention(2, 3, 5, 11);
  const decoded = decodeAttention(encodeAttention(model));

  it('shows the chosen head, and a NaN in another head as an inline error when that head is shown', () => {
    const reader = openAttention(withNaN(model, [1, 2, 3, 4]));
    const { rerender } = render(<AttentionHeatmap data={reader} width={480} defaultSelection={{ layer: 0 }} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('grid', { name: /5 query tokens/ })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: /Layer/ }), { target: { value: '1' } });
    fireEvent.change(screen.getByRole('combobox', { name: /Head/ }), { target: { value: '2' } });
    expect(screen.getByRole('alert').textContent).toContain(
      'weights[1][2][3][4] (layer 1, head 2, counted from 0) is NaN',
    );
    // The last good matrix stays on screen.
    expect(screen.getByRole('grid', { name: /5 query tokens/ })).toBeTruthy();
    rerender(<AttentionTokenStrip data={reader} defaultSelection={{ layer: 1, heads: [2] }} />);
    expect(screen.getByRole('alert').textContent).toContain('layer 1, head 2');
  });

  it('head grid scores every head of a source, the same as of the decoded data', async () => {
    const reader = openAttention(encodeAttention(model));
    render(<AttentionHeadGrid data={reader} />);
    const expected = headSummaries(decoded)[5] as HeadSummary;
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /^Layer 2, head 3\./ }).getAttribute('aria-label')).toContain(
        `first token ${formatNumber(expected.firstToken, 'en', { maximumFractionDigits: 2 })}`,
      ),
    );
  });

  it('heatmap, token strip and lines on a source match the decoded data', () => {
    const reader = openAttention(encodeAttention(model));
    const selection = { layer: 1, heads: [0, 2] };
    const a = render(<AttentionTokenStrip data={reader} defaultSelection={{ ...selection, focusedToken: 3 }} />);
    const fromSource = a.container.textContent;
    a.unmount();
    const b = render(<AttentionTokenStrip data={decoded} defaultSelection={{ ...selection, focusedToken: 3 }} />);
    expect(b.container.textContent).toBe(fromSource);
    b.unmount();
    render(<AttentionLines data={reader} defaultSelection={selection} />);
    expect(screen.getByText('Head 3')).toBeTruthy();
  });
});

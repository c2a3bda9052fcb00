import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AttentionHeatmap } from './AttentionHeatmap.js';

const tokens = ['The', ' cat', ' sat'];
const weights = [
  [1, 0, 0],
  [0.3, 0.7, 0],
  [0.1, 0.6, 0.3],
];

describe('AttentionHeatmap', () => {
  it('labels the plot, draws token axes and reads the focused cell', () => {
    render(<AttentionHeatmap queryTokens={tokens} weights={weights} width={480} />);
    const plot = screen.getByRole('grid', { name: 'Attention weights: 3 query tokens × 3 key tokens' });
    expect(plot.getAttribute('tabindex')).toBe('0');
    expect(screen.getAllByText('·cat').length).toBeGreaterThanOrEqual(2);
    expect(screen.getByRole('gridcell').textContent).toBe('“The” → “The”: 1');
  });

  it('moves the focused cell with the arrow keys and reports it', () => {
    const onFocusCell = vi.fn();
    render(<AttentionHeatmap queryTokens={tokens} weights={weights} width={480} onFocusCell={onFocusCell} />);
    const plot = screen.getByRole('grid');
    fireEvent.keyDown(plot, { key: 'ArrowDown' });
    fireEvent.keyDown(plot, { key: 'ArrowRight' });
    expect(screen.getByRole('gridcell').textContent).toBe('“ cat” → “ cat”: 0.7');
    expect(onFocusCell).toHaveBeenLastCalledWith({ row: 1, column: 1, weight: expect.closeTo(0.7, 5) });
    fireEvent.keyDown(plot, { key: 'End' });
    expect(screen.getByRole('gridcell').textContent).toBe('“ cat” → “ sat”: 0');
  });

  it('shows a tooltip with the full tokens for the hovered cell and clears it on leave', () => {
    const { container } = render(<AttentionHeatmap queryTokens={tokens} weights={weights} width={480} />);
    const canvas = container.querySelector('canvas') as HTMLCanvasElement;
    fireEvent.pointerMove(canvas, { clientX: 1, clientY: 1 });
    expect(screen.getByRole('tooltip').textContent).toBe('“The” → “The”: 1');
    fireEvent.pointerLeave(canvas);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('draws signed scores on a diverging scale with a score legend', () => {
    render(
      <AttentionHeatmap
        queryTokens={['a', 'b']}
        weights={[
          [-1.5, 0.5],
          [2, -0.25],
        ]}
        signed
        width={480}
      />,
    );
    expect(screen.getByText('Score (before softmax)')).toBeTruthy();
    expect(screen.getByText('-2')).toBeTruthy();
    expect(screen.getByRole('gridcell').textContent).toBe('“a” → “b”: 0.5');
  });

  it('speaks Korean', () => {
    render(<AttentionHeatmap queryTokens={tokens} weights={weights} width={480} locale="ko" />);
    expect(screen.getByRole('grid', { name: '어텐션 가중치: 쿼리 토큰 3개 × 키 토큰 3개' })).toBeTruthy();
  });

  it('shows bad input as an inline error and keeps the last good matrix', () => {
    const { rerender } = render(<AttentionHeatmap queryTokens={tokens} weights={weights} width={480} />);
    rerender(<AttentionHeatmap queryTokens={tokens} weights={[[1, 0, 0]]} width={480} />);
    expect(screen.getByRole('alert').textContent).toContain('weights has 1 rows but there are 3 query tokens');
    expect(screen.getByRole('grid', { name: /3 query tokens/ })).toBeTruthy();
  });
});

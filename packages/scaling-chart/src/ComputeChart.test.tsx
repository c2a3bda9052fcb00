import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ComputeChart } from './ComputeChart.js';
import { NOTABLE_MODELS } from './data/notableModels.js';

const withFlops = NOTABLE_MODELS.filter((m) => m.trainingFlops);

describe('ComputeChart', () => {
  it('draws every model with a compute figure and a fitted trend', () => {
    const { container } = render(<ComputeChart width={720} />);
    expect(container.querySelectorAll('.ts-compute-chart__point')).toHaveLength(withFlops.length);
    expect(
      screen.getByRole('button', { name: /^GPT-3 \(OpenAI\), May 28, 2020: 3\.14 × 10²³ FLOP, official/ }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: /^GPT-4 .*estimate \(Epoch: speculative\)/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Llama 3 8B .*derived from cited inputs/ })).toBeTruthy();
    const trend = screen.getByRole('button', {
      name: /^Fitted trend: ×4\.\d per year \(doubling every 5\.\d months\)/,
    });
    fireEvent.mouseEnter(trend);
    const readout = container.querySelector('.ts-compute-chart__readout')!;
    expect(readout.textContent).toMatch(/×4\.\d per year/);
    expect(readout.textContent).toContain('Epoch AI finds 4–5× per year');
    expect(screen.getByText(/No published compute figure: BERT-Base, Mistral 7B/)).toBeTruthy();
  });

  it('refits the trend to the statuses shown', () => {
    render(<ComputeChart width={720} />);
    const before = screen.getByRole('button', { name: /^Fitted trend/ }).getAttribute('aria-label');
    fireEvent.click(screen.getByRole('button', { name: 'estimate' }));
    const after = screen.getByRole('button', { name: /^Fitted trend/ }).getAttribute('aria-label');
    expect(after).not.toBe(before);
    expect(after).toMatch(/, 5 models$/);
  });

  it('speaks Korean', () => {
    render(<ComputeChart width={720} locale="ko" />);
    expect(screen.getByText('주요 AI 모델의 학습 연산량')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^추세: 해마다 ×4\.\d/ })).toBeTruthy();
  });

  it('skips rows without a valid compute value, with a note', () => {
    const rows = [
      ...NOTABLE_MODELS.slice(5, 8),
      { ...NOTABLE_MODELS[6]!, name: 'No compute', trainingFlops: undefined },
      { ...NOTABLE_MODELS[6]!, name: 'Negative', trainingFlops: { ...NOTABLE_MODELS[6]!.trainingFlops!, value: -1 } },
    ];
    const { container } = render(<ComputeChart width={720} models={rows} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('2 rows skipped:');
    expect(alert.textContent).toContain('No compute: missing trainingFlops');
    expect(alert.textContent).toContain('Negative: trainingFlops must be a positive number (got -1)');
    expect(container.querySelectorAll('.ts-compute-chart__point')).toHaveLength(3);
  });
});

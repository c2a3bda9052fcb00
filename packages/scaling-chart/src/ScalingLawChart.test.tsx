import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ScalingLawChart } from './ScalingLawChart.js';

describe('ScalingLawChart', () => {
  it('places dense models on the Chinchilla law and compares them with the optimum', () => {
    const { container } = render(<ScalingLawChart width={720} />);
    expect(container.querySelector('.ts-scaling-law-chart__frontier')?.getAttribute('d')).toMatch(/^M/);
    const gpt3 = screen.getByRole('button', {
      name: /^GPT-3: 175B parameters, 300B tokens \(1\.7 tokens per parameter\)/,
    });
    fireEvent.focus(gpt3);
    expect(container.querySelector('.ts-scaling-law-chart__readout')?.textContent).toMatch(
      /Compute-optimal for the same 3\.15 × 10²³ FLOP/,
    );
    // Mixture-of-experts models and rumours are not placed on a dense-model law.
    expect(screen.queryByRole('button', { name: /^DeepSeek-V3:/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^GPT-4:/ })).toBeNull();
  });

  it('switches law, axis and view', () => {
    render(<ScalingLawChart width={720} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Law' }), { target: { value: 'epoch' } });
    expect(screen.getByText(/agrees with ~20 tokens per parameter/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Parameters' }));
    expect(screen.getByText('D = 1T')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Table' }));
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(11);
  });

  it('speaks Korean', () => {
    render(<ScalingLawChart width={720} locale="ko" law="kaplan" axis="tokens" />);
    expect(screen.getByText('스케일링 법칙: 예측 손실')).toBeTruthy();
    expect(screen.getByText('N = 10억')).toBeTruthy();
  });
});

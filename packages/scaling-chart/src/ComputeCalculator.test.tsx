import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ComputeCalculator } from './ComputeCalculator.js';

describe('ComputeCalculator', () => {
  it('reproduces GPT-3: 10,000 V100 for ~14.8 days, step by step', () => {
    const { container } = render(<ComputeCalculator />);
    const steps = container.querySelector('.ts-compute-calculator__steps')!.textContent!;
    expect(steps).toContain('C = 6 × N × D = 6 × 1.75 × 10¹¹ × 3 × 10¹¹ = 3.15 × 10²³ FLOP');
    expect(steps).toContain('125 × 10¹² FLOP/s × 0.197 = 2.46 × 10¹³ FLOP/s');
    expect(steps).toContain('÷ 10,000 = 14.8 days');
    const check = container.querySelector('.ts-compute-calculator__check')!.textContent!;
    expect(check).toContain('Published: 14.8 days');
    expect(check).toContain('Reproduced.');
  });

  it('reproduces Llama 3.1 405B within its stated ±15 %', () => {
    const { container } = render(<ComputeCalculator preset="llama-3.1-405b" />);
    const check = container.querySelector('.ts-compute-calculator__check')!.textContent!;
    expect(check).toContain('Published: 30.8M GPU-hours');
    expect(check).toMatch(/This calculation: 26\.6M GPU-hours \(-13\.\d %; tolerance ±15 %\)/);
    expect(check).toContain('Reproduced.');
  });

  it('validates fields inline and keeps the last valid result', () => {
    const onEstimate = vi.fn();
    const { container } = render(<ComputeCalculator onEstimate={onEstimate} />);
    const parameters = screen.getByLabelText('Parameters N');
    fireEvent.change(parameters, { target: { value: 'lots' } });
    expect(parameters.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Enter a positive number, e.g. 175B or 1.75e11.');
    expect(screen.getByText(/Showing the last valid result/)).toBeTruthy();
    expect(container.querySelector('.ts-compute-calculator__steps')!.textContent).toContain('3.15 × 10²³ FLOP');
    expect(onEstimate).toHaveBeenLastCalledWith(null);
    fireEvent.change(parameters, { target: { value: '70B' } });
    fireEvent.change(screen.getByLabelText('Utilisation (MFU, %)'), { target: { value: '150' } });
    expect(screen.getByRole('alert').textContent).toContain('at most 100');
    fireEvent.change(screen.getByLabelText('Utilisation (MFU, %)'), { target: { value: '50' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onEstimate.mock.lastCall?.[0]?.flops).toBeCloseTo(6 * 70e9 * 300e9, -10);
  });

  it('computes in Korean units', () => {
    const { container } = render(<ComputeCalculator locale="ko" preset="llama-2-70b" />);
    expect((screen.getByLabelText('파라미터 수 N') as HTMLInputElement).value).toBe('700억');
    expect(container.textContent).toContain('재현됨.');
    fireEvent.change(screen.getByLabelText('파라미터 수 N'), { target: { value: '1,750억' } });
    expect(container.querySelector('.ts-compute-calculator__steps')!.textContent).toContain(
      '6 × 1.75 × 10¹¹ × 2 × 10¹²',
    );
  });
});

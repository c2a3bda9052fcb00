import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OnDeviceCalculator } from './OnDeviceCalculator.js';

const decodeText = (container: HTMLElement) => container.querySelector('[aria-live="polite"]')!.textContent!;

describe('OnDeviceCalculator', () => {
  it('Llama 3.1 8B at Q4_K_M with 8k context on a MacBook Air M2: fits, about 9 tokens/s, step by step', () => {
    const { container } = render(<OnDeviceCalculator />);
    expect(container.textContent).toContain('Fits: 7.03 GB of 12 GB usable.');
    expect(decodeText(container)).toBe('Predicted decode speed: 9.2 tokens/s');
    expect(container.textContent).toContain(
      'KV cache = 2 × 32 layers × 8 KV heads × 128 dims × 8,192 tokens × 2 bytes = 1.07 GB',
    );
  });

  it('a 70B model at FP16 does not fit a 16 GB laptop, and the table says which devices it fits', () => {
    const { container } = render(<OnDeviceCalculator model="llama-3.1-70b" format="fp16" />);
    expect(container.textContent).toMatch(/Does not fit: needs 15\d\.\d GB, 12 GB usable/);
    const row = screen.getByRole('row', { name: /H100 SXM5/ });
    expect(row.textContent).toContain('no');
  });

  it('refuses a context longer than the model supports and keeps the last result', () => {
    const { container } = render(<OnDeviceCalculator model="gemma-2-2b" />);
    const before = decodeText(container);
    fireEvent.change(screen.getByLabelText(/Context/), { target: { value: '999999' } });
    expect(container.textContent).toMatch(/Gemma 2 2B supports at most 8192 tokens/);
    expect(decodeText(container)).toBe(before);
  });

  it('offers this device when measured', () => {
    render(<OnDeviceCalculator yourDevice={{ bandwidthGBs: 40, what: 'wasm host copy', cpu: true }} />);
    expect(screen.getByRole('row', { name: /This device \(measured, wasm host copy\)/ })).toBeTruthy();
  });
});

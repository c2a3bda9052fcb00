import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ACCELERATORS } from './data/accelerators.js';
import { GpuChart } from './GpuChart.js';

describe('GpuChart', () => {
  it('compares dense FP16/BF16 throughput by default', () => {
    const { container } = render(<GpuChart width={720} />);
    expect(container.querySelectorAll('.ts-gpu-chart__bar')).toHaveLength(ACCELERATORS.length);
    expect(
      screen.getByRole('button', { name: /^V100 SXM2 \(2017\): 125 TFLOPS, FP16\/BF16 tensor, dense/ }),
    ).toBeTruthy();
    const h100 = screen.getByRole('button', { name: /^H100 SXM5 \(2022\): 989\.4 TFLOPS/ });
    fireEvent.focus(h100);
    const readout = container.querySelector('.ts-gpu-chart__readout')!;
    expect(readout.textContent).toContain('×3.2 vs A100 SXM4 (derived)');
    expect(readout.querySelector('a')?.getAttribute('href')).toMatch(/^https:\/\//);
  });

  it('labels sparse figures and says what is not published', () => {
    render(<GpuChart width={720} metric="fp16Sparse" />);
    expect(
      screen.getByRole('button', { name: /^A100 SXM4 \(2020\): 624 TFLOPS, FP16\/BF16 tensor, with sparsity/ }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: /^V100 SXM2 \(2017\): .* not published$/ })).toBeTruthy();
    expect(screen.getByText(/With 2:4 structured sparsity/)).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Figure' }), { target: { value: 'memory' } });
    expect(screen.getByRole('button', { name: /^H200 SXM \(2023\): 141 GB/ })).toBeTruthy();
  });

  it('adds the reader’s measured device, and explains a bad measurement inline', () => {
    const { rerender } = render(<GpuChart width={720} yourDevice={{ gflops: 850, backend: 'webgpu' }} />);
    expect(screen.getByRole('button', { name: 'Your device (webgpu): 0.85 TFLOPS, measured' })).toBeTruthy();
    rerender(<GpuChart width={720} yourDevice={{ gflops: Number.NaN, backend: 'webgpu' }} />);
    expect(screen.getByRole('alert').textContent).toContain('gflops must be a positive number');
    expect(screen.queryByRole('button', { name: /Your device/ })).toBeNull();
  });

  it('speaks Korean', () => {
    render(<GpuChart width={720} locale="ko" />);
    expect(screen.getByText('세대별 AI 가속기')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^B200 \(2024\): 2,250 TFLOPS, FP16\/BF16 텐서, 밀집/ })).toBeTruthy();
  });
});

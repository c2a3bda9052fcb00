// @vitest-environment node
import { expect, it } from 'vitest';

it('imports and renders every component on the server without window or document', async () => {
  expect(typeof window).toBe('undefined');
  const { ParameterChart, ComputeChart, GpuChart, ScalingLawChart, ComputeCalculator, OnDeviceCalculator } =
    await import('@tensorscope/scaling-chart');
  await import('@tensorscope/scaling-chart/core');
  const { renderToString } = await import('react-dom/server');

  const parameters = renderToString(<ParameterChart locale="ko" />);
  expect(parameters).toContain('주요 AI 모델의 파라미터 수');
  expect(parameters).toContain('<svg');

  const compute = renderToString(<ComputeChart />);
  expect(compute).toContain('Training compute of notable AI models');
  expect(compute).toMatch(/Fitted trend: ×\d/);

  const gpus = renderToString(<GpuChart yourDevice={{ gflops: 500, backend: 'webgpu' }} theme="dark" />);
  expect(gpus).toContain('H100 SXM5 (2022)');
  expect(gpus).toContain('Your device (webgpu)');

  const laws = renderToString(<ScalingLawChart law="epoch" axis="parameters" />);
  expect(laws).toContain('Scaling laws: predicted loss');
  expect(laws).toContain('ts-scaling-law-chart__frontier');

  const calculator = renderToString(<ComputeCalculator preset="llama-3.1-405b" />);
  expect(calculator).toContain('Training-compute calculator');
  expect(calculator).toContain('Reproduced.');

  const onDevice = renderToString(<OnDeviceCalculator locale="ko" yourDevice={{ bandwidthGBs: 40, what: 'wasm' }} />);
  expect(onDevice).toContain('이 기기에서 돌아갈까?');
  expect(onDevice).toContain('예상 생성 속도');
  expect(renderToString(<OnDeviceCalculator format={'q3' as never} />)).toContain('role="alert"');

  const bad = renderToString(<ParameterChart models={[{ name: 'x' } as never]} />);
  expect(bad).toContain('role="alert"');
});

import { ComputeCalculator, ComputeChart, GpuChart, ParameterChart, ScalingLawChart } from '@tensorscope/scaling-chart';
import type { CHARTS } from './params.js';

/** One scaling chart (or the calculator). */
export default function ChartEmbed({
  chart,
  device,
}: {
  chart: (typeof CHARTS)[number];
  device: { gflops: number; backend: string } | undefined;
}) {
  switch (chart) {
    case 'compute':
      return <ComputeChart />;
    case 'gpu':
      return <GpuChart yourDevice={device} />;
    case 'law':
      return <ScalingLawChart />;
    case 'calculator':
      return <ComputeCalculator />;
    default:
      return <ParameterChart />;
  }
}

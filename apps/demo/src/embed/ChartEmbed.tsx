import { ComputeCalculator, ComputeChart, GpuChart, ParameterChart, ScalingLawChart } from '@tensorscope/scaling-chart';
import type { ScalingChartKind } from '@tensorscope/scaling-chart/element';

/** One scaling chart (or the calculator, starting at `preset`). */
export default function ChartEmbed({
  chart,
  preset,
  device,
}: {
  chart: ScalingChartKind;
  preset?: string | undefined;
  device: { gflops: number; backend: string } | undefined;
}) {
  switch (chart) {
    case 'compute':
      return <ComputeChart />;
    case 'gpu':
      return <GpuChart yourDevice={device} />;
    case 'scaling-law':
      return <ScalingLawChart />;
    case 'calculator':
      return <ComputeCalculator {...(preset ? { preset } : {})} />;
    default:
      return <ParameterChart />;
  }
}

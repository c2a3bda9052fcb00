import { ComputeCalculator, ComputeChart, GpuChart, ParameterChart, ScalingLawChart } from '@tensorscope/scaling-chart';
import { parseChart } from '../attributes.js';
import type { ViewProps } from '../TensorscopeElement.js';

/**
 * One of the scaling charts, chosen by the `chart` attribute. `data`, when given, replaces the
 * built-in records: models (`ModelRecord[]`) for parameters / compute / scaling-law, accelerators
 * (`AcceleratorRecord[]`) for gpu. The charts validate them and show skipped rows inline.
 */
export function View({ data, locale, theme, height, host, emit }: ViewProps) {
  const chart = parseChart(host.getAttribute('chart'));
  const common = { locale, theme };
  const records = Array.isArray(data) ? (data as never[]) : undefined;
  switch (chart) {
    case 'compute':
      return <ComputeChart {...common} {...(height ? { height } : {})} {...(records ? { models: records } : {})} />;
    case 'gpu':
      return <GpuChart {...common} {...(records ? { accelerators: records } : {})} />;
    case 'scaling-law':
      return <ScalingLawChart {...common} {...(height ? { height } : {})} {...(records ? { models: records } : {})} />;
    case 'calculator':
      return (
        <ComputeCalculator
          {...common}
          {...(host.getAttribute('preset') ? { preset: host.getAttribute('preset')! } : {})}
          onEstimate={(estimate) => emit('tensorscope-statechange', { estimate })}
        />
      );
    default:
      return <ParameterChart {...common} {...(height ? { height } : {})} {...(records ? { models: records } : {})} />;
  }
}

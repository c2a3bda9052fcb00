import type { ViewProps } from '@tensorscope/common/element';
import {
  ComputeCalculator,
  ComputeChart,
  GpuChart,
  OnDeviceCalculator,
  ParameterChart,
  ScalingLawChart,
} from '../index.js';
import { DEFAULT_SCALING_CHART, parsePreset, parseScalingChart } from '../core/params.js';

/**
 * One of the scaling charts, chosen by the `chart` attribute. `data`, when given, replaces the
 * built-in records: models (`ModelRecord[]`) for parameters / compute / scaling-law, accelerators
 * (`AcceleratorRecord[]`) for gpu. The charts validate them and show skipped rows inline.
 */
export function View({ data, locale, theme, height, host, emit }: ViewProps) {
  const chart = parseScalingChart(host.getAttribute('chart')) ?? DEFAULT_SCALING_CHART;
  const preset = parsePreset(host.getAttribute('preset'));
  const common = { locale, theme };
  const records = Array.isArray(data) ? (data as never[]) : undefined;
  switch (chart) {
    case 'compute':
      return <ComputeChart {...common} {...(height ? { height } : {})} {...(records ? { models: records } : {})} />;
    case 'gpu':
      return <GpuChart {...common} {...(records ? { accelerators: records } : {})} />;
    case 'scaling-law':
      return <ScalingLawChart {...common} {...(height ? { height } : {})} {...(records ? { models: records } : {})} />;
    case 'on-device':
      return <OnDeviceCalculator {...common} />;
    case 'calculator':
      return (
        <ComputeCalculator
          {...common}
          {...(preset ? { preset } : {})}
          onEstimate={(estimate) => emit('tensorscope-statechange', { estimate })}
        />
      );
    default:
      return <ParameterChart {...common} {...(height ? { height } : {})} {...(records ? { models: records } : {})} />;
  }
}

import type { Locale } from '@tensorscope/common';
import { ComputeCalculator, ComputeChart, GpuChart, ParameterChart, ScalingLawChart } from '@tensorscope/scaling-chart';
import { messages } from '../messages.js';
import { useMarkReady } from '../shell.js';
import type { Measured } from './GpuSection.js';

/** Section 7: parameters, compute, GPUs (with this device), scaling laws, the compute calculator. */
export default function ScaleSection({ locale, measured }: { locale: Locale; measured: Measured | null }) {
  const t = messages[locale];
  useMarkReady(true);
  return (
    <>
      <ParameterChart />
      <p className="muted">{t.scaleComputeText}</p>
      <ComputeChart />
      <p className="muted">{t.scaleGpuText}</p>
      <GpuChart yourDevice={measured ?? undefined} />
      <p className="muted">{t.scaleLawText}</p>
      <ScalingLawChart />
      <p className="muted">{t.scaleCalculatorText}</p>
      <ComputeCalculator />
    </>
  );
}

import { formatNumber, interpolate, type Locale } from '@tensorscope/common';
import type { ThroughputResult } from '@tensorscope/tensor-core';
import { BackendReport, DATASHEET_PEAKS, ThroughputMeter, useTensorRuntime } from '@tensorscope/tensor-core/react';
import { useState } from 'react';
import { messages } from '../messages.js';
import { RUNTIME_OPTIONS } from '../runtimeOptions.js';
import { useMarkReady } from '../shell.js';

export interface Measured {
  gflops: number;
  backend: string;
}

const H100 = DATASHEET_PEAKS.find((peak) => peak.name.includes('H100'));

/** Section 1: which backend this browser gives, and how fast it multiplies matrices. */
export default function GpuSection({ locale, onMeasured }: { locale: Locale; onMeasured: (m: Measured) => void }) {
  const t = messages[locale];
  const runtime = useTensorRuntime(RUNTIME_OPTIONS);
  const [results, setResults] = useState<readonly ThroughputResult[]>([]);
  useMarkReady(runtime.status !== 'loading');
  const round = (value: number) => formatNumber(value, locale, { maximumSignificantDigits: 3 });
  const best = [...results].sort((a, b) => b.gflops - a.gflops)[0];
  const cpu = results.find((r) => r.backend === 'cpu');
  const h100Peak = H100?.gflops ?? 989_400;
  return (
    <>
      <BackendReport options={RUNTIME_OPTIONS} />
      <p className="muted">{t.gpuMeasureText}</p>
      <ThroughputMeter
        runtimeOptions={RUNTIME_OPTIONS}
        onResult={(next) => {
          setResults(next);
          const fastest = [...next].sort((a, b) => b.gflops - a.gflops)[0];
          if (fastest) onMeasured({ gflops: fastest.gflops, backend: fastest.backend });
        }}
      />
      {best ? (
        <p data-testid="serial-parallel">
          {interpolate(cpu && cpu !== best ? t.gpuSerial : t.gpuSerialNoCpu, {
            backend: best.backend,
            gflops: round(best.gflops),
            cpu: cpu ? round(cpu.gflops) : '',
            ratio: cpu ? round(best.gflops / cpu.gflops) : '',
            h100Peak: formatNumber(h100Peak, locale),
            h100: round(h100Peak / best.gflops),
          })}
        </p>
      ) : null}
    </>
  );
}

import type { Locale } from '@tensorscope/common';
import type { TrainingRunInput } from '../core/calculator.js';
import { SOURCES } from './sources.js';

/** A published training run the calculator can reproduce, with what was published and the tolerance. */
export interface TrainingRunPreset {
  id: string;
  name: string;
  /** Name of the accelerator in {@link ACCELERATORS} whose dense FP16/BF16 peak is used. */
  accelerator: string;
  input: TrainingRunInput;
  /** The published outcome to compare with: wall-clock days or accelerator-hours. */
  published: { quantity: 'wallClockDays' | 'acceleratorHours'; value: number; source: string };
  /** Largest relative difference from `published` that counts as reproduced (0.05 = ±5 %). */
  tolerance: number;
  /** Where the inputs come from, and why the tolerance is what it is, per locale. */
  note: Readonly<Record<Locale, string>>;
}

/** Published runs: GPT-3 (the run behind the "10,000 GPUs" story), Llama 2 70B and Llama 3.1 405B. */
export const TRAINING_RUN_PRESETS: readonly TrainingRunPreset[] = [
  {
    id: 'gpt-3',
    name: 'GPT-3 175B',
    accelerator: 'V100 SXM2',
    input: { parameters: 175e9, tokens: 300e9, peakTflops: 125, accelerators: 10_000, utilisation: 0.197 },
    published: { quantity: 'wallClockDays', value: 14.8, source: SOURCES.patterson },
    tolerance: 0.05,
    note: {
      en: '10,000 V100 for 14.8 days (Patterson et al. 2021, via Epoch AI); utilisation 0.197 is Epoch’s MFU for this run, so this checks the arithmetic.',
      ko: 'V100 1만 개로 14.8일 (Patterson 외 2021, Epoch AI 경유). 활용률 0.197은 Epoch가 이 학습에서 구한 MFU이므로, 이 사례는 계산 과정을 확인합니다.',
    },
  },
  {
    id: 'llama-2-70b',
    name: 'Llama 2 70B',
    accelerator: 'A100 SXM4',
    input: { parameters: 70e9, tokens: 2e12, peakTflops: 312, accelerators: 1000, utilisation: 0.419 },
    published: { quantity: 'acceleratorHours', value: 1_720_320, source: SOURCES.llama2 },
    tolerance: 0.05,
    note: {
      en: '1,720,320 A100-80GB GPU-hours (model card); utilisation 0.419 is Epoch’s MFU.',
      ko: 'A100-80GB 1,720,320 GPU-시간 (모델 카드). 활용률 0.419는 Epoch의 MFU입니다.',
    },
  },
  {
    id: 'llama-3.1-405b',
    name: 'Llama 3.1 405B',
    accelerator: 'H100 SXM5',
    input: { parameters: 405e9, tokens: 15.6e12, peakTflops: 989.4, accelerators: 16_384, utilisation: 0.4 },
    published: { quantity: 'acceleratorHours', value: 30.84e6, source: SOURCES.llama31 },
    tolerance: 0.15,
    note: {
      en: '30.84M H100 GPU-hours (model card). Utilisation 0.40 (Epoch; Meta reports 38–43 % MFU) is measured on training steps, while the published hours also include restarts, checkpoints and slower phases, so 6·N·D comes out ~14 % lower.',
      ko: 'H100 3,084만 GPU-시간 (모델 카드). 활용률 0.40(Epoch, Meta 보고 38–43 %)은 학습 단계에서 잰 값이고, 공개된 시간에는 재시작·체크포인트·느린 구간이 포함되어 6·N·D 계산이 약 14 % 적게 나옵니다.',
    },
  },
];

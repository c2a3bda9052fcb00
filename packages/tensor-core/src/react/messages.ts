import type { MessageCatalog } from '@tensorscope/common';

export type BackendReportMessage =
  | 'title'
  | 'detecting'
  | 'chosen'
  | 'adapter'
  | 'software'
  | 'attempts'
  | 'selected'
  | 'skipped'
  | 'failed'
  | 'noAdapter'
  | 'noGpuFound';

export const messages: MessageCatalog<BackendReportMessage> = {
  en: {
    title: 'Compute backend',
    detecting: 'Detecting the fastest backend in this browser…',
    chosen: 'Running on',
    adapter: 'GPU',
    software: 'software emulation',
    attempts: 'What was tried',
    selected: 'selected',
    skipped: 'skipped',
    failed: 'failed',
    noAdapter: 'not used for compute',
    noGpuFound: 'none found',
  },
  ko: {
    title: '연산 백엔드',
    detecting: '이 브라우저에서 가장 빠른 백엔드를 찾는 중…',
    chosen: '사용 중인 백엔드',
    adapter: 'GPU',
    software: '소프트웨어 에뮬레이션',
    attempts: '시도한 백엔드',
    selected: '선택됨',
    skipped: '건너뜀',
    failed: '실패',
    noAdapter: '연산에 사용하지 않음',
    noGpuFound: '찾지 못함',
  },
};

export const backendLabels: Record<string, string> = {
  webgpu: 'WebGPU',
  webgl: 'WebGL',
  wasm: 'WebAssembly (wasm)',
  cpu: 'CPU (JavaScript)',
};

export type ThroughputMessage =
  | 'meterTitle'
  | 'measure'
  | 'cancel'
  | 'measuring'
  | 'cancelled'
  | 'measured'
  | 'datasheet'
  | 'unit'
  | 'times'
  | 'unavailable'
  | 'explain'
  | 'software';

export const throughputMessages: MessageCatalog<ThroughputMessage> = {
  en: {
    meterTitle: 'GPU vs CPU: matrix multiplication speed',
    measure: 'Measure this device',
    cancel: 'Cancel',
    measuring: 'Measuring {backend}… run {done} of {total}',
    cancelled: 'Measurement cancelled.',
    measured: 'measured here',
    datasheet: 'datasheet peak, not measured',
    unit: 'GFLOP/s (billion operations per second, log scale)',
    times: '{name}’s datasheet peak is {ratio}× your fastest measured backend.',
    unavailable: 'not available: {reason}',
    explain:
      'Each bar multiplies two n × n matrices (2·n³ operations) several times and reports the median. GPUs do thousands of multiply-adds in parallel; a CPU core does a few at a time.',
    software: 'software-emulated GPU',
  },
  ko: {
    meterTitle: 'GPU 대 CPU: 행렬 곱셈 속도',
    measure: '이 기기 측정하기',
    cancel: '취소',
    measuring: '{backend} 측정 중… {total}번 중 {done}번째',
    cancelled: '측정을 취소했습니다.',
    measured: '이 기기에서 측정',
    datasheet: '데이터시트 최대치 (측정값 아님)',
    unit: 'GFLOP/s (초당 10억 번 연산, 로그 눈금)',
    times: '{name}의 데이터시트 최대치는 이 기기에서 가장 빠른 백엔드의 {ratio}배입니다.',
    unavailable: '사용할 수 없음: {reason}',
    explain:
      '각 막대는 n × n 행렬 두 개의 곱(2·n³ 번 연산)을 여러 번 계산한 중앙값입니다. GPU는 수천 개의 곱셈·덧셈을 동시에 하고, CPU 코어는 한 번에 몇 개만 합니다.',
    software: '소프트웨어로 흉내 낸 GPU',
  },
};

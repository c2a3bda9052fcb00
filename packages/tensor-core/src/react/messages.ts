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

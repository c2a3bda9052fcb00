import type { MessageCatalog } from '@tensorscope/common';

export type DemoMessage =
  | 'title'
  | 'tagline'
  | 'language'
  | 'theme'
  | 'light'
  | 'dark'
  | 'gpuTitle'
  | 'gpuText'
  | 'attentionTitle'
  | 'attentionText'
  | 'attentionComputing'
  | 'attentionSource'
  | 'vectorsTitle'
  | 'vectorsText'
  | 'scaleTitle'
  | 'scaleText';

export const messages: MessageCatalog<DemoMessage> = {
  en: {
    title: 'tensorscope',
    tagline: 'How modern AI works — explore it, don’t just read about it.',
    language: '한국어',
    theme: 'Theme',
    light: 'Light',
    dark: 'Dark',
    gpuTitle: '1. Your browser’s compute',
    gpuText:
      'AI is mostly matrix multiplication. tensor-core tries WebGPU, WebGL, WebAssembly and plain JavaScript in turn, and tells you which one this device gave it — and why.',
    attentionTitle: '2. Attention',
    attentionText:
      'Attention scores how related each word is to every other word: softmax(QKᵀ/√d). Each row shows where one word “looks”.',
    attentionComputing: 'Computing attention…',
    attentionSource:
      'Computed live by tensor-core on the “{backend}” backend from seeded random query/key vectors (d = 16), with a causal mask — real arithmetic, not a trained model.',
    vectorsTitle: '3. Words as vectors',
    vectorsText:
      'A word becomes a list of numbers; related words end up close together. These 21 illustrative points are placed by hand in three groups — drag to rotate.',
    scaleTitle: '4. Scale',
    scaleText:
      'Parameter counts grew ten-thousand-fold in eight years. Every point has a source; estimates are hollow and rumours dashed.',
  },
  ko: {
    title: 'tensorscope',
    tagline: '현대 AI가 어떻게 동작하는지, 읽기만 하지 말고 직접 만져 보세요.',
    language: 'English',
    theme: '테마',
    light: '밝게',
    dark: '어둡게',
    gpuTitle: '1. 내 브라우저의 연산 능력',
    gpuText:
      'AI 연산의 대부분은 행렬 곱셈입니다. tensor-core는 WebGPU, WebGL, WebAssembly, 순수 JavaScript를 차례로 시도하고, 이 기기에서 무엇을 쓰게 되었는지와 그 이유를 알려 줍니다.',
    attentionTitle: '2. 어텐션',
    attentionText:
      '어텐션은 각 단어가 다른 모든 단어와 얼마나 관련 있는지를 점수로 매깁니다: softmax(QKᵀ/√d). 각 행은 한 단어가 어디를 “보는지” 보여 줍니다.',
    attentionComputing: '어텐션 계산 중…',
    attentionSource:
      'tensor-core가 “{backend}” 백엔드에서 시드 고정 난수 쿼리·키 벡터(d = 16)와 인과 마스크로 직접 계산한 값입니다. 학습된 모델이 아니라 실제 연산입니다.',
    vectorsTitle: '3. 벡터로서의 단어',
    vectorsText:
      '단어는 숫자의 목록이 되고, 관련된 단어끼리 가까이 모입니다. 아래 21개 점은 세 그룹으로 직접 배치한 예시입니다. 드래그해서 돌려 보세요.',
    scaleTitle: '4. 규모',
    scaleText:
      '8년 만에 파라미터 수가 1만 배 넘게 늘었습니다. 모든 점에 출처가 있고, 추정치는 속이 빈 원, 소문은 점선으로 표시합니다.',
  },
};

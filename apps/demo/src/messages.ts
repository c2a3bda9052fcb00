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
  | 'gpuMeasureText'
  | 'attentionTitle'
  | 'attentionText'
  | 'attentionComputing'
  | 'attentionSource'
  | 'vectorsTitle'
  | 'vectorsText'
  | 'scaleTitle'
  | 'scaleText'
  | 'scaleComputeText'
  | 'scaleGpuText'
  | 'scaleLawText'
  | 'scaleCalculatorText';

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
    gpuMeasureText:
      'Now measure it: the same multiplication on every backend this browser offers, next to the datasheet peaks of data-centre GPUs. Your fastest result also appears as “your device” in the GPU chart below.',
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
      'Published parameter counts grew about three-thousand-fold in seven years (Transformer, 213M, 2017 → DeepSeek-V3, 671B, 2024). Every point has a source; estimates are hollow and rumours dashed.',
    scaleComputeText:
      'Training compute grew faster still: the fitted trend through these models is about four-fold a year, close to Epoch AI’s 4–5× for notable models. Hover over the red line for the growth rate; switch to Linear to see the hockey stick.',
    scaleGpuText:
      'The hardware behind it. Compare dense figures: datasheets headline “with sparsity” numbers that are twice as large. GPT-3 — not ChatGPT — was trained on 10,000 V100s.',
    scaleLawText:
      'Scaling laws predict a model’s loss from its size N and its data D. For each compute budget there is a best split (the red frontier); Chinchilla showed that GPT-3-era models had too little data for their size.',
    scaleCalculatorText:
      'Training compute is about 6 × N × D FLOP. Divide by what the chips sustain and you get GPU-days; the presets reproduce published runs.',
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
    gpuMeasureText:
      '이제 직접 재 봅시다. 이 브라우저의 모든 백엔드에서 같은 곱셈을 하고, 데이터센터 GPU의 데이터시트 최대치와 나란히 보여 줍니다. 가장 빠른 결과는 아래 GPU 차트에도 “내 기기”로 나타납니다.',
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
      '공개된 파라미터 수는 7년 만에 약 3천 배 늘었습니다 (Transformer 2억 1,300만 개, 2017 → DeepSeek-V3 6,710억 개, 2024). 모든 점에 출처가 있고, 추정치는 속이 빈 원, 소문은 점선으로 표시합니다.',
    scaleComputeText:
      '학습 연산량은 그보다 더 빨리 늘었습니다. 이 모델들로 맞춘 추세는 해마다 약 4배로, Epoch AI가 주요 모델에서 찾은 4–5배와 비슷합니다. 빨간 선에 마우스를 올리면 증가율이 보이고, 선형으로 바꾸면 하키 스틱 모양이 보입니다.',
    scaleGpuText:
      '이를 떠받치는 하드웨어입니다. 밀집 수치끼리 비교하세요. 데이터시트는 두 배 큰 “희소성 적용” 수치를 앞세웁니다. 1만 개의 V100으로 학습한 것은 ChatGPT가 아니라 GPT-3입니다.',
    scaleLawText:
      '스케일링 법칙은 모델 크기 N과 데이터 양 D로 손실을 예측합니다. 연산 예산마다 가장 좋은 배분(빨간 경계선)이 있고, Chinchilla는 GPT-3 시대 모델들이 크기에 비해 데이터가 부족했음을 보였습니다.',
    scaleCalculatorText:
      '학습 연산량은 약 6 × N × D FLOP입니다. 칩이 실제로 내는 속도로 나누면 GPU-일이 나오고, 사례 버튼은 실제로 공개된 학습을 재현합니다.',
  },
};

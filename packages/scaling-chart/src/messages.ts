import type { MessageCatalog } from '@tensorscope/common';

export type ScalingMessage =
  | 'parameterTitle'
  | 'parameterAxis'
  | 'gridNote'
  | 'official'
  | 'estimate'
  | 'rumour'
  | 'active'
  | 'brainNeurons'
  | 'skipped'
  | 'pointLabel'
  | 'activeLabel'
  | 'source'
  | 'hint';

export const messages: MessageCatalog<ScalingMessage> = {
  en: {
    parameterTitle: 'Parameters of notable AI models',
    parameterAxis: 'Parameters (log scale)',
    gridNote: 'Each gridline = ×10',
    official: 'official',
    estimate: 'estimate',
    rumour: 'rumour',
    active: 'active per token (mixture of experts)',
    brainNeurons: 'Human brain neurons (~86B)',
    skipped: '{count} rows skipped',
    pointLabel: '{name} ({organisation}), {date}: {parameters} parameters, {status}',
    activeLabel: '{active} active per token',
    source: 'Source',
    hint: 'Tab to a point to read its details.',
  },
  ko: {
    parameterTitle: '주요 AI 모델의 파라미터 수',
    parameterAxis: '파라미터 수 (로그 눈금)',
    gridNote: '눈금선 하나 = ×10',
    official: '공식',
    estimate: '추정',
    rumour: '소문',
    active: '토큰당 활성 파라미터 (전문가 혼합)',
    brainNeurons: '인간 뇌의 뉴런 수 (약 860억)',
    skipped: '{count}개 행을 건너뜀',
    pointLabel: '{name} ({organisation}), {date}: 파라미터 {parameters}개, {status}',
    activeLabel: '토큰당 {active} 활성',
    source: '출처',
    hint: 'Tab 키로 점을 선택하면 자세한 내용을 읽을 수 있습니다.',
  },
};

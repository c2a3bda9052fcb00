import type { MessageCatalog } from '@tensorscope/common';

export type HeatmapMessage =
  'label' | 'roleDescription' | 'queryAxis' | 'keyAxis' | 'legend' | 'notNormalised' | 'cell' | 'hint';

export const messages: MessageCatalog<HeatmapMessage> = {
  en: {
    label: 'Attention weights: {rows} query tokens × {columns} key tokens',
    roleDescription: 'attention heatmap',
    queryAxis: 'Query (attends from)',
    keyAxis: 'Key (attended to)',
    legend: 'Attention weight',
    notNormalised: 'Some rows do not sum to 1, so the weights are shown as given (not normalised).',
    cell: '“{query}” → “{key}”: {value}',
    hint: 'Focus the heatmap and use the arrow keys to read each cell.',
  },
  ko: {
    label: '어텐션 가중치: 쿼리 토큰 {rows}개 × 키 토큰 {columns}개',
    roleDescription: '어텐션 히트맵',
    queryAxis: '쿼리 (주목하는 토큰)',
    keyAxis: '키 (주목받는 토큰)',
    legend: '어텐션 가중치',
    notNormalised: '일부 행의 합이 1이 아니어서 정규화하지 않은 값을 그대로 표시합니다.',
    cell: '“{query}” → “{key}”: {value}',
    hint: '히트맵을 선택한 뒤 화살표 키로 각 칸의 값을 읽을 수 있습니다.',
  },
};

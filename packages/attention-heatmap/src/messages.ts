import type { MessageCatalog } from '@tensorscope/common';

export type HeatmapMessage =
  | 'label'
  | 'roleDescription'
  | 'queryAxis'
  | 'keyAxis'
  | 'legend'
  | 'notNormalised'
  | 'cell'
  | 'hint'
  | 'masked'
  | 'layer'
  | 'head'
  | 'allHeads'
  | 'aggregate'
  | 'mean'
  | 'max'
  | 'sum'
  | 'zoomIn'
  | 'zoomOut'
  | 'fit'
  | 'table'
  | 'tableTooLarge'
  | 'export'
  | 'svgTooLarge'
  | 'locked'
  | 'downsampled'
  | 'scoreLegend'
  | 'layersMode'
  | 'thisLayer'
  | 'allLayers'
  | 'rollout'
  | 'hideSpecial'
  | 'wholeWords';

export const messages: MessageCatalog<HeatmapMessage> = {
  en: {
    label: 'Attention weights: {rows} query tokens × {columns} key tokens',
    roleDescription: 'attention heatmap',
    queryAxis: 'Query (attends from)',
    keyAxis: 'Key (attended to)',
    legend: 'Attention weight',
    notNormalised: 'Some rows do not sum to 1, so the weights are shown as given (not normalised).',
    cell: '“{query}” → “{key}”: {value}',
    hint: 'Focus the heatmap: arrow keys read cells, Enter locks one, Esc clears, + / − zoom, 0 fits. Drag to pan when zoomed; Ctrl + wheel zooms.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit',
    table: 'Table',
    tableTooLarge: 'The table view is for matrices up to {limit} × {limit} tokens.',
    export: 'Export',
    svgTooLarge: 'SVG export is for matrices up to {limit} × {limit} tokens; use PNG or CSV.',
    locked: 'locked (Esc to clear)',
    scoreLegend: 'Score (before softmax)',
    layersMode: 'Combine layers',
    thisLayer: 'this layer',
    allLayers: 'all layers',
    rollout: 'rollout up to this layer',
    hideSpecial: 'Hide special tokens',
    wholeWords: 'Whole words',
    downsampled:
      'Zoomed out: each pixel shows the largest weight of {factor} × {factor} cells. Zoom in for every cell.',
    masked: 'masked',
    layer: 'Layer',
    head: 'Head',
    allHeads: 'All heads',
    aggregate: 'Combine heads by',
    mean: 'mean',
    max: 'max',
    sum: 'sum',
  },
  ko: {
    label: '어텐션 가중치: 쿼리 토큰 {rows}개 × 키 토큰 {columns}개',
    roleDescription: '어텐션 히트맵',
    queryAxis: '쿼리 (주목하는 토큰)',
    keyAxis: '키 (주목받는 토큰)',
    legend: '어텐션 가중치',
    notNormalised: '일부 행의 합이 1이 아니어서 정규화하지 않은 값을 그대로 표시합니다.',
    cell: '“{query}” → “{key}”: {value}',
    hint: '히트맵을 선택한 뒤 화살표 키로 칸을 읽고, Enter로 고정, Esc로 해제, + / −로 확대·축소, 0으로 전체 보기. 확대했을 때 드래그로 이동하고 Ctrl + 휠로 확대합니다.',
    zoomIn: '확대',
    zoomOut: '축소',
    fit: '전체 보기',
    table: '표',
    tableTooLarge: '표 보기는 토큰 {limit} × {limit}개까지의 행렬에서 쓸 수 있습니다.',
    export: '내보내기',
    svgTooLarge: 'SVG 내보내기는 토큰 {limit} × {limit}개까지입니다. PNG나 CSV를 쓰세요.',
    locked: '고정됨 (Esc로 해제)',
    scoreLegend: '점수 (softmax 전)',
    layersMode: '층 합치기',
    thisLayer: '이 층',
    allLayers: '모든 층',
    rollout: '이 층까지 롤아웃',
    hideSpecial: '특수 토큰 숨기기',
    wholeWords: '단어 단위로 묶기',
    downsampled:
      '축소 보기: 한 픽셀이 {factor} × {factor}칸 중 가장 큰 가중치를 보여 줍니다. 확대하면 모든 칸이 보입니다.',
    masked: '마스킹됨',
    layer: '층',
    head: '헤드',
    allHeads: '모든 헤드',
    aggregate: '헤드 합치는 방법',
    mean: '평균',
    max: '최댓값',
    sum: '합',
  },
};

export type GridMessage = 'label' | 'labelOneLayer' | 'axes' | 'layerRow' | 'cell' | 'summary' | 'hint';

export const gridMessages: MessageCatalog<GridMessage> = {
  en: {
    label: 'Attention heads: {layers} layers × {heads} heads',
    labelOneLayer: 'Attention heads: 1 layer × {heads} heads',
    axes: 'Rows: layers (1 = first). Columns: heads.',
    layerRow: 'Layer {layer}',
    cell: 'Layer {layer}, head {head}',
    summary: 'spread {entropy} (0 = one key, 1 = uniform), previous token {previous}, self {self}, first token {first}',
    hint: 'Click a head to open it (Shift-click adds it to the selection). Arrow keys move between heads.',
  },
  ko: {
    label: '어텐션 헤드: {layers}개 층 × {heads}개 헤드',
    labelOneLayer: '어텐션 헤드: 1개 층 × {heads}개 헤드',
    axes: '행: 층 (1 = 첫 층). 열: 헤드.',
    layerRow: '{layer}층',
    cell: '{layer}층, {head}번 헤드',
    summary:
      '퍼짐 {entropy} (0 = 한 토큰에 집중, 1 = 고르게), 바로 앞 토큰 {previous}, 자기 자신 {self}, 첫 토큰 {first}',
    hint: '헤드를 클릭하면 열립니다 (Shift+클릭은 선택에 추가). 화살표 키로 헤드 사이를 이동합니다.',
  },
};

export type StripMessage = 'label' | 'from' | 'to';

export const stripMessages: MessageCatalog<StripMessage> = {
  en: {
    label: 'Tokens shaded by attention',
    from: 'Shading: how much “{token}” attends to each token. Click a token to focus it.',
    to: 'Shading: how much each token attends to “{token}”. Click a token to focus it.',
  },
  ko: {
    label: '어텐션으로 색칠한 토큰',
    from: '색: “{token}”이(가) 각 토큰에 주목하는 정도. 토큰을 클릭하면 그 토큰을 기준으로 바뀝니다.',
    to: '색: 각 토큰이 “{token}”에 주목하는 정도. 토큰을 클릭하면 그 토큰을 기준으로 바뀝니다.',
  },
};

export type LinesMessage = 'label' | 'legend' | 'head' | 'pruning' | 'hint';

export const linesMessages: MessageCatalog<LinesMessage> = {
  en: {
    label: 'Attention lines, layer {layer}, heads {heads}',
    legend: 'Heads shown',
    head: 'Head {head}',
    pruning: 'Lines: each row’s strongest weights up to {mass} of its total (at most {topK}).',
    hint: 'Hover, click or Tab to a token on the left to see only where it looks.',
  },
  ko: {
    label: '어텐션 연결선, {layer}층, 헤드 {heads}',
    legend: '표시한 헤드',
    head: '{head}번 헤드',
    pruning: '선: 각 행에서 가장 강한 가중치를 합이 {mass}가 될 때까지 (최대 {topK}개) 표시합니다.',
    hint: '왼쪽 토큰에 마우스를 올리거나 클릭하거나 Tab으로 선택하면 그 토큰이 보는 곳만 나타납니다.',
  },
};

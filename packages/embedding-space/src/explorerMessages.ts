import type { MessageCatalog } from '@tensorscope/common';

export type ExplorerMessage =
  | 'label'
  | 'roleDescription'
  | 'loading'
  | 'hint'
  | 'projection'
  | 'pca'
  | 'umap'
  | 'tsne'
  | 'axes'
  | 'precomputed'
  | 'components'
  | 'axisX'
  | 'axisY'
  | 'axisZ'
  | 'from'
  | 'to'
  | 'apply'
  | 'seed'
  | 'neighbors'
  | 'minDist'
  | 'perplexity'
  | 'run'
  | 'cancel'
  | 'computing'
  | 'view2d'
  | 'view3d'
  | 'dimensions'
  | 'colorBy'
  | 'colorNone'
  | 'search'
  | 'searchPlaceholder'
  | 'regex'
  | 'matches'
  | 'selectMatches'
  | 'noMatches'
  | 'metric'
  | 'cosine'
  | 'euclidean'
  | 'dot'
  | 'k'
  | 'neighborsOf'
  | 'similarity'
  | 'distance'
  | 'score'
  | 'rank'
  | 'analogy'
  | 'analogyPanel'
  | 'neighborsPanel'
  | 'searchPanel'
  | 'analogyPlaceholder'
  | 'analogyHelp'
  | 'meaning'
  | 'meaningPanel'
  | 'meaningPlaceholder'
  | 'meaningHelp'
  | 'meaningUnweighted'
  | 'meaningUnknown'
  | 'meaningNotPlaced'
  | 'meaningPlaced'
  | 'meaningPlacedByNeighbors'
  | 'meaningMarker'
  | 'density'
  | 'clusterLabels'
  | 'clustersPanel'
  | 'clustersHelp'
  | 'clusterLevels'
  | 'clusterCoarse'
  | 'clusterMedium'
  | 'clusterFine'
  | 'clusterPoints'
  | 'clusterMethodMeanVector'
  | 'clusterMethodFrequency'
  | 'clusterMethodCategory'
  | 'clusterAnnounce'
  | 'densityComputing'
  | 'densityReady'
  | 'densityNote'
  | 'densityFiltered'
  | 'densityPlane2d'
  | 'densityPlane3d'
  | 'clustersEmpty'
  | 'find'
  | 'ask'
  | 'isolate'
  | 'showAll'
  | 'clear'
  | 'reset'
  | 'labels'
  | 'fontSize'
  | 'tool'
  | 'toolOrbit'
  | 'toolBox'
  | 'toolLasso'
  | 'export'
  | 'exportCoordinates'
  | 'exportSelection'
  | 'exportNeighbors'
  | 'exportImage'
  | 'copyState'
  | 'copied'
  | 'table'
  | 'canvasView'
  | 'tableCaption'
  | 'previous'
  | 'next'
  | 'page'
  | 'select'
  | 'selected'
  | 'selectedCount'
  | 'focused'
  | 'none'
  | 'legend'
  | 'count'
  | 'contextLost'
  | 'noNeighbors'
  | 'varianceNote'
  | 'metricNote'
  | 'other'
  | 'filtersPanel'
  | 'filterMatch'
  | 'filterNone'
  | 'filterClear'
  | 'filterHelp'
  | 'filterMissing'
  | 'filterMore'
  | 'filterRange'
  | 'filterBarHelp'
  | 'filterHistogramHelp'
  | 'filterSelected'
  | 'filterAllNeighbors'
  | 'filterSomeNeighbors';

export const explorerMessages: MessageCatalog<ExplorerMessage> = {
  en: {
    label: 'Embedding explorer: {count} points with {dimensions} dimensions',
    roleDescription: 'embedding explorer',
    loading: 'Loading the 3D view…',
    hint: 'Arrow keys move between points, Enter selects, Page Up/Down walk the neighbour list, Shift+arrows pan, + and − zoom, / searches, Esc clears. Drag to rotate (3D) or pan (2D), scroll to zoom.',
    projection: 'Projection',
    pca: 'PCA (exact)',
    umap: 'UMAP',
    tsne: 't-SNE',
    axes: 'Semantic axes',
    precomputed: 'Given coordinates',
    components: 'Components',
    axisX: 'X',
    axisY: 'Y',
    axisZ: 'Z',
    from: 'from',
    to: 'to',
    apply: 'Apply',
    seed: 'Seed',
    neighbors: 'Neighbours',
    minDist: 'Min. distance',
    perplexity: 'Perplexity',
    run: 'Run',
    cancel: 'Cancel',
    computing: 'Computing {phase}… {percent}',
    view2d: '2D',
    view3d: '3D',
    dimensions: 'View',
    colorBy: 'Colour by',
    colorNone: 'Single colour',
    search: 'Search labels',
    searchPlaceholder: 'Search…',
    regex: 'Regex',
    matches: '{count} matches',
    selectMatches: 'Select all matches',
    noMatches: 'No matches',
    metric: 'Distance',
    cosine: 'cosine',
    euclidean: 'euclidean',
    dot: 'dot product',
    k: 'k',
    neighborsOf: 'Nearest neighbours of “{label}” in the original {dimensions}-dimensional space',
    similarity: 'similarity',
    distance: 'distance',
    score: 'Score',
    rank: 'Rank',
    analogy: 'Analogy',
    analogyPanel: 'Analogy probe',
    neighborsPanel: 'Nearest neighbours',
    searchPanel: 'Search',
    analogyPlaceholder: 'king - man + woman',
    analogyHelp: 'b − a + c on unit vectors (3CosAdd); the three input words are excluded.',
    meaning: 'Meaning',
    meaningPanel: 'Query by meaning',
    meaningPlaceholder: 'royal family',
    meaningHelp:
      'A word or short phrase becomes the SIF-weighted average of its words’ vectors (rare words count more): an average of word vectors, not a sentence model.',
    meaningUnweighted: 'This data has no “frequency rank” column, so every word counts the same (a plain average).',
    meaningUnknown: 'not in the vocabulary: {words}',
    meaningNotPlaced: 'The query is not on the map until a layout is ready; its neighbours are listed.',
    meaningPlaced: 'Shown as a diamond marker, placed by the same projection as every point.',
    meaningPlacedByNeighbors:
      'Shown as a diamond marker at the weighted mean of its nearest points’ positions (how UMAP places new points): an estimate, since this layout has no exact transform.',
    meaningMarker: 'query',
    density: 'Density',
    clusterLabels: 'Cluster labels',
    clustersPanel: 'Clusters',
    clustersHelp:
      'Found on the density map of the current layout: coarse labels show at the default zoom, finer ones as you zoom in. Pick a cluster to fly to it.',
    clusterLevels: 'Cluster level',
    clusterCoarse: 'Coarse',
    clusterMedium: 'Medium',
    clusterFine: 'Fine',
    clusterPoints: '{count} points',
    clusterMethodMeanVector:
      'the rows nearest to the cluster’s mean vector (cosine, among its {candidates} most frequent rows)',
    clusterMethodFrequency: 'its most frequent rows (by “{column}”)',
    clusterMethodCategory:
      'the most over-represented value of “{column}”: {share} of the cluster, {lift}× its overall share',
    clusterAnnounce: 'Cluster “{label}”, {count} points. Label: {method}.',
    densityComputing: 'Computing the density map…',
    densityReady: 'Density map ready: {coarse} coarse, {medium} medium and {fine} fine clusters.',
    densityNote:
      'Contours enclose the densest {masses} of the points (Gaussian kernel density over {plane}, bandwidth {bandwidth} layout units); ready {ms} ms after the layout.',
    densityFiltered:
      'Only the points that pass the metadata filters are counted, and the clusters are labelled from them.',
    densityPlane2d: 'the x–y plane',
    densityPlane3d: 'the floor (x–z) plane',
    clustersEmpty: 'No clusters: the points form one smooth cloud at every level.',
    find: 'Find',
    ask: 'Ask',
    isolate: 'Isolate selection',
    showAll: 'Show all points',
    clear: 'Clear',
    reset: 'Reset view',
    labels: 'Labels',
    fontSize: 'Label size',
    tool: 'Pointer',
    toolOrbit: 'Move',
    toolBox: 'Box select',
    toolLasso: 'Lasso select',
    export: 'Export',
    exportCoordinates: 'Coordinates (CSV)',
    exportSelection: 'Selection (JSON)',
    exportNeighbors: 'Neighbours (CSV)',
    exportImage: 'Image (PNG)',
    copyState: 'Copy view state',
    copied: 'Copied',
    table: 'Table',
    canvasView: 'Canvas',
    tableCaption: 'Points {from}–{to} of {count}',
    previous: 'Previous',
    next: 'Next',
    page: 'Page',
    select: 'Select',
    selected: 'Selected',
    selectedCount: '{count} selected',
    focused: 'Point',
    none: 'No point selected',
    legend: 'Legend',
    count: 'count',
    contextLost: 'The graphics context was lost; restoring the view…',
    noNeighbors: 'Select a point to see its nearest neighbours.',
    varianceNote: 'PCA of all {count} rows (exact); the shown axes explain {percent} of the variance.',
    metricNote: 'cosine = a·b / (|a||b|); euclidean = |a − b| (lower is closer); dot = a·b.',
    other: 'other',
    filtersPanel: 'Metadata filters',
    filterMatch: '{matched} of {total} points match',
    filterNone: 'No points match these filters; the map still shows the previous ones. Change or clear a filter.',
    filterClear: 'Clear filters',
    filterHelp:
      'Bars: points per value, on a log scale (light: all points; dark: points passing the other filters; outlined: the map selection).',
    filterMissing: 'missing',
    filterMore: '+ {count} more values',
    filterRange: '{from} to {to}',
    filterBarHelp: 'Enter or Space toggles a value (Shift or Ctrl adds it); Escape clears this filter.',
    filterHistogramHelp:
      'Left/Right arrows move the range by one bin, Shift+arrows resize it, Home/End jump to the ends, Escape clears. Drag to brush.',
    filterSelected: '{count} selected',
    filterAllNeighbors: 'All {count} nearest neighbours are filtered out; clear or widen the filters to see them.',
    filterSomeNeighbors: '{count} neighbours hidden by the filters.',
  },
  ko: {
    label: '임베딩 탐색기: {dimensions}차원 점 {count}개',
    roleDescription: '임베딩 탐색기',
    loading: '3D 화면을 불러오는 중…',
    hint: '화살표 키로 점 사이를 이동하고 Enter로 선택, Page Up/Down으로 이웃 목록을 따라가며, Shift+화살표로 이동, + 와 − 로 확대·축소, / 로 검색, Esc로 해제합니다. 드래그로 회전(3D)하거나 이동(2D)하고, 스크롤로 확대·축소합니다.',
    projection: '투영',
    pca: 'PCA (정확)',
    umap: 'UMAP',
    tsne: 't-SNE',
    axes: '의미 축',
    precomputed: '주어진 좌표',
    components: '주성분',
    axisX: 'X',
    axisY: 'Y',
    axisZ: 'Z',
    from: '시작',
    to: '끝',
    apply: '적용',
    seed: '시드',
    neighbors: '이웃 수',
    minDist: '최소 거리',
    perplexity: '퍼플렉시티',
    run: '실행',
    cancel: '취소',
    computing: '{phase} 계산 중… {percent}',
    view2d: '2D',
    view3d: '3D',
    dimensions: '보기',
    colorBy: '색 기준',
    colorNone: '한 가지 색',
    search: '레이블 검색',
    searchPlaceholder: '검색…',
    regex: '정규식',
    matches: '{count}개 일치',
    selectMatches: '일치 항목 모두 선택',
    noMatches: '일치 항목 없음',
    metric: '거리',
    cosine: '코사인',
    euclidean: '유클리드',
    dot: '내적',
    k: 'k',
    neighborsOf: '원래 {dimensions}차원 공간에서 “{label}”의 최근접 이웃',
    similarity: '유사도',
    distance: '거리',
    score: '점수',
    rank: '순위',
    analogy: '유추',
    analogyPanel: '유추 질의',
    neighborsPanel: '최근접 이웃',
    searchPanel: '검색',
    analogyPlaceholder: 'king - man + woman',
    analogyHelp: '단위 벡터에서 b − a + c (3CosAdd)를 계산하고, 입력한 세 단어는 제외합니다.',
    meaning: '의미',
    meaningPanel: '의미로 찾기',
    meaningPlaceholder: 'royal family',
    meaningHelp:
      '단어나 짧은 영어 구를 단어 벡터의 SIF 가중 평균으로 바꿉니다(드문 단어일수록 크게 반영). 문장 모델이 아니라 단어 벡터의 평균입니다.',
    meaningUnweighted: '이 데이터에는 “frequency rank” 열이 없어 모든 단어를 같은 무게로 평균합니다.',
    meaningUnknown: '어휘에 없는 단어: {words}',
    meaningNotPlaced: '배치가 준비되기 전이라 질의를 지도에 표시할 수 없습니다. 이웃은 아래에 있습니다.',
    meaningPlaced: '모든 점과 같은 투영으로 놓은 마름모 표식으로 표시됩니다.',
    meaningPlacedByNeighbors:
      '가장 가까운 점들의 위치를 가중 평균한 곳(UMAP이 새 점을 놓는 방식)에 마름모 표식으로 표시됩니다. 이 배치에는 정확한 변환이 없어 추정치입니다.',
    meaningMarker: '질의',
    density: '밀도',
    clusterLabels: '군집 이름표',
    clustersPanel: '군집',
    clustersHelp:
      '현재 배치의 밀도 지도에서 찾은 군집입니다. 기본 배율에서는 큰 군집 이름표가, 확대하면 더 작은 군집 이름표가 보입니다. 군집을 고르면 그곳으로 이동합니다.',
    clusterLevels: '군집 단계',
    clusterCoarse: '큰 군집',
    clusterMedium: '중간 군집',
    clusterFine: '작은 군집',
    clusterPoints: '점 {count}개',
    clusterMethodMeanVector: '군집 평균 벡터에 가장 가까운 행(코사인, 가장 빈도 높은 행 {candidates}개 중에서)',
    clusterMethodFrequency: '가장 빈도 높은 행(“{column}” 기준)',
    clusterMethodCategory: '“{column}”에서 가장 두드러진 값: 군집의 {share}, 전체 비율의 {lift}배',
    clusterAnnounce: '군집 “{label}”, 점 {count}개. 이름표: {method}.',
    densityComputing: '밀도 지도를 계산하는 중…',
    densityReady: '밀도 지도 준비됨: 큰 군집 {coarse}개, 중간 군집 {medium}개, 작은 군집 {fine}개.',
    densityNote:
      '등고선은 점이 가장 빽빽한 {masses} 영역을 둘러쌉니다({plane}의 가우스 커널 밀도, 대역폭 {bandwidth} 배치 단위). 배치 후 {ms} ms 만에 준비됨.',
    densityFiltered: '메타데이터 필터를 통과한 점만 세고, 군집 이름표도 그 점들로 정합니다.',
    densityPlane2d: 'x–y 평면',
    densityPlane3d: '바닥(x–z) 평면',
    clustersEmpty: '군집 없음: 모든 단계에서 점들이 하나의 매끄러운 구름입니다.',
    find: '찾기',
    ask: '묻기',
    isolate: '선택만 보기',
    showAll: '모든 점 보기',
    clear: '해제',
    reset: '보기 초기화',
    labels: '레이블',
    fontSize: '레이블 크기',
    tool: '포인터',
    toolOrbit: '이동',
    toolBox: '사각형 선택',
    toolLasso: '올가미 선택',
    export: '내보내기',
    exportCoordinates: '좌표 (CSV)',
    exportSelection: '선택 (JSON)',
    exportNeighbors: '이웃 (CSV)',
    exportImage: '이미지 (PNG)',
    copyState: '보기 상태 복사',
    copied: '복사됨',
    table: '표',
    canvasView: '캔버스',
    tableCaption: '점 {count}개 중 {from}–{to}',
    previous: '이전',
    next: '다음',
    page: '쪽',
    select: '선택',
    selected: '선택한 점',
    selectedCount: '{count}개 선택',
    focused: '점',
    none: '선택한 점 없음',
    legend: '범례',
    count: '개수',
    contextLost: '그래픽 컨텍스트가 끊겼습니다. 화면을 복구하는 중…',
    noNeighbors: '점을 선택하면 최근접 이웃이 보입니다.',
    varianceNote: '모든 {count}개 행의 정확한 PCA입니다. 보이는 축이 분산의 {percent}를 설명합니다.',
    metricNote: '코사인 = a·b / (|a||b|), 유클리드 = |a − b| (작을수록 가까움), 내적 = a·b.',
    other: '기타',
    filtersPanel: '메타데이터 필터',
    filterMatch: '점 {total}개 중 {matched}개 일치',
    filterNone: '이 필터에 맞는 점이 없습니다. 지도는 이전 필터를 그대로 보여 줍니다. 필터를 바꾸거나 해제하세요.',
    filterClear: '필터 해제',
    filterHelp:
      '막대: 값마다 점 수, 로그 눈금(옅은 색: 전체 점, 짙은 색: 다른 필터를 통과한 점, 테두리: 지도에서 선택한 점).',
    filterMissing: '값 없음',
    filterMore: '외 값 {count}개',
    filterRange: '{from}부터 {to}까지',
    filterBarHelp: 'Enter나 Space로 값을 켜고 끕니다(Shift나 Ctrl로 추가). Escape는 이 필터를 해제합니다.',
    filterHistogramHelp:
      '왼쪽/오른쪽 화살표로 범위를 한 칸씩 옮기고, Shift+화살표로 크기를 바꾸며, Home/End로 끝으로 갑니다. Escape는 해제합니다. 드래그로 범위를 고릅니다.',
    filterSelected: '{count}개 선택',
    filterAllNeighbors: '최근접 이웃 {count}개가 모두 필터에 걸렸습니다. 필터를 넓히거나 해제하세요.',
    filterSomeNeighbors: '필터로 가려진 이웃 {count}개.',
  },
};

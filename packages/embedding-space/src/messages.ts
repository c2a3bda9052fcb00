import type { MessageCatalog } from '@tensorscope/common';

export type EmbeddingMessage = 'label' | 'loading' | 'hint2d' | 'hint3d' | 'reset' | 'hovered' | 'selected' | 'none';

export const messages: MessageCatalog<EmbeddingMessage> = {
  en: {
    label: '{count} points in {dimensions}D',
    loading: 'Loading the 3D view…',
    hint2d: 'Drag or use the arrow keys to pan, scroll to zoom. Click a point to select it.',
    hint3d: 'Drag to rotate, right-drag or use the arrow keys to pan, scroll to zoom. Click a point to select it.',
    reset: 'Reset view',
    hovered: 'Pointing at',
    selected: 'Selected',
    none: 'No point selected',
  },
  ko: {
    label: '{dimensions}차원 공간의 점 {count}개',
    loading: '3D 화면을 불러오는 중…',
    hint2d: '드래그하거나 화살표 키로 이동하고, 스크롤로 확대·축소합니다. 점을 클릭하면 선택됩니다.',
    hint3d:
      '드래그로 회전하고, 오른쪽 드래그나 화살표 키로 이동하며, 스크롤로 확대·축소합니다. 점을 클릭하면 선택됩니다.',
    reset: '보기 초기화',
    hovered: '가리키는 점',
    selected: '선택한 점',
    none: '선택한 점 없음',
  },
};

import { themedRootStyle } from '@tensorscope/common';
import { useTensorscopeSettings } from '@tensorscope/common/react';
import { useState, type CSSProperties, type ReactNode } from 'react';
import {
  AttentionHeadGrid,
  AttentionHeatmap,
  AttentionLines,
  AttentionTokenStrip,
  DEFAULT_SELECTION,
  type AttentionInput,
  type AttentionSelection,
} from '../src/index.js';

/** The four views on one shared selection, under a caption that says where the data came from. */
export function LinkedViews({
  data,
  caption,
  initial,
}: {
  data: AttentionInput;
  caption?: ReactNode;
  initial?: Partial<AttentionSelection>;
}) {
  const [selection, setSelection] = useState<AttentionSelection>({ ...DEFAULT_SELECTION, ...initial });
  const linked = { data, selection, onSelectionChange: setSelection };
  return (
    <StoryFrame>
      {caption}
      <AttentionHeadGrid {...linked} />
      <AttentionHeatmap {...linked} />
      <AttentionTokenStrip {...linked} />
      <AttentionLines {...linked} />
    </StoryFrame>
  );
}

/** A short caption in the theme's colours. */
export function Caption({ children }: { children: ReactNode }) {
  return <p style={{ margin: 0, color: 'var(--ts-fg)', fontSize: 14, maxWidth: 720 }}>{children}</p>;
}

/**
 * A story's own text (captions, headings, tables) in the theme's colours: the components set the
 * `--ts-*` variables on their own roots only, so the story's frame sets them too.
 */
export function StoryFrame({
  children,
  gap = 16,
  style,
}: {
  children: ReactNode;
  gap?: number;
  style?: CSSProperties;
}) {
  const { theme } = useTensorscopeSettings({});
  return <div style={{ ...themedRootStyle(theme), display: 'grid', gap, ...style }}>{children}</div>;
}

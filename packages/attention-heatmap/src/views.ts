// The public views: each checks its props first (bad ones show the inline ErrorMessage) and sits in
// an error boundary (see guarded.tsx).
import { AttentionFileDrop as FileDrop, type AttentionFileDropProps } from './AttentionFileDrop.js';
import { AttentionHeadGrid as HeadGrid, type AttentionHeadGridProps } from './AttentionHeadGrid.js';
import { AttentionHeatmap as Heatmap, type AttentionHeatmapProps } from './AttentionHeatmap.js';
import { AttentionLines as Lines, type AttentionLinesProps } from './AttentionLines.js';
import { AttentionTokenStrip as TokenStrip, type AttentionTokenStripProps } from './AttentionTokenStrip.js';
import { guarded } from './guarded.js';

/** A query × key attention matrix (see `AttentionHeatmapProps`). */
export const AttentionHeatmap = guarded<AttentionHeatmapProps>(Heatmap, 'AttentionHeatmap');
/** Every head of every layer as thumbnails (see `AttentionHeadGridProps`). */
export const AttentionHeadGrid = guarded<AttentionHeadGridProps>(HeadGrid, 'AttentionHeadGrid');
/** The tokens, shaded by the attention of the focused token (see `AttentionTokenStripProps`). */
export const AttentionTokenStrip = guarded<AttentionTokenStripProps>(TokenStrip, 'AttentionTokenStrip');
/** BertViz-style lines between query and key tokens (see `AttentionLinesProps`). */
export const AttentionLines = guarded<AttentionLinesProps>(Lines, 'AttentionLines');
/** A drop zone that reads an attention file (see `AttentionFileDropProps`). */
export const AttentionFileDrop = guarded<AttentionFileDropProps>(FileDrop, 'AttentionFileDrop');

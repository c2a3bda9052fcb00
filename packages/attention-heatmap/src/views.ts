// The public views: each checks its props first (bad ones show the inline ErrorMessage) and sits in
// an error boundary (see guarded.tsx).
import { AttentionFileDrop as FileDrop, type AttentionFileDropProps } from './AttentionFileDrop.js';
import { AttentionHeadGrid as HeadGrid, type AttentionHeadGridProps } from './AttentionHeadGrid.js';
import { AttentionHeatmap as Heatmap, type AttentionHeatmapProps } from './AttentionHeatmap.js';
import { AttentionLines as Lines, type AttentionLinesProps } from './AttentionLines.js';
import { AttentionTokenStrip as TokenStrip, type AttentionTokenStripProps } from './AttentionTokenStrip.js';
import { guarded } from './guarded.js';

export const AttentionHeatmap = guarded<AttentionHeatmapProps>(Heatmap, 'AttentionHeatmap');
export const AttentionHeadGrid = guarded<AttentionHeadGridProps>(HeadGrid, 'AttentionHeadGrid');
export const AttentionTokenStrip = guarded<AttentionTokenStripProps>(TokenStrip, 'AttentionTokenStrip');
export const AttentionLines = guarded<AttentionLinesProps>(Lines, 'AttentionLines');
export const AttentionFileDrop = guarded<AttentionFileDropProps>(FileDrop, 'AttentionFileDrop');

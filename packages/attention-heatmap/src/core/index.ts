export { ATTENTION_ERROR_CODES } from './errors.js';
export type { AttentionError, AttentionErrorCode } from './errors.js';
export { createAttentionMatrix, weightAt, strongestKey, isMasked, causalMask } from './attentionMatrix.js';
export type { AttentionMatrix, AttentionMatrixInput } from './attentionMatrix.js';
export { ATTENTION_RAMPS, createAttentionColorScale } from './colorScale.js';
export { tokenLabel } from './tokenLabel.js';
export { validateAttentionData, headMatrix } from './attentionData.js';
export type { AttentionData, AttentionMetadata, AttentionWarnings } from './attentionData.js';
export { attentionSource, isAttentionSource } from './attentionSource.js';
export type { AttentionInput, AttentionSource, AttentionSourceOptions } from './attentionSource.js';
export { fromHuggingFace, fromCircuitsVis, fromBertViz } from './adapters.js';
export type {
  AdapterOptions,
  BertVizEncoderDecoderData,
  BertVizEncoderDecoderInput,
  BertVizSelfInput,
  CircuitsVisInput,
  FromBertVizOptions,
  FromHuggingFaceOptions,
  HuggingFaceAttentions,
  NestedNumbers,
  TypedLayerAttention,
} from './adapters.js';
export { encodeAttention, decodeAttention, openAttention } from './binaryFormat.js';
export type {
  AttentionPrecision,
  AttentionReader,
  DecodeAttentionOptions,
  EncodeAttentionOptions,
} from './binaryFormat.js';
export { aggregateHeads, attentionRollout } from './aggregate.js';
export type { AggregateHeadsOptions, AttentionRolloutOptions, HeadAggregation } from './aggregate.js';
export { poolWords } from './poolWords.js';
export type { PoolWordsOptions, WordGrouping } from './poolWords.js';
export { hideTokens, isSpecialToken } from './hideTokens.js';
export type { HiddenTokens, HideTokenPredicate, HideTokensOptions } from './hideTokens.js';
export { headSummaries } from './headSummaries.js';
export type { HeadSummary } from './headSummaries.js';
export { displayToken, displayTokens, decodeByteLevelTokens, decodeByteFallback } from './displayToken.js';
export type { DisplayToken } from './displayToken.js';
export { attentionToCsv } from './csv.js';
export type { AttentionCsvOptions } from './csv.js';
export { maxPool } from './downsample.js';
export { HEAD_COLORS, headColor, pruneRow } from './headColors.js';
export { ATTENTION_FORMATS, DEFAULT_MAX_ATTENTION_BYTES, loadAttention, readAttentionFile } from './load.js';
export type { AttentionFormat, LoadAttentionOptions, LoadedAttention, ReadAttentionFileOptions } from './load.js';
export { createHeatmapViewport, heatmapGeometry, viewportLayout, clampCell, cellInView } from './heatmapViewport.js';
export type {
  HeatmapCell,
  HeatmapGeometry,
  HeatmapLayout,
  HeatmapViewport,
  HeatmapViewportState,
} from './heatmapViewport.js';
export { rasterizeHeatmap } from './heatmapRaster.js';
export type { HeatmapRaster, RasterOptions } from './heatmapRaster.js';
export { DEFAULT_SELECTION, clampSelection, createAttentionSelection } from './selection.js';
export type { AttentionSelection, AttentionSelectionController, SelectionProps } from './selection.js';

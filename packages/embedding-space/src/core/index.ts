// Data
export { EMBEDDING_ERROR_CODES, EmbeddingError, isEmbeddingErrorCode } from './errors.js';
export type { EmbeddingErrorCode, EmbeddingErrorLocation } from './errors.js';
export { createEmbeddingData, createMetadataColumn } from './embeddingData.js';
export type {
  CategoryColumn,
  CoordinatesInput,
  EmbeddingData,
  EmbeddingDataInput,
  MetadataColumn,
  MetadataValuesColumn,
  NumberColumn,
} from './embeddingData.js';
export { checkEmbeddingData } from './checkEmbeddingData.js';
export { BUNDLE_MAGIC, decodeEmbeddingBundle, encodeEmbeddingBundle } from './bundle.js';
export type { BundleQuantize, DecodedEmbeddingBundle, EncodeBundleOptions } from './bundle.js';
// Loaders
export * from './loaders/index.js';
// Projections
export {
  createTransition,
  createTsne,
  createUmap,
  exactKnn,
  fitToUnitCube,
  knnPreservation,
  prefersReducedMotion,
  projectPca,
  projectPrecomputed,
  runProjection,
  trustworthiness,
  TSNE_MAX_POINTS,
} from './projection/index.js';
export type {
  CreateTsneOptions,
  CreateUmapOptions,
  KnnGraph,
  KnnMode,
  LayoutQualityOptions,
  PcaProjectionOptions,
  ProjectionDimensions,
  ProjectionKind,
  ProjectionProgress,
  ProjectionResult,
  RunProjectionHooks,
  RunProjectionOptions,
  Transition,
  Tsne,
  TsneOptions,
  UmapOptions,
  UmapRun,
} from './projection/index.js';
export { semanticAxisProjection } from './semanticAxes.js';
export type { SemanticAxis, SemanticAxisOptions, SemanticAxisProjection } from './semanticAxes.js';
export { analogyVector, parseAnalogy } from './analogy.js';
export type { AnalogyTerms } from './analogy.js';
export { createSifEncoder, wordVectorsOf } from './sif.js';
export { placeByNeighbors } from './neighborPlacement.js';
export type { SifEmbedding, SifEncoder, WordVectors, WordVectorsOfOptions } from './sif.js';
// Search, colour, layout, navigation
export { findLabel, labelIndex, resolveLabel, suggestLabels } from './labelIndex.js';
export type { FindLabelOptions } from './labelIndex.js';
export { createLabelSearch } from './labelSearch.js';
export type { LabelSearch, LabelSearchMode, LabelSearchOptions, LabelSearchResult } from './labelSearch.js';
export {
  categoryColor,
  categoryColorHex,
  MISSING_COLOR,
  numericColor,
  numericColorTable,
  OTHER_COLOR,
  TOL_MUTED,
} from './palette.js';
export type { NumericScheme, Rgb } from './palette.js';
export { computePointColors } from './pointColors.js';
export type {
  CategoryLegend,
  CategoryLegendEntry,
  ColorBy,
  NumberLegend,
  PointColorOptions,
  PointColors,
} from './pointColors.js';
export { estimateLabelWidth, placeLabels } from './labelLayout.js';
export type { LabelCandidate } from './labelLayout.js';
export { nearestInDirection, nearestToPoint } from './screenNavigation.js';
export type { ScreenDirection } from './screenNavigation.js';
export { pointsInPolygon, pointsInRect } from './lasso.js';
// Export and state
export { coordinatesToCsv, coordinatesToJson, neighborsToCsv, neighborsToJson, selectionToJson } from './exportData.js';
export type { NeighborRow } from './exportData.js';
export { DEFAULT_VIEW_STATE, parseViewState, serializeViewState, validateViewState } from './viewState.js';
export type { EmbeddingViewState, NeighborMetric, ProjectionState } from './viewState.js';
// The foundation scatter's input
export { createPointCloud } from './pointCloud.js';
export type { PointCloud, PointCloudInput } from './pointCloud.js';
// The explorer without React
export { createExplorerController, primaryOf } from './explorerController.js';
export type {
  ExplorerAnnouncement,
  ExplorerController,
  ExplorerControllerOptions,
  ExplorerState,
  ExplorerTool,
  MeaningQuery,
} from './explorerController.js';
export { computeLayout } from './layout.js';
export type { ComputeLayoutOptions, Layout } from './layout.js';
export type { LinearPlacement } from './projection/types.js';
export { createNeighborSearch } from './neighborSearch.js';
export type { Neighbor, NeighborSearch } from './neighborSearch.js';
export { computePointStates, POINT_STATE } from './pointState.js';
export type { PointState, PointStateInput } from './pointState.js';
// Linked metadata charts: cross-filtering
export { checkColumnFilter, checkColumnFilters, createCrossFilter, histogramEdges } from './crossFilter.js';
export type {
  CategoryChartCounts,
  ChartCounts,
  ColumnFilter,
  ColumnFilters,
  CrossFilter,
  CrossFilterOptions,
  CrossFilterSnapshot,
  HistogramCounts,
} from './crossFilter.js';
// Density maps, contours and cluster labels
export {
  computeDensityMap,
  DENSITY_WORKER_MIN_POINTS,
  densityClusters,
  densityContours,
  kernelDensity,
  labelClusters,
  runDensityMap,
} from './density/index.js';
export type {
  ClusterLabel,
  ClusterLabelMethod,
  ClusterLabelOptions,
  ClusterLabelTerm,
  ClusterLevel,
  DensityCluster,
  DensityClusterOptions,
  DensityClusters,
  DensityContour,
  DensityContourOptions,
  DensityGrid,
  DensityMap,
  DensityMapOptions,
  KernelDensityOptions,
  RunDensityHooks,
} from './density/index.js';

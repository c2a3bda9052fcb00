'use client';
export { ParameterChart } from './ParameterChart.js';
export type { ParameterChartProps } from './ParameterChart.js';
export { formatCount } from './core/formatCount.js';
export { validateModels, parseDate } from './core/models.js';
export type { ModelRecord, SkippedRow, SourceStatus } from './core/models.js';
export { NOTABLE_MODELS, BRAIN_NEURONS } from './data/notableModels.js';
export { SOURCES } from './data/sources.js';

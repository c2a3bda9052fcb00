export { formatCount } from './formatCount.js';
export { validateModels, parseDate } from './models.js';
export type { ModelRecord, SkippedRow, SourceStatus } from './models.js';

import * as api from '@tensorscope/elements';
import { expect, it } from 'vitest';

// Pins the public exports of the built package: change on purpose, with a changeset.
it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual([
    'AttentionHeatmapElement',
    'EmbeddingSpaceElement',
    'SCALING_CHARTS',
    'ScalingChartElement',
    'TAG_NAMES',
    'TensorscopeElement',
    'TensorscopeElements',
    'allowOrigins',
    'allowedOrigins',
    'checkSrc',
    'clearAllowedOrigins',
    'defineTensorscopeElements',
    'normalizeOrigin',
    'parseChart',
    'parseHeight',
    'parseLocale',
    'parseOriginList',
    'parseTheme',
    'setWasmPaths',
  ]);
});

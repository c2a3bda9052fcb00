import * as api from '@tensorscope/common';
import * as react from '@tensorscope/common/react';
import { expect, it } from 'vitest';

// Pins the public exports of the built package. A change here is an API change: update the list
// on purpose and add a changeset.
it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual([
    'LOCALES',
    'SHARED_ERROR_CODES',
    'THEMES',
    'TensorscopeError',
    'createSeededRandom',
    'createStore',
    'csvCell',
    'downloadBlob',
    'downloadText',
    'downloadUrl',
    'errorFactory',
    'formatNumber',
    'gaussian',
    'interpolate',
    'intlLocale',
    'isTensorscopeError',
    'recordsToCsv',
    'resolveLocale',
    'themeColor',
    'themeStyle',
    'themedRootStyle',
    'toCsv',
    'toTensorscopeError',
  ]);
  expect(Object.keys(react).sort()).toEqual([
    'ErrorMessage',
    'TensorscopeErrorBoundary',
    'TensorscopeProvider',
    'useLastValid',
    'useResolvedTheme',
    'useStore',
    'useTensorscopeSettings',
  ]);
});

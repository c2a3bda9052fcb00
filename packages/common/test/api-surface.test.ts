import * as api from '@tensorscope/common';
import * as react from '@tensorscope/common/react';
import { expect, it } from 'vitest';

// Pins the public exports of the built package. A change here is an API change: update the list
// on purpose and add a changeset.
it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual([
    'LOCALES',
    'SHARED_ERROR_CODES',
    'SVG_TITLE_HEIGHT',
    'THEMES',
    'TensorscopeError',
    'canvasToPngBlob',
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
    'serializeSvg',
    'svgSize',
    'svgToPngBlob',
    'themeColor',
    'themeStyle',
    'themedRootStyle',
    'toCsv',
    'toTensorscopeError',
  ]);
  expect(Object.keys(react).sort()).toEqual([
    'Button',
    'DataTable',
    'ErrorMessage',
    'ExportMenu',
    'Field',
    'FileDropZone',
    'Input',
    'KIT_CSS',
    'KIT_STYLE_HREF',
    'KitStyle',
    'Panel',
    'Select',
    'TensorscopeErrorBoundary',
    'TensorscopeProvider',
    'ToggleGroup',
    'Toolbar',
    'Tooltip',
    'fileMatchesAccept',
    'useFileDrop',
    'useLastValid',
    'useResolvedTheme',
    'useStore',
    'useTensorscopeSettings',
  ]);
});

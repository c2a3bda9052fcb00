import * as element from '@tensorscope/common/element';
import { expect, it } from 'vitest';

// Pins the exports of the built `./element` entry: change on purpose, with a changeset.
it('exports exactly the element API', () => {
  expect(Object.keys(element).sort()).toEqual([
    'HEIGHT_RANGE',
    'MAX_SRC_BYTES',
    'TensorscopeElement',
    'allowOrigins',
    'allowedOrigins',
    'checkSrc',
    'clearAllowedOrigins',
    'defineElement',
    'elementMessages',
    'getWasmPaths',
    'inheritedLocale',
    'normalizeOrigin',
    'parseHeight',
    'parseLocale',
    'parseOriginList',
    'parseTheme',
    'setWasmPaths',
  ]);
});

// `@tensorscope/common/element`: what every tensorscope custom element shares — the base class
// (shadow root, attributes, `src` fetching behind an origin allow-list), attribute parsers and
// `defineElement`. Importing it defines nothing and is safe on the server.
export { TensorscopeElement, MAX_SRC_BYTES } from './TensorscopeElement.js';
export type { ViewModule, ViewProps } from './TensorscopeElement.js';
export { defineElement } from './defineElement.js';
export type { DefineElementOptions } from './defineElement.js';
export { HEIGHT_RANGE, inheritedLocale, parseHeight, parseLocale, parseTheme } from './attributes.js';
export { allowOrigins, allowedOrigins, clearAllowedOrigins, getWasmPaths, setWasmPaths } from './config.js';
export { checkSrc, normalizeOrigin, parseOriginList } from './origin.js';
export type { SrcCheck } from './origin.js';
export { elementMessages } from './messages.js';
export type { ElementMessageKey } from './messages.js';

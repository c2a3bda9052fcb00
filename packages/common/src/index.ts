export { TensorscopeError, isTensorscopeError, toTensorscopeError } from './errors.js';
export type { TensorscopeErrorCode, TensorscopeErrorOptions } from './errors.js';
export { LOCALES, resolveLocale, intlLocale, formatNumber, interpolate } from './locale.js';
export type { Locale, MessageCatalog } from './locale.js';
export { THEMES, themeStyle, themeColor, themedRootStyle } from './theme.js';
export type { ThemeName, ThemeSetting, ThemePalette } from './theme.js';
export { createSeededRandom, gaussian } from './random.js';
export { downloadBlob, downloadText, downloadUrl } from './download.js';

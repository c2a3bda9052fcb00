export {
  TensorscopeError,
  SHARED_ERROR_CODES,
  errorFactory,
  isTensorscopeError,
  toTensorscopeError,
} from './errors.js';
export type { AnyTensorscopeError, SharedErrorCode, TensorscopeErrorCode, TensorscopeErrorOptions } from './errors.js';
export { csvCell, toCsv, recordsToCsv } from './csv.js';
export type { CsvColumn, CsvOptions, CsvValue } from './csv.js';
export { createStore } from './store.js';
export type { Store } from './store.js';
export { LOCALES, resolveLocale, intlLocale, formatNumber, interpolate } from './locale.js';
export type { Locale, MessageCatalog } from './locale.js';
export { THEMES, resolveTheme, themeStyle, themeColor, themedRootStyle } from './theme.js';
export type { ThemeName, ThemeSetting, ThemePalette } from './theme.js';
export { createSeededRandom, gaussian } from './random.js';
export { downloadBlob, downloadText, downloadUrl } from './download.js';
export * from './export/index.js';
export {
  TensorscopeArgumentError,
  describeValue,
  checkObject,
  checkOptions,
  checkNumber,
  checkInteger,
  checkString,
  checkBoolean,
  checkOneOf,
  checkArray,
  checkStringArray,
  checkFiniteNumbers,
  checkFunction,
  checkBytes,
  checkSize,
  warnOnce,
} from './validate.js';
export type { NumberRule } from './validate.js';

'use client';
import {
  TensorscopeArgumentError,
  checkBoolean,
  checkFunction,
  checkNumber,
  checkObject,
  checkOneOf,
  resolveLocale,
  resolveTheme,
  toTensorscopeError,
  type Locale,
} from '@tensorscope/common';
import { ErrorMessage, TensorscopeErrorBoundary } from '@tensorscope/common/react';
import type { ComponentType } from 'react';
import { checkSelection } from './core/selection.js';

const NUMBER_PROPS = ['width', 'maxCellSize', 'maxHeight', 'thumbnailSize', 'height'] as const;
const FUNCTION_PROPS = ['onSelectionChange', 'onFocusCell', 'onLoad', 'onError'] as const;

/** Checks the shared props first (bad ones → inline `ErrorMessage`; unknown locale/theme → en/light, one warning). */
export function guarded<P extends object>(View: ComponentType<P>, name: string): ComponentType<P> {
  function Guarded(props: P) {
    const raw = (props ?? {}) as Record<string, unknown>;
    const locale = raw.locale == null ? undefined : localeOf(raw.locale);
    let checked: Record<string, unknown>;
    try {
      checked = checkViewProps(raw, locale);
    } catch (error) {
      return <ErrorMessage error={toTensorscopeError(error)} locale={locale ?? 'en'} />;
    }
    return (
      <TensorscopeErrorBoundary locale={locale ?? 'en'} resetKeys={Object.values(raw)}>
        <View {...(checked as P)} />
      </TensorscopeErrorBoundary>
    );
  }
  Guarded.displayName = name;
  return Guarded;
}

function checkViewProps(raw: Record<string, unknown>, locale: Locale | undefined): Record<string, unknown> {
  const props: Record<string, unknown> = { ...raw };
  if (locale === undefined) delete props.locale;
  else props.locale = locale;
  props.theme = themeSetting(raw.theme);
  if (props.theme === undefined) delete props.theme;
  for (const key of NUMBER_PROPS) if (raw[key] != null) checkNumber(raw[key], key, { min: 1 });
  for (const key of FUNCTION_PROPS) if (raw[key] != null) checkFunction(raw[key], key);
  if (raw.selection != null) checkSelection(raw.selection, 'selection');
  if (raw.defaultSelection != null) {
    const partial = checkObject(raw.defaultSelection, 'defaultSelection');
    checkSelection({ layer: 0, heads: [0], aggregate: 'mean', focusedToken: null, ...partial }, 'defaultSelection');
  }
  if (raw.colorTransfer != null) checkOneOf(raw.colorTransfer, 'colorTransfer', ['linear', 'sqrt', 'log']);
  if (raw.defaultTransform != null) checkObject(raw.defaultTransform, 'defaultTransform');
  if (raw.style != null) checkObject(raw.style, 'style');
  if (raw.className != null && typeof raw.className !== 'string')
    throw new TensorscopeArgumentError('className', 'a string', raw.className);
  if (raw.showControls != null) checkBoolean(raw.showControls, 'showControls');
  if (raw.initialFocus != null) {
    const focus = raw.initialFocus;
    if (!Array.isArray(focus) || focus.length !== 2)
      throw new TensorscopeArgumentError('initialFocus', '[row, column]', focus);
    checkNumber(focus[0], 'initialFocus[0]');
    checkNumber(focus[1], 'initialFocus[1]');
  }
  if (raw.data != null && (typeof raw.data !== 'object' || Array.isArray(raw.data) || ArrayBuffer.isView(raw.data))) {
    throw new TensorscopeArgumentError(
      'data',
      'attention data ({ queryTokens, keyTokens, weights, shape }) or a source',
      raw.data,
    );
  }
  for (const key of [
    'data',
    'selection',
    'defaultSelection',
    'defaultTransform',
    'initialFocus',
    'style',
    'className',
  ]) {
    if (raw[key] === null) delete props[key];
  }
  return props;
}

/** A theme when given (common's `resolveTheme`: unknown → light, one warning); missing → undefined (the provider's). */
function themeSetting(value: unknown): string | undefined {
  return value == null ? undefined : resolveTheme(value);
}

/** common's `resolveLocale`: `ko`, `ko-KR`, `en`…; anything else → English with one warning. */
const localeOf = (value: unknown): Locale => resolveLocale(value);

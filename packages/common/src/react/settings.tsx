'use client';
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { resolveLocale, type Locale } from '../locale.js';
import { resolveTheme, type ThemeName, type ThemeSetting } from '../theme.js';
import { TensorscopeArgumentError } from '../validate.js';
import { ErrorMessage } from './ErrorMessage.js';
import { isReactNode } from './ui/isReactNode.js';

export interface TensorscopeSettings {
  /** Language of labels and messages. Default `'en'`. */
  locale: Locale;
  /** Colour theme; `'auto'` follows `prefers-color-scheme`. Default `'light'`. */
  theme: ThemeSetting;
}

const DEFAULT_SETTINGS: TensorscopeSettings = { locale: 'en', theme: 'light' };
const SettingsContext = createContext<TensorscopeSettings>(DEFAULT_SETTINGS);

export interface TensorscopeProviderProps extends Partial<TensorscopeSettings> {
  children?: ReactNode;
}

/**
 * Sets the default locale and theme for every tensorscope component below it. A component's own
 * `locale` / `theme` props still win. An unknown locale or theme falls back to English / light
 * (one console warning), never an error.
 */
export function TensorscopeProvider({ locale, theme, children }: TensorscopeProviderProps) {
  const parent = useContext(SettingsContext);
  const value: TensorscopeSettings = {
    locale: locale === undefined || locale === null ? parent.locale : resolveLocale(locale),
    theme: theme === undefined || theme === null ? parent.theme : resolveTheme(theme),
  };
  return (
    <SettingsContext.Provider value={value}>
      {isReactNode(children) ? (
        children
      ) : (
        <ErrorMessage error={new TensorscopeArgumentError('children', 'React nodes', children)} locale={value.locale} />
      )}
    </SettingsContext.Provider>
  );
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeToColorScheme(onChange: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function prefersDark(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(DARK_QUERY).matches
    : false;
}

/** Resolves `'auto'` to the user's colour scheme (light on the server); an unknown value is light. */
export function useResolvedTheme(setting: ThemeSetting): ThemeName {
  const dark = useSyncExternalStore(subscribeToColorScheme, prefersDark, () => false);
  const resolved = resolveTheme(setting);
  if (resolved === 'auto') return dark ? 'dark' : 'light';
  return resolved;
}

export interface ResolvedSettings {
  locale: Locale;
  theme: ThemeName;
}

/**
 * A component's effective locale and theme: its props, else the nearest provider, else defaults.
 * Unknown values (from plain-page attributes, URL parameters) fall back to English / light with one
 * console warning, so every component can index its catalogs and palettes with the result.
 */
export function useTensorscopeSettings(props?: {
  locale?: Locale | undefined;
  theme?: ThemeSetting | undefined;
}): ResolvedSettings {
  const context = useContext(SettingsContext);
  const own: { locale?: unknown; theme?: unknown } =
    typeof props === 'object' && props !== null ? (props as { locale?: unknown; theme?: unknown }) : {};
  const locale = own.locale === undefined || own.locale === null ? context.locale : resolveLocale(own.locale);
  const theme = useResolvedTheme(
    own.theme === undefined || own.theme === null ? context.theme : (own.theme as ThemeSetting),
  );
  return { locale, theme };
}

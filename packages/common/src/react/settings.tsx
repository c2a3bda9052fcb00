'use client';
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { Locale } from '../locale.js';
import type { ThemeName, ThemeSetting } from '../theme.js';

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
 * `locale` / `theme` props still win.
 */
export function TensorscopeProvider({ locale, theme, children }: TensorscopeProviderProps) {
  const parent = useContext(SettingsContext);
  const value: TensorscopeSettings = {
    locale: locale ?? parent.locale,
    theme: theme ?? parent.theme,
  };
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
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

/** Resolves `'auto'` to the user's colour scheme (light on the server). */
export function useResolvedTheme(setting: ThemeSetting): ThemeName {
  const dark = useSyncExternalStore(subscribeToColorScheme, prefersDark, () => false);
  if (setting === 'auto') return dark ? 'dark' : 'light';
  return setting;
}

export interface ResolvedSettings {
  locale: Locale;
  theme: ThemeName;
}

/** A component's effective locale and theme: its props, else the nearest provider, else defaults. */
export function useTensorscopeSettings(props: {
  locale?: Locale | undefined;
  theme?: ThemeSetting | undefined;
}): ResolvedSettings {
  const context = useContext(SettingsContext);
  const locale = props.locale ?? context.locale;
  const theme = useResolvedTheme(props.theme ?? context.theme);
  return { locale, theme };
}

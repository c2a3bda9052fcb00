import { checkOneOf, describeValue, warnOnce } from './validate.js';

/** A theme choice: a fixed palette, or `'auto'` to follow `prefers-color-scheme`. */
export type ThemeName = 'light' | 'dark';
export type ThemeSetting = ThemeName | 'auto';

/** The CSS custom properties every tensorscope component reads. */
export interface ThemePalette {
  '--ts-bg': string;
  '--ts-surface': string;
  '--ts-fg': string;
  '--ts-muted': string;
  '--ts-border': string;
  '--ts-grid': string;
  '--ts-accent': string;
  '--ts-accent-fg': string;
  '--ts-focus': string;
  '--ts-error-bg': string;
  '--ts-error-fg': string;
  '--ts-error-border': string;
  '--ts-font': string;
  /** `light` or `dark`: the CSS `color-scheme` for native parts (a select's option list, scrollbars). */
  '--ts-color-scheme': string;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif';

/** Built-in palettes. Text colours meet WCAG AA (4.5:1) on `--ts-bg` and `--ts-surface`. */
export const THEMES: Readonly<Record<ThemeName, Readonly<ThemePalette>>> = {
  light: {
    '--ts-bg': '#ffffff',
    '--ts-surface': '#f5f6f8',
    '--ts-fg': '#1b1f24',
    '--ts-muted': '#545d68',
    '--ts-border': '#d0d5dc',
    '--ts-grid': '#e3e6ea',
    '--ts-accent': '#2457c5',
    '--ts-accent-fg': '#ffffff',
    '--ts-focus': '#b3261e',
    '--ts-error-bg': '#fdecea',
    '--ts-error-fg': '#8a1c12',
    '--ts-error-border': '#e8a39b',
    '--ts-font': FONT,
    '--ts-color-scheme': 'light',
  },
  dark: {
    '--ts-bg': '#121417',
    '--ts-surface': '#1c1f24',
    '--ts-fg': '#e8eaed',
    '--ts-muted': '#a4adb8',
    '--ts-border': '#3a3f47',
    '--ts-grid': '#2a2e35',
    '--ts-accent': '#8ab4f8',
    '--ts-accent-fg': '#0b1a33',
    '--ts-focus': '#ffb4a9',
    '--ts-error-bg': '#3b1512',
    '--ts-error-fg': '#ffb4a9',
    '--ts-error-border': '#8c3a31',
    '--ts-font': FONT,
    '--ts-color-scheme': 'dark',
  },
};

const THEME_SETTINGS: readonly ThemeSetting[] = ['light', 'dark', 'auto'];

function warnUnknownTheme(value: unknown): void {
  const shown = describeValue(value);
  warnOnce(`theme:${shown}`, `Unknown theme ${shown}; showing the light theme. Supported: light, dark, auto.`);
}

/**
 * Accepts anything and returns a theme setting: `'light'`, `'dark'`, `'auto'` (any case); missing →
 * `'light'`; anything else (`'bogus'`, a number) also `'light'`, with one console warning per value.
 */
export function resolveTheme(value: unknown): ThemeSetting {
  if (value === undefined || value === null || value === '') return 'light';
  const setting = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if ((THEME_SETTINGS as readonly unknown[]).includes(setting)) return setting as ThemeSetting;
  warnUnknownTheme(value);
  return 'light';
}

/** A palette name for drawing: `'light'` or `'dark'`; `'auto'` (unresolved) and unknown values → light. */
function paletteName(theme: unknown): ThemeName {
  if (theme === 'light' || theme === 'dark') return theme;
  if (theme !== 'auto') warnUnknownTheme(theme);
  return 'light';
}

/**
 * The inline style that sets a theme's `--ts-*` variables on a component's root element.
 * Spread user overrides after it: `style={{ ...themeStyle('dark'), '--ts-accent': 'hotpink' }}`.
 */
export function themeStyle(theme: ThemeName): Record<string, string> {
  return { ...THEMES[paletteName(theme)] };
}

/** Reads a palette colour for drawing on a canvas, where CSS variables do not apply. */
export function themeColor(theme: ThemeName, variable: keyof ThemePalette): string {
  const palette = THEMES[paletteName(theme)];
  return palette[checkOneOf(variable, 'variable', Object.keys(palette) as (keyof ThemePalette)[])];
}

/**
 * The root style every tensorscope component starts from: the theme's variables plus its
 * background, text colour, font and spacing. Spread the caller's `style` after it.
 */
export function themedRootStyle(theme: ThemeName): Record<string, string | number> {
  return {
    ...themeStyle(theme),
    background: 'var(--ts-bg)',
    color: 'var(--ts-fg)',
    fontFamily: 'var(--ts-font)',
    fontSize: 13,
    padding: 8,
    boxSizing: 'border-box',
    // Native parts (scrollbars, option lists, date pickers) follow the theme, not the page.
    colorScheme: 'var(--ts-color-scheme)',
  };
}

import { describe, expect, it, vi } from 'vitest';
import { formatNumber, interpolate, resolveLocale } from './locale.js';
import { createSeededRandom, gaussian } from './random.js';
import { THEMES, resolveTheme, themeColor, themeStyle } from './theme.js';

describe('locale helpers', () => {
  it('resolves language tags to a supported locale', () => {
    expect(resolveLocale('ko-KR')).toBe('ko');
    expect(resolveLocale('KO')).toBe('ko');
    expect(resolveLocale('en-GB')).toBe('en');
    expect(resolveLocale('fr')).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
  });

  it('formats numbers through Intl and fills placeholders', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'ko')).toBe('1,234.5');
    expect(interpolate('{a} → {b} ({missing})', { a: 'x', b: 2 })).toBe('x → 2 ({missing})');
  });
});

describe('themes', () => {
  it('define the same variables in light and dark', () => {
    expect(Object.keys(THEMES.dark).sort()).toEqual(Object.keys(THEMES.light).sort());
    expect(THEMES.dark['--ts-bg']).not.toBe(THEMES.light['--ts-bg']);
  });
});

describe('createSeededRandom', () => {
  it('repeats for the same seed and differs across seeds', () => {
    const a = createSeededRandom(42);
    const b = createSeededRandom(42);
    const c = createSeededRandom(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(c()).not.toBe(first[0]);
    for (const value of first) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe('hostile settings (issue "Hardening")', () => {
  it('falls back to English with one warning for an unknown locale, never a throw', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(resolveLocale('xx-hardening')).toBe('en');
    expect(resolveLocale('xx-hardening')).toBe('en');
    expect(resolveLocale(42 as never)).toBe('en');
    expect(resolveLocale({ length: 2 } as never)).toBe('en');
    expect(warn.mock.calls.filter(([m]) => String(m).includes('xx-hardening'))).toHaveLength(1);
    warn.mockRestore();
  });

  it('falls back to light with one warning for an unknown theme, also when drawing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(resolveTheme('DARK')).toBe('dark');
    expect(resolveTheme('auto')).toBe('auto');
    expect(resolveTheme(undefined)).toBe('light');
    expect(resolveTheme('bogus-hardening')).toBe('light');
    expect(themeStyle('bogus-hardening' as never)).toEqual(THEMES.light);
    expect(themeColor('bogus-hardening' as never, '--ts-bg')).toBe(THEMES.light['--ts-bg']);
    expect(warn.mock.calls.filter(([m]) => String(m).includes('bogus-hardening'))).toHaveLength(1);
    warn.mockRestore();
  });

  it('themeColor refuses an unknown variable with a typed error (was: undefined)', () => {
    expect(() => themeColor('dark', '--nope' as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('interpolate fills only own keys: {constructor} is not Object (regression)', () => {
    expect(interpolate('{constructor} {toString}', {})).toBe('{constructor} {toString}');
    expect(interpolate('{a}', { a: Object.create(null) })).toBe('an empty object');
    expect(() => interpolate(null as never, {})).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('formatNumber refuses bad options with a typed error instead of a RangeError', () => {
    expect(() => formatNumber(1, 'en', { style: 'currency' })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => formatNumber(1, 'en', null as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('gaussian refuses a generator that returns NaN instead of returning NaN (regression)', () => {
    expect(() => gaussian(() => Number.NaN)).toThrow(expect.objectContaining({ code: 'INVALID_VALUE' }));
    expect(() => createSeededRandom(Symbol('s') as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

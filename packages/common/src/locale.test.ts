import { describe, expect, it } from 'vitest';
import { formatNumber, interpolate, resolveLocale } from './locale.js';
import { createSeededRandom } from './random.js';
import { THEMES } from './theme.js';

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

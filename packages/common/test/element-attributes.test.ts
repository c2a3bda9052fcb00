import { describe, expect, it } from 'vitest';
import { inheritedLocale, parseHeight, parseLocale, parseTheme } from '../src/element/attributes.js';

describe('element attribute parsing', () => {
  it('locale: ko | en and their regional tags; anything else inherits', () => {
    expect(parseLocale('ko')).toBe('ko');
    expect(parseLocale(' KO-kr ')).toBe('ko');
    expect(parseLocale('en-GB')).toBe('en');
    expect(parseLocale('fr')).toBeUndefined();
    expect(parseLocale('korean')).toBeUndefined();
    expect(parseLocale(null)).toBeUndefined();
  });

  it('theme: light | dark | auto', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme(' AUTO ')).toBe('auto');
    expect(parseTheme('blue')).toBeUndefined();
    expect(parseTheme(null)).toBeUndefined();
  });

  it('height: pixels, clamped; anything else is the default', () => {
    expect(parseHeight('480')).toBe(480);
    expect(parseHeight('480px')).toBe(480);
    expect(parseHeight('320.6')).toBe(321);
    expect(parseHeight('10')).toBe(120);
    expect(parseHeight('99999')).toBe(4000);
    for (const bad of ['', '50%', '-5', '0', 'abc', '12em', null])
      expect(parseHeight(bad), String(bad)).toBeUndefined();
  });

  it('inherits the locale from the nearest lang attribute', () => {
    const outer = document.createElement('div');
    outer.lang = 'ko-KR';
    const inner = document.createElement('span');
    outer.append(inner);
    expect(inheritedLocale(inner)).toBe('ko');
    expect(inheritedLocale(document.createElement('span'))).toBeUndefined();
  });
});

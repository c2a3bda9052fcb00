import { describe, expect, it } from 'vitest';
import { formatCount } from './formatCount.js';
import { formatScientific } from './formatScientific.js';
import { parseCount } from './parseCount.js';

describe('formatCount', () => {
  it('uses 만/억/조 in Korean', () => {
    expect(formatCount(175e9, 'ko')).toBe('1,750억');
    expect(formatCount(86.1e9, 'ko')).toBe('861억');
    expect(formatCount(1.8e12, 'ko')).toBe('1.8조');
    expect(formatCount(1e14, 'ko')).toBe('100조');
    expect(formatCount(12_000, 'ko')).toBe('1.2만');
    expect(formatCount(768, 'ko')).toBe('768');
    expect(formatCount(30.84e6, 'ko')).toBe('3,084만');
  });

  it('uses K/M/B/T in English', () => {
    expect(formatCount(175e9, 'en')).toBe('175B');
    expect(formatCount(1.8e12, 'en')).toBe('1.8T');
    expect(formatCount(1e14, 'en')).toBe('100T');
    expect(formatCount(117e6, 'en')).toBe('117M');
    expect(formatCount(1500, 'en')).toBe('1.5K');
    expect(formatCount(-2e9, 'en')).toBe('-2B');
    expect(formatCount(30.84e6, 'en')).toBe('30.8M');
  });
});

describe('formatScientific', () => {
  it('writes powers of ten with superscripts in both locales', () => {
    expect(formatScientific(3.14e23, 'en')).toBe('3.14 × 10²³');
    expect(formatScientific(3.14e23, 'ko')).toBe('3.14 × 10²³');
    expect(formatScientific(2.5e-5, 'en')).toBe('2.5 × 10⁻⁵');
    expect(formatScientific(9.996e9, 'en')).toBe('1 × 10¹⁰');
    expect(formatScientific(1234.5, 'en')).toBe('1,230');
    expect(formatScientific(14.81, 'ko')).toBe('14.8');
  });
});

describe('parseCount', () => {
  it('reads plain, scientific, English and Korean counts', () => {
    expect(parseCount('175000000000')).toBe(175e9);
    expect(parseCount('175,000,000,000')).toBe(175e9);
    expect(parseCount('1.75e11')).toBe(1.75e11);
    expect(parseCount('175B')).toBe(175e9);
    expect(parseCount(' 15.6 t ')).toBeCloseTo(15.6e12, 0);
    expect(parseCount('1,750억')).toBe(175e9);
    expect(parseCount('15.6조')).toBeCloseTo(15.6e12, 0);
    expect(parseCount('300M')).toBe(300e6);
  });

  it('returns NaN for text that is not a count', () => {
    for (const text of ['', 'abc', '1.2.3', 'B', '12 apples', '1e']) expect(parseCount(text)).toBeNaN();
  });
});

describe('formatCount at unit boundaries (regression: "1,000K")', () => {
  it('rounds into the next unit instead of writing a full step of the smaller one', () => {
    expect(formatCount(999_999, 'en')).toBe('1M');
    expect(formatCount(999_950, 'en')).toBe('1M');
    expect(formatCount(999_999_999_999, 'en')).toBe('1T');
    expect(formatCount(999.95, 'en')).toBe('1K');
    expect(formatCount(-999_999, 'en')).toBe('-1M');
    expect(formatCount(99_999_999, 'ko')).toBe('1억');
    expect(formatCount(9_999.5, 'ko')).toBe('1만');
    expect(formatCount(999_999_999_999, 'ko')).toBe('1조');
    expect(formatCount(999_400, 'en')).toBe('999K');
  });

  it('refuses a non-finite value and falls back to English for an unknown locale', () => {
    expect(() => formatCount(Number.NaN, 'en')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(formatCount(1500, 'xx' as never)).toBe('1.5K');
  });
});

describe('parseCount overflow (regression: Infinity reached the calculator)', () => {
  it('returns NaN for a count too large to be finite', () => {
    expect(parseCount('1e400')).toBeNaN();
    expect(parseCount('9'.repeat(400))).toBeNaN();
  });
});

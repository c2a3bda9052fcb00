import { describe, expect, it } from 'vitest';
import { formatCount } from './formatCount.js';

describe('formatCount', () => {
  it('uses 만/억/조 in Korean', () => {
    expect(formatCount(175e9, 'ko')).toBe('1,750억');
    expect(formatCount(86.1e9, 'ko')).toBe('861억');
    expect(formatCount(1.8e12, 'ko')).toBe('1.8조');
    expect(formatCount(1e14, 'ko')).toBe('100조');
    expect(formatCount(12_000, 'ko')).toBe('1.2만');
    expect(formatCount(768, 'ko')).toBe('768');
  });

  it('uses K/M/B/T in English', () => {
    expect(formatCount(175e9, 'en')).toBe('175B');
    expect(formatCount(1.8e12, 'en')).toBe('1.8T');
    expect(formatCount(1e14, 'en')).toBe('100T');
    expect(formatCount(117e6, 'en')).toBe('117M');
    expect(formatCount(1500, 'en')).toBe('1.5K');
    expect(formatCount(-2e9, 'en')).toBe('-2B');
  });
});

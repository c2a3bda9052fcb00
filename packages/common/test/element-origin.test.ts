import { describe, expect, it } from 'vitest';
import { checkSrc, normalizeOrigin, parseOriginList } from '../src/element/origin.js';

const PAGE = 'https://school.example/lessons/attention.html';

describe('checkSrc', () => {
  it('accepts relative and absolute URLs on the page origin', () => {
    for (const src of ['data.json', './data/a.tsat', '/data/a.json', 'https://school.example/x.json']) {
      const result = checkSrc(src, PAGE);
      expect(result.ok, src).toBe(true);
      if (result.ok) expect(result.sameOrigin).toBe(true);
    }
    const resolved = checkSrc('../data/words.json', PAGE);
    expect(resolved.ok && resolved.url.href).toBe('https://school.example/data/words.json');
  });

  it('refuses other origins and names the origin', () => {
    for (const [src, origin] of [
      ['https://cdn.example/data.json', 'https://cdn.example'],
      ['http://school.example/data.json', 'http://school.example'], // another scheme
      ['https://school.example:8443/data.json', 'https://school.example:8443'], // another port
      ['https://sub.school.example/data.json', 'https://sub.school.example'],
      ['//evil.example/data.json', 'https://evil.example'],
    ] as const) {
      const result = checkSrc(src, PAGE);
      expect(result).toMatchObject({ ok: false, reason: 'origin', origin });
    }
  });

  it('accepts an origin only when it is allow-listed', () => {
    expect(checkSrc('https://data.example/a.json', PAGE, ['https://data.example'])).toMatchObject({
      ok: true,
      sameOrigin: false,
    });
    expect(checkSrc('https://data.example/a.json', PAGE, ['https://other.example']).ok).toBe(false);
  });

  it('never treats opaque origins as the same origin', () => {
    expect(checkSrc('data:application/json,{}', PAGE)).toMatchObject({ ok: false, reason: 'origin', origin: 'null' });
    expect(checkSrc('file:///etc/passwd', 'file:///home/page.html').ok).toBe(false);
    expect(checkSrc('javascript:alert(1)', PAGE).ok).toBe(false);
    expect(checkSrc('data:application/json,{}', PAGE, ['null']).ok).toBe(false);
  });

  it('reports an invalid URL', () => {
    expect(checkSrc('https://[bad', PAGE)).toEqual({ ok: false, reason: 'invalid-url', src: 'https://[bad' });
  });
});

describe('parseOriginList / normalizeOrigin', () => {
  it('reads space- or comma-separated origins, normalised and de-duplicated', () => {
    expect(parseOriginList(' https://A.example/path , https://b.example:8080  https://a.example ')).toEqual([
      'https://a.example',
      'https://b.example:8080',
    ]);
  });

  it('ignores entries that are not absolute http(s) origins', () => {
    expect(parseOriginList('* data.example file:///x data:text/plain,x ftp://f.example')).toEqual([]);
    expect(parseOriginList(null)).toEqual([]);
    expect(normalizeOrigin('https://x.example:443/a?b')).toBe('https://x.example');
    expect(normalizeOrigin('relative/path')).toBeNull();
  });
});

import { TensorscopeArgumentError, checkString } from '../validate.js';
import { isIterable } from './config.js';
/** The result of {@link checkSrc}: a URL that may be fetched, or why it may not. */
export type SrcCheck =
  | { ok: true; url: URL; sameOrigin: boolean }
  | { ok: false; reason: 'invalid-url'; src: string }
  | { ok: false; reason: 'origin'; src: string; origin: string; url: URL };

/**
 * The origin of an absolute `http:` / `https:` URL (`'https://example.org:8443'`), or null for
 * anything else: relative paths, `data:`, `file:`, opaque origins, nonsense.
 */
export function normalizeOrigin(value: string): string | null {
  if (typeof value !== 'string') return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.origin;
}

/**
 * Reads an `allowed-origins` attribute: origins separated by spaces or commas
 * (`"https://a.example https://b.example:8080"`). Entries that are not absolute http(s) origins
 * are ignored; there is no wildcard.
 */
export function parseOriginList(value: string | null | undefined): string[] {
  if (typeof value !== 'string' || !value) return [];
  const origins = value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(normalizeOrigin)
    .filter((origin): origin is string => origin !== null);
  return [...new Set(origins)];
}

/**
 * Decides whether `src` may be fetched from a page at `pageHref`: only when
 * `new URL(src, pageHref).origin` is the page's own origin or one of `allowed`. Opaque origins
 * (`data:`, `file:`, sandboxed pages: origin `"null"`) are never the same origin.
 */
export function checkSrc(src: string, pageHref: string, allowed: Iterable<string> = []): SrcCheck {
  checkString(src, 'src');
  checkString(pageHref, 'pageHref');
  if (!isIterable(allowed)) throw new TensorscopeArgumentError('allowed', 'a list of origins', allowed);
  let url: URL;
  let page: URL;
  try {
    page = new URL(pageHref);
    url = new URL(src, page);
  } catch {
    return { ok: false, reason: 'invalid-url', src };
  }
  const origin = url.origin;
  if (origin !== 'null' && origin === page.origin) return { ok: true, url, sameOrigin: true };
  if (origin !== 'null' && new Set(allowed).has(origin)) return { ok: true, url, sameOrigin: false };
  return { ok: false, reason: 'origin', src, origin, url };
}

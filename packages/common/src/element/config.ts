import { TensorscopeArgumentError, checkObject } from '../validate.js';
import { normalizeOrigin } from './origin.js';

const allowList = new Set<string>();
let wasmPaths: string | Record<string, string> | undefined;

/**
 * Adds origins from which every tensorscope element may fetch its `src` (besides the page's own
 * origin and each element's `allowed-origins`). Throws a `TensorscopeArgumentError`
 * (`INVALID_ARGUMENT`) for an entry that is not an absolute http(s) URL, so a typo does not silently
 * refuse data later; then no entry of the call is added.
 */
export function allowOrigins(origins: Iterable<string>): void {
  if (typeof origins === 'string' || !isIterable(origins)) {
    throw new TensorscopeArgumentError('origins', 'a list of origins such as ["https://data.example.org"]', origins);
  }
  const checked: string[] = [];
  let index = 0;
  for (const entry of origins) {
    const origin = typeof entry === 'string' ? normalizeOrigin(entry) : null;
    if (origin === null) {
      throw new TensorscopeArgumentError(
        `origins[${index}]`,
        'an http(s) origin such as https://data.example.org',
        entry,
      );
    }
    checked.push(origin);
    index++;
  }
  for (const origin of checked) allowList.add(origin);
}

/** True for anything `for … of` accepts. */
export function isIterable(value: unknown): value is Iterable<unknown> {
  return (
    typeof value === 'string' ||
    (typeof value === 'object' &&
      value !== null &&
      typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function')
  );
}

/** The origins added with {@link allowOrigins}. */
export function allowedOrigins(): string[] {
  return [...allowList];
}

/** Forgets every origin added with {@link allowOrigins}. */
export function clearAllowedOrigins(): void {
  allowList.clear();
}

/**
 * Where tfjs's WebAssembly binaries are served from (tensor-core's `wasmPaths`): a folder URL ending
 * in `/`, or one URL per file name. The browser bundle sets its own folder; with a bundler, pass the
 * URLs your bundler emits (or leave it unset for tfjs's default, next to the script).
 */
export function setWasmPaths(paths: string | Record<string, string> | undefined): void {
  if (paths !== undefined && typeof paths !== 'string') {
    const files = checkObject(paths, 'paths');
    for (const [file, url] of Object.entries(files)) {
      if (typeof url !== 'string') throw new TensorscopeArgumentError(`paths.${file}`, 'a URL string', url);
    }
    wasmPaths = { ...(files as Record<string, string>) };
    return;
  }
  wasmPaths = paths;
}

/** The value set with {@link setWasmPaths}. */
export function getWasmPaths(): string | Record<string, string> | undefined {
  return wasmPaths;
}

import { normalizeOrigin } from './origin.js';

const allowList = new Set<string>();
let wasmPaths: string | Record<string, string> | undefined;

/**
 * Adds origins from which every tensorscope element may fetch its `src` (besides the page's own
 * origin and each element's `allowed-origins`). Throws a `TypeError` for an entry that is not an
 * absolute http(s) URL, so a typo does not silently refuse data later.
 */
export function allowOrigins(origins: Iterable<string>): void {
  for (const entry of origins) {
    const origin = normalizeOrigin(entry);
    if (origin === null) throw new TypeError(`"${entry}" is not an http(s) origin such as https://data.example.org.`);
    allowList.add(origin);
  }
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
  wasmPaths = paths;
}

/** The value set with {@link setWasmPaths}. */
export function getWasmPaths(): string | Record<string, string> | undefined {
  return wasmPaths;
}

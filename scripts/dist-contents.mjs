// Reads a package's built dist for the package-budget tests: every .js file, its code, the module
// specifiers it imports, and the gzip size of all of it together.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * @param {string} packageDir the package folder (holding dist/)
 * @param {{ exclude?: (file: string) => boolean }} [options] files (relative to dist/) left out, e.g. a lazily loaded data entry
 */
export function readDist(packageDir, options = {}) {
  const dist = path.join(packageDir, 'dist');
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.js') && !options.exclude?.(f.split(path.sep).join('/')),
  );
  const code = files.map((f) => readFileSync(path.join(dist, f), 'utf8'));
  const imports = code.flatMap((c) => [...c.matchAll(/(?:from\s*|import\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]));
  return { files, code, imports, gzipBytes: gzipSync(code.join('\n')).length };
}

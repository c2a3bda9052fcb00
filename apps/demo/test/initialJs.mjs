// The JavaScript a first visit to the demo downloads before anything is scrolled: the entry script
// of dist/index.html, its <link rel="modulepreload"> files, and (to be safe) every chunk they
// import statically. Shared by test/bundle-size.mjs and bench/demo.bench.mjs.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Files (relative to dist) and their raw and gzip sizes, in bytes. */
export async function initialJavaScript(dist) {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const start = [
    ...[...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
  ];
  if (start.length === 0) throw new Error('dist/index.html has no module script: run `vite build` first.');
  const seen = new Set();
  const queue = start.map((url) => url.replace(/^\//, ''));
  const files = [];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(path.join(dist, file));
    files.push({ file, bytes: code.length, gzip: gzipSync(code, { level: 9 }).length });
    // Static imports only (`import{a}from"./x.js"`, `import"./x.js"`); `import("./x.js")` is lazy.
    const text = code.toString('utf8');
    for (const match of text.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+\.js)["']/g)) {
      queue.push(path.posix.join(path.posix.dirname(file), match[1]));
    }
  }
  return {
    files,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzip: files.reduce((sum, f) => sum + f.gzip, 0),
  };
}

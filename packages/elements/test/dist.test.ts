// @vitest-environment node
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';

const browser = path.join(path.dirname(fileURLToPath(import.meta.url)), '../dist/browser');
const files = readdirSync(browser, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
const read = (file: string) => readFileSync(path.join(browser, file), 'utf8');
const ENTRY = 'tensorscope-elements.js';

/** The entry and every chunk it imports statically: what a page loads before any element renders. */
function initialChunks(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier] of read(file).matchAll(/(?:^|\n)import\s[^'"]*['"]\.\/([^'"]+)['"]/g)) visit(specifier!);
  };
  visit(ENTRY);
  return [...seen];
}

it('has the entry, lazy three.js and tfjs chunks, workers and the tfjs .wasm files', () => {
  expect(files).toContain(ENTRY);
  expect(files.some((f) => /^three-.*\.js$/.test(f))).toBe(true);
  expect(files.some((f) => /^tfjs-core-.*\.js$/.test(f))).toBe(true);
  expect(files.some((f) => /parse\.worker/.test(f))).toBe(true);
  for (const wasm of [
    'tfjs-backend-wasm.wasm',
    'tfjs-backend-wasm-simd.wasm',
    'tfjs-backend-wasm-threaded-simd.wasm',
  ]) {
    expect(existsSync(path.join(browser, wasm)), wasm).toBe(true);
  }
});

it('loads neither three.js, tfjs nor any component before an element needs it', () => {
  const initial = initialChunks();
  for (const file of initial) {
    const code = read(file);
    expect(code, file).not.toContain('WebGLRenderer');
    expect(code, file).not.toMatch(/registerBackend|setOutputAtIndex/);
    expect(file).not.toMatch(/^(three|tfjs-core|attentionView|embeddingView|scalingView)-/);
  }
  const gzip = gzipSync(initial.map(read).join('\n')).length;
  console.log(`browser bundle initial JS: ${initial.length} files, ${(gzip / 1024).toFixed(1)} KB gzip`);
  expect(gzip).toBeLessThanOrEqual(100 * 1024);
});

it('uses no eval, no new Function and no CDN', () => {
  for (const file of files) {
    const code = read(file);
    expect(code, file).not.toMatch(/(?<![.\w$])eval\s*\(/);
    expect(code, file).not.toMatch(/new\s+Function\s*\(/);
    // URL-shaped, so a tokenizer vocabulary that holds the word "cdnjs" as a token is no false alarm.
    expect(code, file).not.toMatch(
      /\/\/(?:[\w-]+\.)*(?:jsdelivr\.net|unpkg\.com|cdnjs\.cloudflare\.com|esm\.sh|skypack\.dev)/,
    );
  }
});

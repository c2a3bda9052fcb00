import { checkOneOf, checkOptions, checkString, TensorscopeArgumentError } from '@tensorscope/common';
import { optionalLabelColumn, optionalString } from '../args.js';
import { decodeEmbeddingBundle } from '../bundle.js';
import { checkEmbeddingData } from '../checkEmbeddingData.js';
import { type EmbeddingData } from '../embeddingData.js';
import { EmbeddingError } from '../errors.js';
import { parseEmbeddingJson } from './json.js';
import { parseAll, type ChunkParser } from './lines.js';
import { applyMetadataTsv } from './metadataTsv.js';
import { parseProjectorBytes } from './projectorBytes.js';
import { parseJsonText } from './projectorConfig.js';
import { createProjectorTsvParser } from './projectorTsv.js';
import { createWordVectorsParser } from './wordVectorsText.js';

/** The file formats {@link parseEmbeddingFile} reads. */
export type EmbeddingFileFormat = 'projector-tsv' | 'word-vectors' | 'json' | 'projector-bytes' | 'bundle';

/** Options of {@link parseEmbeddingFile}. */
export interface EmbeddingFileOptions {
  /** An Embedding Projector metadata TSV: labels (first column) and metadata columns. */
  metadata?: string;
  /** Name of the metadata file, for messages. Default `metadata.tsv`. */
  metadataName?: string;
  /** The metadata column that gives the labels (index or name). Default the first. */
  labelColumn?: number | string;
  /** `[count, dimensions]` of a `.bytes` tensor (its `tensorShape` in `projector_config.json`). */
  shape?: readonly [number, number];
}

const SUPPORTED =
  'Expected .tsv (TensorFlow Embedding Projector), .txt or .vec (GloVe, word2vec, fastText text), .json, .tsemb (tensorscope bundle), or .bytes with a shape';

/**
 * Chooses the format of a file. The rules, in order (first match wins):
 *
 * 1. content starting with the bytes `TSEMB` → `bundle` (whatever the name: bundles are renamed);
 * 2. a known unsupported extension (`.gz`, `.zip`, `.bz2`, `.xz`, `.bin`, `.npy`, `.csv`) → a
 *    `PARSE_ERROR` that says what to do instead;
 * 3. `.tsemb` → `bundle`; `.bytes` → `projector-bytes` (float32, needs `shape`); `.tsv` →
 *    `projector-tsv`; `.json` → `json` (a `projector_config.json` is recognised and explained);
 * 4. `.txt` / `.vec` → `projector-tsv` when the first non-blank line has a tab, else `word-vectors`
 *    (GloVe without a header, word2vec / fastText with a `count dimensions` header);
 * 5. any other name: first line starting with `{` or `[` → `json`; with a tab → `projector-tsv`;
 *    with a space → `word-vectors`;
 * 6. otherwise a `PARSE_ERROR` that lists the supported formats.
 *
 * Only the first 64 KiB are looked at. The README's "Loading files" table states the same rules.
 */
export function detectEmbeddingFormat(name: string, content: string | ArrayBuffer): EmbeddingFileFormat {
  checkString(name, 'name');
  checkContent(content);
  const file = baseName(name);
  const extension = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  if (startsWithBundleMagic(content)) return 'bundle';
  const unsupported = UNSUPPORTED[extension];
  if (unsupported) {
    throw new EmbeddingError('PARSE_ERROR', `${file}: ${unsupported}`, { location: { file } });
  }
  if (extension === 'tsemb') return 'bundle';
  if (extension === 'bytes') return 'projector-bytes';
  if (extension === 'tsv') return 'projector-tsv';
  if (extension === 'json') return 'json';
  const head = firstLine(content);
  if (extension === 'txt' || extension === 'vec') return head.includes('\t') ? 'projector-tsv' : 'word-vectors';
  const start = head.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  if (!head.includes('\0')) {
    if (head.includes('\t')) return 'projector-tsv';
    if (start.trimEnd().includes(' ')) return 'word-vectors';
  }
  throw new EmbeddingError('PARSE_ERROR', `Cannot tell the format of ${file}. ${SUPPORTED}.`, { location: { file } });
}

const UNSUPPORTED: Record<string, string> = {
  gz: 'compressed files cannot be read; decompress it first (gunzip).',
  zip: 'compressed files cannot be read; unzip it first.',
  bz2: 'compressed files cannot be read; decompress it first.',
  xz: 'compressed files cannot be read; decompress it first.',
  bin: 'word2vec binary files cannot be read; save the text format instead, e.g. model.wv.save_word2vec_format("vectors.txt", binary=False).',
  npy: 'NumPy files cannot be read; save them as TSV, e.g. np.savetxt("vectors.tsv", vectors, delimiter="\\t").',
  csv: 'CSV is not supported; save with tabs between values as .tsv (the Embedding Projector format).',
};

/**
 * A {@link ChunkParser} for a text format: the same parsers {@link parseEmbeddingFile} and the
 * loading worker use. `.bytes` and bundles are binary and have no text parser.
 */
export function createEmbeddingParser(
  format: Exclude<EmbeddingFileFormat, 'projector-bytes' | 'bundle'>,
  name: string,
  options: EmbeddingFileOptions = {},
): ChunkParser<EmbeddingData> {
  checkOneOf(format, 'format', TEXT_FORMATS);
  checkString(name, 'name');
  options = readFileOptions(options);
  const fileName = baseName(name);
  const shared = {
    ...(options.metadataName === undefined ? {} : { metadataFileName: options.metadataName }),
    ...(options.labelColumn === undefined ? {} : { labelColumn: options.labelColumn }),
  };
  if (format === 'projector-tsv') {
    return createProjectorTsvParser(options.metadata, { ...shared, vectorsFileName: fileName });
  }
  if (format === 'word-vectors') {
    return createWordVectorsParser({
      ...shared,
      fileName,
      ...(options.metadata === undefined ? {} : { metadata: options.metadata }),
    });
  }
  const pieces: string[] = [];
  return {
    push: (chunk) => void pieces.push(checkString(chunk, 'chunk')),
    finish: () => {
      const value = parseJsonText(pieces.join(''), fileName);
      if (isProjectorConfig(value)) {
        const first = value.embeddings[0] as Record<string, unknown> | undefined;
        throw new EmbeddingError(
          'PARSE_ERROR',
          `${fileName} is a projector_config.json: it names files rather than holding vectors. Load the tensor file it names${typeof first?.tensorPath === 'string' ? ` (${first.tensorPath})` : ''} together with its metadata${typeof first?.metadataPath === 'string' ? ` (${first.metadataPath})` : ''}; parseProjectorConfig reads the config itself.`,
          { location: { file: fileName } },
        );
      }
      const data = parseEmbeddingJson(value, { fileName });
      return options.metadata === undefined ? data : applyMetadataTsv(data, options.metadata, shared);
    },
  };
}

/**
 * Parses an embedding file by name and content (see {@link detectEmbeddingFormat} for how the format
 * is chosen): Embedding Projector TSV (with `options.metadata`), GloVe / word2vec / fastText text,
 * JSON, a `.tsemb` bundle, or a `.bytes` tensor (with `options.shape`). An `ArrayBuffer` holding text is decoded as
 * UTF-8. Errors are {@link EmbeddingError}s with the file name in `location.file`.
 */
export function parseEmbeddingFile(
  name: string,
  content: string | ArrayBuffer,
  options: EmbeddingFileOptions = {},
): EmbeddingData {
  const format = detectEmbeddingFormat(name, content);
  options = readFileOptions(options);
  if (format === 'projector-bytes') return parseBytesFile(name, content, options);
  if (format === 'bundle') return parseBundleFile(name, content, options);
  const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
  return parseAll(createEmbeddingParser(format, name, options), text);
}

/** Parses `.bytes` content with the shape from the options; used by {@link parseEmbeddingFile} and the worker. */
export function parseBytesFile(
  name: string,
  content: string | ArrayBuffer,
  options: EmbeddingFileOptions,
): EmbeddingData {
  const file = baseName(name);
  const bytes = binaryContent(file, content, 'a binary .bytes tensor');
  if (options.shape === undefined) {
    throw new EmbeddingError(
      'INVALID_SHAPE',
      `${file} is a .bytes tensor without a shape; pass shape: [count, dimensions] (tensorShape in projector_config.json).`,
      { location: { file } },
    );
  }
  return parseProjectorBytes(bytes, options.shape, {
    fileName: file,
    ...(options.metadata === undefined ? {} : { metadata: options.metadata }),
    ...(options.metadataName === undefined ? {} : { metadataFileName: options.metadataName }),
    ...(options.labelColumn === undefined ? {} : { labelColumn: options.labelColumn }),
  });
}

/** Decodes a `.tsemb` bundle (see `encodeEmbeddingBundle`); `options.metadata` replaces its labels and adds columns. */
export function parseBundleFile(
  name: string,
  content: string | ArrayBuffer,
  options: EmbeddingFileOptions,
): EmbeddingData {
  const file = baseName(name);
  const bytes = binaryContent(file, content, 'a binary .tsemb bundle');
  let data: EmbeddingData;
  try {
    // Decoding checks the structure; the values (a float32 bundle may hold NaN) are checked here, once.
    data = checkEmbeddingData(decodeEmbeddingBundle(bytes));
  } catch (error) {
    if (error instanceof EmbeddingError) {
      throw new EmbeddingError(error.code, `${file}: ${error.message}`, {
        cause: error,
        location: { file },
        ...(error.details ? { details: error.details } : {}),
      });
    }
    throw error;
  }
  if (options.metadata === undefined) return data;
  return applyMetadataTsv(data, options.metadata, {
    ...(options.metadataName === undefined ? {} : { metadataFileName: options.metadataName }),
    ...(options.labelColumn === undefined ? {} : { labelColumn: options.labelColumn }),
  });
}

/** The formats {@link createEmbeddingParser} reads as text. */
const TEXT_FORMATS = ['projector-tsv', 'word-vectors', 'json'] as const;

/** File content: text or an `ArrayBuffer`. */
function checkContent(content: unknown): asserts content is string | ArrayBuffer {
  if (typeof content !== 'string' && !(content instanceof ArrayBuffer)) {
    throw new TensorscopeArgumentError('content', 'a string or an ArrayBuffer', content);
  }
}

/** {@link EmbeddingFileOptions}, each field of its documented type (`shape` is checked where it is used). */
export function readFileOptions(options: EmbeddingFileOptions | undefined): EmbeddingFileOptions {
  const checked = checkOptions(options);
  optionalString(checked.metadata, 'options.metadata');
  optionalString(checked.metadataName, 'options.metadataName');
  optionalLabelColumn(checked.labelColumn, 'options.labelColumn');
  return checked;
}

/** Binary formats arrive as an ArrayBuffer; text in their place is a `PARSE_ERROR` naming the file. */
function binaryContent(file: string, content: string | ArrayBuffer, what: string): ArrayBuffer {
  if (typeof content !== 'string') return content;
  throw new EmbeddingError('PARSE_ERROR', `${file} is ${what}; pass its content as an ArrayBuffer, not text.`, {
    location: { file },
  });
}

const BUNDLE_MAGIC_PREFIX = [0x54, 0x53, 0x45, 0x4d, 0x42]; // "TSEMB"

function startsWithBundleMagic(content: string | ArrayBuffer): boolean {
  if (typeof content === 'string') return content.startsWith('TSEMB');
  const head = new Uint8Array(content, 0, Math.min(content.byteLength, BUNDLE_MAGIC_PREFIX.length));
  return head.length === BUNDLE_MAGIC_PREFIX.length && BUNDLE_MAGIC_PREFIX.every((byte, i) => head[i] === byte);
}

function isProjectorConfig(value: unknown): value is { embeddings: unknown[] } {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Array.isArray((value as { embeddings?: unknown }).embeddings) &&
    !('vectors' in value)
  );
}

/** The last path segment of a name or URL, without a query or fragment. */
export function baseName(name: string): string {
  const path = name.replace(/[?#].*$/, '');
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1) || name;
}

/** The first non-blank line of the content (at most 64 KiB are looked at). */
function firstLine(content: string | ArrayBuffer): string {
  const head =
    typeof content === 'string'
      ? content.slice(0, 65536)
      : new TextDecoder().decode(new Uint8Array(content, 0, Math.min(content.byteLength, 65536)));
  for (const line of head.split('\n')) {
    if (line.trim() !== '') return line.replace(/^\ufeff/, '');
  }
  return '';
}

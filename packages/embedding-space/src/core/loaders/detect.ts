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
export type EmbeddingFileFormat = 'projector-tsv' | 'word-vectors' | 'json' | 'projector-bytes';

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
  'Expected .tsv (TensorFlow Embedding Projector), .txt or .vec (GloVe, word2vec, fastText text), .json, or .bytes with a shape';

/**
 * Chooses the format of a file from its name and, where the name does not decide, its first line:
 * `.tsv` → Embedding Projector TSV; `.txt` / `.vec` → Projector TSV when the first line has a tab,
 * else GloVe / word2vec text; `.json` → JSON; `.bytes` → float32 tensor. Without a known extension,
 * text starting with `{` or `[` is JSON, a first line with tabs is TSV, one with spaces is word
 * vectors. Throws a `PARSE_ERROR` that lists the supported formats when none fits, and says what to
 * do for known unsupported ones (compressed files, word2vec binary, NumPy, CSV).
 */
export function detectEmbeddingFormat(name: string, content: string | ArrayBuffer): EmbeddingFileFormat {
  const file = baseName(name);
  const extension = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  const unsupported = UNSUPPORTED[extension];
  if (unsupported) {
    throw new EmbeddingError('PARSE_ERROR', `${file}: ${unsupported}`, { location: { file } });
  }
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
 * loading worker use. `.bytes` is binary and has no text parser.
 */
export function createEmbeddingParser(
  format: Exclude<EmbeddingFileFormat, 'projector-bytes'>,
  name: string,
  options: EmbeddingFileOptions = {},
): ChunkParser<EmbeddingData> {
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
    push: (chunk) => void pieces.push(chunk),
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
 * JSON, or a `.bytes` tensor (with `options.shape`). An `ArrayBuffer` holding text is decoded as
 * UTF-8. Errors are {@link EmbeddingError}s with the file name in `location.file`.
 */
export function parseEmbeddingFile(
  name: string,
  content: string | ArrayBuffer,
  options: EmbeddingFileOptions = {},
): EmbeddingData {
  const format = detectEmbeddingFormat(name, content);
  if (format === 'projector-bytes') return parseBytesFile(name, content, options);
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
  if (typeof content === 'string') {
    throw new EmbeddingError(
      'PARSE_ERROR',
      `${file} is a binary .bytes tensor; pass its content as an ArrayBuffer, not text.`,
      {
        location: { file },
      },
    );
  }
  if (options.shape === undefined) {
    throw new EmbeddingError(
      'INVALID_SHAPE',
      `${file} is a .bytes tensor without a shape; pass shape: [count, dimensions] (tensorShape in projector_config.json).`,
      { location: { file } },
    );
  }
  return parseProjectorBytes(content, options.shape, {
    fileName: file,
    ...(options.metadata === undefined ? {} : { metadata: options.metadata }),
    ...(options.metadataName === undefined ? {} : { metadataFileName: options.metadataName }),
    ...(options.labelColumn === undefined ? {} : { labelColumn: options.labelColumn }),
  });
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

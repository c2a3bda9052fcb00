import type { EmbeddingData } from '../embeddingData.js';
import {
  baseName,
  createEmbeddingParser,
  detectEmbeddingFormat,
  parseBundleFile,
  parseBytesFile,
  type EmbeddingFileFormat,
  type EmbeddingFileOptions,
} from './detect.js';
import { createProgressReporter, nextMacrotask, throwIfAborted } from './progress.js';

/** What to parse: the message the loading worker receives, and the input of the main-thread fallback. */
export interface ParseSourceRequest extends Omit<EmbeddingFileOptions, 'metadata'> {
  /** The file: a `Blob` / `File`, its text, or its bytes. */
  source: Blob | string | ArrayBuffer;
  /** File name; chooses the format by extension. Default: the `File`'s name, else the content decides. */
  name?: string;
  /** The metadata TSV as a `Blob` / `File` or text. */
  metadata?: Blob | string;
  /** Characters (text) or bytes (`Blob`, `ArrayBuffer`) per piece. Default 1 MiB. */
  chunkSize?: number;
}

/** How {@link parseSource} reports and pauses. */
export interface ParseSourceOptions {
  /** Called with 0, then about every 5 % of the input, and with 1 when done. */
  onProgress?: (fraction: number) => void;
  /** Stops between pieces with an `ABORTED` error. */
  signal?: AbortSignal;
  /** Wait for a macrotask after each piece (on the main thread, so the page stays responsive). */
  yieldBetweenChunks?: boolean;
}

const DEFAULT_CHUNK = 1 << 20;
const DEFAULT_NAMES: Record<EmbeddingFileFormat, string> = {
  'projector-tsv': 'vectors.tsv',
  'word-vectors': 'vectors.txt',
  json: 'embedding.json',
  'projector-bytes': 'tensors.bytes',
  bundle: 'embedding.tsemb',
};

/**
 * Parses an embedding file piece by piece with the parsers of {@link parseEmbeddingFile}, reporting
 * progress and checking for cancellation between pieces. The loading worker runs this; so does
 * {@link loadEmbeddingFile} on the main thread where there are no workers.
 */
export async function parseSource(
  request: ParseSourceRequest,
  options: ParseSourceOptions = {},
): Promise<EmbeddingData> {
  const { signal } = options;
  const report = createProgressReporter(options.onProgress);
  report(0);
  throwIfAborted(signal);
  const source = request.source;
  const given = request.name ?? (isBlob(source) ? (source as Partial<File>).name : undefined) ?? '';
  const head = isBlob(source) ? await source.slice(0, 65536).arrayBuffer() : source;
  const format = detectEmbeddingFormat(given, head);
  const name = given === '' ? DEFAULT_NAMES[format] : given;
  const fileOptions: EmbeddingFileOptions = {
    ...(request.metadataName === undefined ? {} : { metadataName: request.metadataName }),
    ...(request.labelColumn === undefined ? {} : { labelColumn: request.labelColumn }),
    ...(request.shape === undefined ? {} : { shape: request.shape }),
  };
  if (request.metadata !== undefined) {
    if (isBlob(request.metadata)) {
      fileOptions.metadata = await request.metadata.text();
      const metadataName = (request.metadata as Partial<File>).name;
      if (fileOptions.metadataName === undefined && metadataName) fileOptions.metadataName = baseName(metadataName);
    } else fileOptions.metadata = request.metadata;
  }
  throwIfAborted(signal);
  if (format === 'projector-bytes' || format === 'bundle') {
    const bytes = isBlob(source) ? await source.arrayBuffer() : source;
    throwIfAborted(signal);
    const data = (format === 'bundle' ? parseBundleFile : parseBytesFile)(name, bytes, fileOptions);
    report(1);
    return data;
  }
  const parser = createEmbeddingParser(format, name, fileOptions);
  const chunkSize = Math.max(1, request.chunkSize ?? DEFAULT_CHUNK);
  for await (const { text, fraction } of textChunks(source, chunkSize)) {
    throwIfAborted(signal);
    parser.push(text);
    report(fraction * 0.99);
    if (options.yieldBetweenChunks) await nextMacrotask();
  }
  throwIfAborted(signal);
  const data = parser.finish();
  report(1);
  return data;
}

/** The content as text pieces, each with the fraction of the input read so far. */
async function* textChunks(
  source: Blob | string | ArrayBuffer,
  chunkSize: number,
): AsyncGenerator<{ text: string; fraction: number }> {
  if (typeof source === 'string') {
    for (let start = 0; start < source.length; start += chunkSize) {
      const end = Math.min(source.length, start + chunkSize);
      yield { text: source.slice(start, end), fraction: end / source.length };
    }
    return;
  }
  const blob = isBlob(source) ? source : undefined;
  const buffer = blob ? undefined : (source as ArrayBuffer);
  const size = blob ? blob.size : (buffer as ArrayBuffer).byteLength;
  const decoder = new TextDecoder();
  for (let start = 0; start < size; start += chunkSize) {
    const end = Math.min(size, start + chunkSize);
    const bytes = blob
      ? await blob.slice(start, end).arrayBuffer()
      : new Uint8Array(buffer as ArrayBuffer, start, end - start);
    yield { text: decoder.decode(bytes, { stream: end < size }), fraction: end / size };
  }
}

/** A `Blob` or `File` (also one from another realm, such as a test DOM). */
export function isBlob(value: unknown): value is Blob {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Blob).slice === 'function' &&
    typeof (value as Blob).arrayBuffer === 'function' &&
    typeof (value as Blob).size === 'number'
  );
}

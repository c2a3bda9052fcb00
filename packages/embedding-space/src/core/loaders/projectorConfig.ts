import { checkOptions } from '@tensorscope/common';
import { optionalString, shownValue } from '../args.js';
import { describeValue } from '../embeddingData.js';
import { EmbeddingError } from '../errors.js';

/** A sprite sheet of thumbnails, one per point (`projector_config.proto`). */
export interface ProjectorSprite {
  /** Path or URL of the sprite image. */
  imagePath: string;
  /** Width and height of one thumbnail in pixels. */
  singleImageDim: [width: number, height: number];
}

/** One embedding of a `projector_config.json`. */
export interface ProjectorEmbedding {
  /** Name shown in the Projector's tensor menu. */
  tensorName: string;
  /** `[count, dimensions]`. */
  tensorShape: [count: number, dimensions: number];
  /** Path or URL of the vectors: a `.tsv` file or float32 little-endian `.bytes`. */
  tensorPath: string;
  /** Path or URL of the metadata TSV (the Projector allows none). */
  metadataPath?: string;
  /** Path or URL of saved bookmarks (views). */
  bookmarksPath?: string;
  sprite?: ProjectorSprite;
}

/** The JSON form of TensorBoard's `projector_config.proto`, as the standalone Projector reads it. */
export interface ProjectorConfig {
  embeddings: ProjectorEmbedding[];
  modelCheckpointPath?: string;
}

/**
 * Reads and validates a `projector_config.json` (the file that `projector.tensorflow.org/?config=…`
 * loads). Throws an {@link EmbeddingError}: `PARSE_ERROR` for text that is not JSON (with line and
 * column), `INVALID_VALUE` naming the first field that is missing or has the wrong type, e.g.
 * `embeddings[1].tensorShape must be [count, dimensions] …`. An embedding without `tensorPath`
 * (tensors in a TensorFlow checkpoint) is rejected: a browser cannot read checkpoints.
 */
export function parseProjectorConfig(json: string | object, options: { fileName?: string } = {}): ProjectorConfig {
  const file = optionalString(checkOptions(options).fileName, 'options.fileName') ?? 'projector_config.json';
  const value: unknown = typeof json === 'string' ? parseJsonText(json, file) : json;
  const fail = (path: string, message: string) =>
    new EmbeddingError('INVALID_VALUE', `${path} in ${file} ${message}.`, { details: { path }, location: { file } });
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw fail('The top level', `must be an object with "embeddings"; it is ${describeValue(value)}`);
  }
  const record = value as Record<string, unknown>;
  const embeddings = record.embeddings;
  if (!Array.isArray(embeddings) || embeddings.length === 0) {
    throw fail('embeddings', `must be a non-empty array of embeddings; it is ${describeValue(embeddings)}`);
  }
  const config: ProjectorConfig = {
    embeddings: embeddings.map((entry: unknown, i) => {
      const path = `embeddings[${i}]`;
      if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
        throw fail(path, `must be an object; it is ${describeValue(entry)}`);
      }
      const e = entry as Record<string, unknown>;
      const text = (key: string, required: boolean): string | undefined => {
        const field = e[key];
        if (field === undefined && !required) return undefined;
        if (typeof field !== 'string' || field === '') {
          const why =
            key === 'tensorPath' && field === undefined
              ? ': tensors stored in a TensorFlow checkpoint cannot be read in a browser; export them to a .tsv or .bytes file'
              : '';
          throw fail(`${path}.${key}`, `must be a non-empty string; it is ${describeValue(field)}${why}`);
        }
        return field;
      };
      const result: ProjectorEmbedding = {
        tensorName: text('tensorName', true) as string,
        tensorShape: readPair(e.tensorShape, `${path}.tensorShape`, '[count, dimensions]', fail),
        tensorPath: text('tensorPath', true) as string,
      };
      const metadataPath = text('metadataPath', false);
      if (metadataPath !== undefined) result.metadataPath = metadataPath;
      const bookmarksPath = text('bookmarksPath', false);
      if (bookmarksPath !== undefined) result.bookmarksPath = bookmarksPath;
      if (e.sprite !== undefined) {
        const sprite = e.sprite as Record<string, unknown> | null;
        if (sprite === null || typeof sprite !== 'object' || typeof sprite.imagePath !== 'string') {
          throw fail(`${path}.sprite`, 'must be an object { imagePath, singleImageDim }');
        }
        result.sprite = {
          imagePath: sprite.imagePath,
          singleImageDim: readPair(sprite.singleImageDim, `${path}.sprite.singleImageDim`, '[width, height]', fail),
        };
      }
      return result;
    }),
  };
  if (record.modelCheckpointPath !== undefined) {
    if (typeof record.modelCheckpointPath !== 'string') {
      throw fail('modelCheckpointPath', `must be a string; it is ${describeValue(record.modelCheckpointPath)}`);
    }
    config.modelCheckpointPath = record.modelCheckpointPath;
  }
  return config;
}

function readPair(
  value: unknown,
  path: string,
  shape: string,
  fail: (path: string, message: string) => EmbeddingError,
): [number, number] {
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !value.every((n: unknown) => typeof n === 'number' && Number.isInteger(n) && n > 0)
  ) {
    throw fail(
      path,
      `must be ${shape}, two positive integers; it is ${value === undefined ? 'missing' : shownValue(value)}`,
    );
  }
  return [value[0] as number, value[1] as number];
}

/**
 * `JSON.parse` that turns a syntax error into a `PARSE_ERROR` with the line and column of the
 * problem (when the engine reports a position).
 */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    // V8: "… at position 17 (line 1 column 18)" or "… at position 17"; Firefox: "… at line 1 column 18 …".
    const lineColumn = /line (\d+) column (\d+)/.exec(reason);
    const position = /position (\d+)/.exec(reason);
    let location: { file: string; line?: number; column?: number } = { file };
    let where = file;
    if (lineColumn) {
      location = { file, line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
    } else if (position) {
      const offset = Number(position[1]);
      const before = text.slice(0, offset);
      location = { file, line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
    }
    if (location.line !== undefined) where = `Line ${location.line}, column ${location.column} of ${file}`;
    throw new EmbeddingError('PARSE_ERROR', `${where} is not valid JSON: ${reason}`, { cause, location });
  }
}

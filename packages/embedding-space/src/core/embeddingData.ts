import { TensorscopeError, type TensorscopeErrorCode } from '@tensorscope/common';

/** Codes of {@link EmbeddingError}: the shared ones plus parse errors that name a line and column. */
export type EmbeddingErrorCode = TensorscopeErrorCode | 'PARSE_ERROR' | 'ABORTED' | 'TOO_LARGE';

/** Where in a text file a parse error is (1-based). */
export interface EmbeddingErrorLocation {
  file?: string;
  line?: number;
  column?: number;
}

/** The typed error every embedding-space loader and validator throws. */
export class EmbeddingError extends TensorscopeError {
  readonly location: EmbeddingErrorLocation | undefined;
  constructor(
    code: EmbeddingErrorCode,
    message: string,
    options: { details?: Record<string, unknown>; cause?: unknown; location?: EmbeddingErrorLocation } = {},
  ) {
    super(code, message, { details: { ...options.location, ...options.details }, cause: options.cause });
    this.location = options.location;
  }
}

/** A metadata column with one string per point (e.g. a topic). `codes[i]` indexes `categories`. */
export interface CategoryColumn {
  kind: 'category';
  name: string;
  categories: string[];
  codes: Uint32Array;
}

/** A metadata column with one number per point (e.g. word frequency rank). NaN = missing. */
export interface NumberColumn {
  kind: 'number';
  name: string;
  values: Float32Array;
  min: number;
  max: number;
}

export type MetadataColumn = CategoryColumn | NumberColumn;

/** Vectors plus everything needed to show them: the one input type of the explorer. */
export interface EmbeddingData {
  /** Row-major `count × dimensions` vectors. */
  vectors: Float32Array;
  count: number;
  dimensions: number;
  /** One label per vector (a word, a sentence, an id). */
  labels: string[];
  /** Optional metadata columns, each with `count` entries. */
  columns: MetadataColumn[];
  /** Optional precomputed coordinates (e.g. UMAP run in Python), row-major `count × 2` or `count × 3`. */
  coordinates?: { values: Float32Array; dimensions: 2 | 3; name?: string };
}

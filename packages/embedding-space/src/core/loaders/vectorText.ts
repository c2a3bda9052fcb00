import { clip } from '../embeddingData.js';
import { EmbeddingError } from '../errors.js';
import { LineSplitter, skipBlanks, trimEnd, type ChunkParser } from './lines.js';
import { NumberScanner } from './numberScanner.js';

/** How {@link VectorTextParser} reads lines of vectors. */
export interface VectorTextOptions {
  /** File name used in error messages and locations, e.g. `vectors.tsv`. */
  fileName: string;
  /**
   * `'tab'`: fields are separated by one tab each (an empty field is an error); spaces around a
   * number are ignored. `'whitespace'`: fields are separated by runs of spaces and tabs.
   */
  separator: 'tab' | 'whitespace';
  /**
   * `'auto'` (Embedding Projector): the first field of every line is a label when the first field
   * of the first line is not a number. `'always'` (GloVe, word2vec): the first field is a word.
   */
  labels: 'auto' | 'always';
  /** Read a first line of exactly two integers as a word2vec `count dimensions` header. */
  word2vecHeader?: boolean;
}

/** Vectors read by {@link VectorTextParser}. */
export interface VectorTextResult {
  /** Row-major `count × dimensions` values, exactly `count · dimensions` long. */
  vectors: Float32Array;
  count: number;
  dimensions: number;
  /** The first field of each line, when the lines have labels. */
  labels: string[] | undefined;
  /** The word2vec header, when there was one. */
  header: { count: number; dimensions: number } | undefined;
}

const FLOAT32_MAX = 3.4028234663852886e38;
const INITIAL_CAPACITY = 1 << 16;

/**
 * Incremental parser for text files with one vector per line: Embedding Projector `vectors.tsv`,
 * GloVe and word2vec / fastText text. Blank lines are skipped (line numbers in messages still count
 * them); leading and trailing spaces, tabs and `\r` of a line are ignored. Throws an
 * {@link EmbeddingError} with `location: { file, line, column }` (1-based; columns count fields,
 * the label field included): `PARSE_ERROR` for a field that is not a finite float32 number or a
 * line with a different number of values than the first, `INVALID_SHAPE` for fewer than 2
 * dimensions or vectors, `EMPTY_INPUT` for no vectors, `LENGTH_MISMATCH` when a word2vec header
 * disagrees with the file, `TOO_LARGE` when the values do not fit in memory.
 */
export class VectorTextParser implements ChunkParser<VectorTextResult> {
  private readonly lines: LineSplitter;
  private readonly scanner = new NumberScanner();
  private readonly tabs: boolean;
  private values: Float32Array = new Float32Array(INITIAL_CAPACITY);
  private length = 0;
  private dimensions = -1;
  private count = 0;
  private labelled: boolean;
  private readonly labels: string[] = [];
  private firstVectorLine = 0;
  private header: { count: number; dimensions: number } | undefined;
  private headerPending: boolean;
  private readonly firstRow: number[] = [];

  constructor(private readonly options: VectorTextOptions) {
    this.tabs = options.separator === 'tab';
    this.labelled = options.labels === 'always';
    this.headerPending = options.word2vecHeader === true;
    this.lines = new LineSplitter((text, start, end, line) => this.line(text, start, end, line));
  }

  push(chunk: string): void {
    this.lines.push(chunk);
  }

  finish(): VectorTextResult {
    this.lines.finish();
    const file = this.options.fileName;
    if (this.count === 0) {
      throw new EmbeddingError(
        'EMPTY_INPUT',
        this.header ? `${file} has a word2vec header but no vectors.` : `${file} has no vectors; it is empty.`,
        { location: { file } },
      );
    }
    if (this.header && this.header.count !== this.count) {
      throw new EmbeddingError(
        'LENGTH_MISMATCH',
        `The word2vec header on line 1 of ${file} says there are ${this.header.count} vectors, but the file has ${this.count}.`,
        { location: { file, line: 1, column: 1 }, details: { expected: this.header.count, actual: this.count } },
      );
    }
    if (this.count < 2) {
      throw new EmbeddingError('INVALID_SHAPE', `${file} has only 1 vector; the explorer needs at least 2 vectors.`, {
        location: { file, line: this.firstVectorLine },
      });
    }
    const size = this.count * this.dimensions;
    const vectors = this.values.length === size ? this.values : this.values.slice(0, size);
    this.values = new Float32Array(0);
    return {
      vectors,
      count: this.count,
      dimensions: this.dimensions,
      labels: this.labelled ? this.labels : undefined,
      header: this.header,
    };
  }

  private line(text: string, lineStart: number, lineEnd: number, line: number): void {
    const start = skipBlanks(text, lineStart, lineEnd);
    const end = trimEnd(text, start, lineEnd);
    if (start === end) return;
    if (this.headerPending) {
      this.headerPending = false;
      if (this.readHeader(text, start, end)) return;
    }
    const first = this.dimensions < 0;
    if (this.count === 0) this.firstVectorLine = line;
    if (first) {
      if (this.options.labels === 'auto') this.labelled = !this.startsWithNumber(text, start, end);
    }
    const tabs = this.tabs;
    const scanner = this.scanner;
    let pos = start;
    let column = 1;
    if (this.labelled) {
      let labelEnd = start;
      while (labelEnd < end) {
        const code = text.charCodeAt(labelEnd);
        if (code === 9 || (!tabs && code === 32)) break;
        labelEnd++;
      }
      this.labels.push(text.slice(start, labelEnd));
      pos = labelEnd < end ? labelEnd + 1 : end;
      if (!tabs) pos = skipBlanks(text, pos, end);
      column = 2;
    }
    const dimensions = this.dimensions;
    if (!first && this.length + dimensions > this.values.length) this.grow(this.length + dimensions);
    const values = this.values;
    const base = this.length;
    let k = 0;
    while (pos < end) {
      let at = pos;
      if (tabs) while (at < end && text.charCodeAt(at) === 32) at++;
      const value = scanner.scan(text, at);
      let after = scanner.end;
      if (tabs) while (after < end && text.charCodeAt(after) === 32) after++;
      const next = after < end ? text.charCodeAt(after) : 9;
      if (value !== value || !(next === 9 || (!tabs && next === 32))) {
        throw this.notANumber(text, pos, end, line, column, at);
      }
      if (!(value <= FLOAT32_MAX && value >= -FLOAT32_MAX)) {
        throw this.error(
          line,
          column,
          `'${clip(text.slice(at, scanner.end))}' is too large for a 32-bit float (at most ±3.4e38)`,
        );
      }
      if (first) this.firstRow.push(value);
      else if (k < dimensions) values[base + k] = value;
      k++;
      column++;
      pos = after + 1;
      if (!tabs) pos = skipBlanks(text, pos, end);
    }
    if (first) {
      this.startVectors(line);
      return;
    }
    if (k !== dimensions) throw this.countMismatch(line, k, column);
    this.length += dimensions;
    this.count++;
  }

  /** Reads a word2vec `count dimensions` header; false when the line is something else. */
  private readHeader(text: string, start: number, end: number): boolean {
    const match = /^(\d+)[ \t]+(\d+)$/.exec(text.slice(start, Math.min(end, start + 40)));
    if (!match || end - start > 40) return false;
    const count = Number(match[1]);
    const dimensions = Number(match[2]);
    const file = this.options.fileName;
    if (dimensions < 2) {
      throw new EmbeddingError(
        'INVALID_SHAPE',
        `The word2vec header on line 1 of ${file} says vectors have ${dimensions} dimension${dimensions === 1 ? '' : 's'}; they need at least 2.`,
        { location: { file, line: 1, column: 2 } },
      );
    }
    this.header = { count, dimensions };
    this.dimensions = dimensions;
    this.labelled = true;
    const capacity = Math.min(count * dimensions, 1 << 26);
    if (capacity > this.values.length) this.grow(capacity);
    return true;
  }

  /** Whether the first field of a line is a number. */
  private startsWithNumber(text: string, start: number, end: number): boolean {
    const value = this.scanner.scan(text, start);
    const after = skipSpaces(text, this.scanner.end, end);
    return (
      value === value &&
      (after === end || text.charCodeAt(after) === 9 || (!this.tabs && text.charCodeAt(after) === 32))
    );
  }

  private startVectors(line: number): void {
    const row = this.firstRow;
    const file = this.options.fileName;
    if (row.length < 2) {
      throw new EmbeddingError(
        'INVALID_SHAPE',
        `Line ${line} of ${file} has ${row.length} value${row.length === 1 ? '' : 's'}; vectors need at least 2 dimensions.`,
        { location: { file, line }, details: { dimensions: row.length } },
      );
    }
    this.dimensions = row.length;
    if (this.values.length < row.length) this.grow(row.length);
    this.values.set(row, 0);
    this.length = row.length;
    this.count = 1;
    row.length = 0;
  }

  private grow(needed: number): void {
    let capacity = Math.max(needed, this.values.length * 2);
    let next: Float32Array | undefined;
    try {
      next = new Float32Array(capacity);
    } catch {
      try {
        capacity = needed + (needed >> 3);
        next = new Float32Array(capacity);
      } catch (cause) {
        throw new EmbeddingError(
          'TOO_LARGE',
          `${this.options.fileName} has more values than fit in memory (${this.count} vectors of ${this.dimensions} so far).`,
          { cause, location: { file: this.options.fileName } },
        );
      }
    }
    next.set(this.values.subarray(0, this.length));
    this.values = next;
  }

  private countMismatch(line: number, actual: number, column: number): EmbeddingError {
    const file = this.options.fileName;
    const expected = this.dimensions;
    const reference = this.header
      ? `the word2vec header on line 1 says ${expected}`
      : this.firstVectorLine === 1
        ? `the first line has ${expected}`
        : `the first vector (line ${this.firstVectorLine}) has ${expected}`;
    const labelColumns = this.labelled ? 1 : 0;
    return new EmbeddingError(
      'PARSE_ERROR',
      `Line ${line} of ${file} has ${actual} value${actual === 1 ? '' : 's'}; ${reference}. Every vector needs the same number of values.`,
      {
        location: { file, line, column: actual > expected ? expected + labelColumns + 1 : column },
        details: { expected, actual },
      },
    );
  }

  private notANumber(text: string, fieldStart: number, end: number, line: number, column: number, at: number) {
    let fieldEnd = fieldStart;
    while (fieldEnd < end) {
      const code = text.charCodeAt(fieldEnd);
      if (code === 9 || (!this.tabs && code === 32)) break;
      fieldEnd++;
    }
    const field = text.slice(at, fieldEnd).trim();
    if (field === '') return this.error(line, column, 'the value is empty; expected a number');
    const special = /^[+-]?(nan|inf|infinity)$/i.test(field);
    let message = `'${clip(field)}' is not ${special ? 'a finite number; every value must be finite' : 'a number'}`;
    if (!special && column === 1 && !this.labelled && this.options.labels === 'auto') {
      message += `. A label in the first column is only recognised when the first field of the first line is not a number`;
    }
    return this.error(line, column, message);
  }

  private error(line: number, column: number, message: string): EmbeddingError {
    const file = this.options.fileName;
    return new EmbeddingError('PARSE_ERROR', `Line ${line}, column ${column} of ${file}: ${message}.`, {
      location: { file, line, column },
    });
  }
}

function skipSpaces(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && text.charCodeAt(i) === 32) i++;
  return i;
}

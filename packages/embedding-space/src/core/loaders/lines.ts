import { checkString } from '@tensorscope/common';

/**
 * A parser that takes its input text in pieces, so a large file can be parsed with progress
 * reports (and, on the main thread, pauses) between pieces. Pieces may end anywhere, also in the
 * middle of a line or of a number.
 */
export interface ChunkParser<T> {
  /** Parses every complete line in `chunk`, keeping an unfinished last line for the next call. */
  push(chunk: string): void;
  /** Parses the last line (which needs no line break) and returns the result. */
  finish(): T;
}

/** Called for each line: the line is `text.slice(start, end)`, without `\n` or a CRLF `\r`; `line` is 1-based. */
export type LineHandler = (text: string, start: number, end: number, line: number) => void;

/**
 * Splits text that arrives in pieces into lines without copying each line: the handler gets the
 * whole piece and the line's bounds. Accepts LF and CRLF line breaks and drops a leading byte
 * order mark.
 */
export class LineSplitter {
  private rest = '';
  private line = 0;
  private started = false;

  constructor(private readonly onLine: LineHandler) {}

  /** The number of lines handed to the handler so far. */
  get lines(): number {
    return this.line;
  }

  /** Hands every complete line of `rest + chunk` to the handler. A chunk that is not a string is an `INVALID_ARGUMENT`. */
  push(chunk: string): void {
    checkString(chunk, 'chunk');
    let text = this.rest.length > 0 ? this.rest + chunk : chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let start = 0;
    for (;;) {
      const newline = text.indexOf('\n', start);
      if (newline < 0) break;
      const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      this.onLine(text, start, end, ++this.line);
      start = newline + 1;
    }
    this.rest = start === 0 ? text : text.slice(start);
  }

  /** Hands the last line (if the text does not end with a line break) to the handler. */
  finish(): void {
    const text = this.rest;
    this.rest = '';
    if (text.length === 0) return;
    const end = text.charCodeAt(text.length - 1) === 13 ? text.length - 1 : text.length;
    this.onLine(text, 0, end, ++this.line);
  }
}

/** Runs a {@link ChunkParser} over a whole text at once. */
export function parseAll<T>(parser: ChunkParser<T>, text: string): T {
  parser.push(text);
  return parser.finish();
}

/** True for a space or a tab. */
export function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/** The first index in `[start, end)` that is not a space, tab or `\r` (or `end`). */
export function skipBlanks(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 13) break;
    i++;
  }
  return i;
}

/** The end of `text[start, end)` without trailing spaces, tabs and `\r`. */
export function trimEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start) {
    const code = text.charCodeAt(i - 1);
    if (code !== 32 && code !== 9 && code !== 13) break;
    i--;
  }
  return i;
}

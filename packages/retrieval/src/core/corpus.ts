import { checkArray } from '@tensorscope/common';
import { fail } from './errors.js';
import type { Language, Passage } from './types.js';

/** A corpus file larger than this is refused before it is parsed (20 MB of text). */
export const MAX_CORPUS_CHARACTERS = 20_000_000;
/** At most this many passages (the vector side holds at most 4096 chunks anyway). */
export const MAX_PASSAGES = 4096;
/** One passage's text at most (longer texts belong in several passages). */
export const MAX_PASSAGE_CHARACTERS = 20_000;

const LANGUAGES: readonly Language[] = ['ko', 'en'];

/**
 * The package's one corpus entry: a user's own passages, as
 * 1. an array of `{ id, lang, text, title?, topic?, source? }` objects (or its JSON text),
 * 2. `{ passages: [...] }` (or its JSON text), or
 * 3. TSV text whose header names the columns, at least `id`, `lang` and `text`
 *    (`title`, `topic`, `source` optional; tabs and newlines inside a field are not supported).
 * Every row is checked: ids unique and non-empty, `lang` is `ko` or `en`, text non-empty. A bad row
 * is a `PARSE_ERROR` naming the row and the field.
 */
export function loadCorpus(input: unknown): Passage[] {
  // A corpus this function returned is read as it is: the explorer, its controller and every index
  // rebuild hand the same checked array on, so it is validated once.
  if (Array.isArray(input) && loaded.has(input)) return input as Passage[];
  let value = input;
  if (typeof value === 'string') {
    if (value.length > MAX_CORPUS_CHARACTERS) {
      throw fail(
        'TOO_LARGE',
        `The corpus text has ${value.length} characters; at most ${MAX_CORPUS_CHARACTERS} are read.`,
      );
    }
    const text = value.replace(/^\uFEFF/, '');
    const first = text.trimStart()[0];
    if (first === '[' || first === '{') {
      try {
        value = JSON.parse(text);
      } catch (cause) {
        throw fail('PARSE_ERROR', `The corpus is not valid JSON: ${(cause as Error).message}`, { cause });
      }
    } else {
      value = parseTsv(text);
    }
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'passages' in value) {
    value = (value as { passages: unknown }).passages;
  }
  if (!Array.isArray(value)) {
    throw fail(
      'INVALID_FORMAT',
      'Expected passages: a JSON array of { id, lang, text }, { passages: [...] }, or TSV text.',
    );
  }
  const rows = checkArray(value, 'passages', { maxLength: MAX_PASSAGES });
  if (rows.length === 0) throw fail('EMPTY_INPUT', 'The corpus has no passages.');
  const seen = new Set<string>();
  const passages = rows.map((row, index): Passage => {
    const where = `Passage ${index + 1}`;
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      throw fail('PARSE_ERROR', `${where} is not an object with id, lang and text.`, { details: { row: index + 1 } });
    }
    const r = row as Record<string, unknown>;
    const field = (name: string, required: boolean): string | undefined => {
      const v = r[name];
      if (v === undefined || v === null || v === '') {
        if (required)
          throw fail('PARSE_ERROR', `${where} has no "${name}".`, { details: { row: index + 1, field: name } });
        return undefined;
      }
      if (typeof v !== 'string' && typeof v !== 'number') {
        throw fail('PARSE_ERROR', `${where}: "${name}" must be text.`, { details: { row: index + 1, field: name } });
      }
      return String(v);
    };
    const id = field('id', true)!.trim();
    if (seen.has(id))
      throw fail('PARSE_ERROR', `${where}: the id "${id}" is used twice.`, {
        details: { row: index + 1, field: 'id' },
      });
    seen.add(id);
    const lang = field('lang', true)!.trim().toLowerCase();
    if (!LANGUAGES.includes(lang as Language)) {
      throw fail('PARSE_ERROR', `${where} (${id}): "lang" must be "ko" or "en", not "${lang}".`, {
        details: { row: index + 1, field: 'lang' },
      });
    }
    const text = field('text', true)!;
    if (text.trim() === '')
      throw fail('PARSE_ERROR', `${where} (${id}) has an empty text.`, { details: { row: index + 1, field: 'text' } });
    if (text.length > MAX_PASSAGE_CHARACTERS) {
      throw fail('PARSE_ERROR', `${where} (${id}) has ${text.length} characters; at most ${MAX_PASSAGE_CHARACTERS}.`, {
        details: { row: index + 1, field: 'text' },
      });
    }
    const passage: Passage = {
      id,
      lang: lang as Language,
      topic: field('topic', false) ?? '',
      title: field('title', false) ?? id,
      text,
    };
    const source = field('source', false);
    if (source !== undefined) passage.source = source;
    return passage;
  });
  loaded.add(passages);
  return passages;
}

/** Arrays {@link loadCorpus} returned (checked already). */
const loaded = new WeakSet<object>();

function parseTsv(text: string): Record<string, string>[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length === 0) throw fail('EMPTY_INPUT', 'The corpus text is empty.');
  const header = lines[0]!.split('\t').map((name) => name.trim().toLowerCase());
  for (const required of ['id', 'lang', 'text']) {
    if (!header.includes(required)) {
      throw fail('PARSE_ERROR', `The TSV header must name the columns id, lang and text; "${required}" is missing.`, {
        details: { row: 0, field: required },
      });
    }
  }
  return lines.slice(1).map((line, index) => {
    const cells = line.split('\t');
    if (cells.length !== header.length) {
      throw fail('PARSE_ERROR', `TSV line ${index + 2} has ${cells.length} fields; the header has ${header.length}.`, {
        details: { row: index + 1 },
      });
    }
    return Object.fromEntries(header.map((name, i) => [name, cells[i]!]));
  });
}

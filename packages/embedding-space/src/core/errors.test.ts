import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SHARED_ERROR_CODES } from '@tensorscope/common';
import { describe, expect, it } from 'vitest';
import { EMBEDDING_ERROR_CODES, EmbeddingError, isEmbeddingErrorCode } from './errors.js';

describe('EMBEDDING_ERROR_CODES', () => {
  it('extends the shared codes with the package codes', () => {
    expect(EMBEDDING_ERROR_CODES).toEqual(
      expect.arrayContaining([...SHARED_ERROR_CODES, 'PARSE_ERROR', 'WORKER_FAILED']),
    );
    expect(new Set(EMBEDDING_ERROR_CODES).size).toBe(EMBEDDING_ERROR_CODES.length);
  });

  it('is documented code by code in the README "Error codes" table', () => {
    const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Error codes'));
    for (const code of EMBEDDING_ERROR_CODES) expect(section, code).toContain(`| \`${code}\``);
  });

  it('recognises only listed codes', () => {
    expect(isEmbeddingErrorCode('PARSE_ERROR')).toBe(true);
    expect(isEmbeddingErrorCode('PARSE_EROR')).toBe(false);
    expect(isEmbeddingErrorCode(3)).toBe(false);
  });

  it('keeps the location in details', () => {
    const error = new EmbeddingError('PARSE_ERROR', 'bad', { location: { file: 'a.tsv', line: 2 } });
    expect(error.details).toEqual({ file: 'a.tsv', line: 2 });
    expect(error.location).toEqual({ file: 'a.tsv', line: 2 });
  });
});

// @vitest-environment node
import { readFileSync } from 'node:fs';
import { isTensorscopeError } from '@tensorscope/common';
import { describe, expect, it } from 'vitest';
import { createRetrievalController, loadRetrieval } from './retrieval.js';
import { RETRIEVAL_ERROR_CODES } from './errors.js';

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return isTensorscopeError(error) ? error.code : `untyped: ${String(error)}`;
  }
  return 'no error';
};

describe('loadRetrieval', () => {
  it('reads objects and JSON text alike', () => {
    const data = loadRetrieval('{"labels":["a","b"],"values":[1,2.5]}');
    expect(data.labels).toEqual(['a', 'b']);
    expect([...data.values]).toEqual([1, 2.5]);
  });

  it.each([
    ['not json', 'INVALID_FORMAT'],
    [null, 'INVALID_FORMAT'],
    [{ labels: ['a'], values: [1, 2] }, 'LENGTH_MISMATCH'],
    [{ labels: [], values: [] }, 'EMPTY_INPUT'],
    [{ labels: ['a'], values: [Number.NaN] }, 'INVALID_VALUE'],
    [{ labels: [1], values: [1] }, 'INVALID_VALUE'],
  ])('answers %j with %s', (input, code) => {
    expect(codeOf(() => loadRetrieval(input))).toBe(code);
  });
});

describe('createRetrievalController', () => {
  it('selects, steps around and refuses entries that do not exist', () => {
    const controller = createRetrievalController(loadRetrieval({ labels: ['a', 'b', 'c'], values: [1, 2, 3] }));
    const seen: number[] = [];
    controller.store.subscribe((state) => seen.push(state.selected));
    controller.step(-1);
    controller.select(1);
    expect(seen).toEqual([2, 1]);
    expect(codeOf(() => controller.select(3))).toBe('OUT_OF_RANGE');
  });
});

it('the README lists every error code', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  for (const code of RETRIEVAL_ERROR_CODES) expect(readme).toContain(`\`${code}\``);
});

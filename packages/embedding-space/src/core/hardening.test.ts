// Regressions found by the hostile-input probe (issue "Hardening"), one test per bug.
import { isTensorscopeError } from '@tensorscope/common';
import { describe, expect, it } from 'vitest';
import { decodeEmbeddingBundle, encodeEmbeddingBundle, BUNDLE_MAGIC } from './bundle.js';
import { createEmbeddingParser, detectEmbeddingFormat, parseEmbeddingFile } from './loaders/detect.js';
import { applyMetadataTsv, metadataToColumns, MetadataTsvParser, parseMetadataTsv } from './loaders/metadataTsv.js';
import { loadEmbeddingFile } from './loaders/parseInWorker.js';
import { parseProjectorBytes } from './loaders/projectorBytes.js';
import { parseProjectorConfig } from './loaders/projectorConfig.js';
import { createProjectorTsvParser, parseProjectorTsv } from './loaders/projectorTsv.js';
import { createWordVectorsParser, parseWordVectorsText } from './loaders/wordVectorsText.js';
import { createEmbeddingData } from './embeddingData.js';
import { createLabelSearch } from './labelSearch.js';
import { parseEmbeddingJson } from './loaders/json.js';
import { catastrophicPattern } from './regexSafety.js';
import { semanticAxisProjection } from './semanticAxes.js';
import { thrown } from './thrown.testing.js';
import { parseViewState, validateViewState } from './viewState.js';
import { vectorNorm } from './vectorNorm.js';

const data = createEmbeddingData({
  vectors: [
    [1, 0],
    [0, 1],
    [1, 1],
  ],
  labels: ['a', 'b', 'c'],
  columns: [{ name: 'topic', values: ['x', 'y', 'x'] }],
});

/** Re-encodes a valid bundle with its header (and body) patched. */
function patched(patch: (header: Record<string, unknown>) => void, body?: (b: Uint8Array) => void): Uint8Array {
  const bytes = encodeEmbeddingBundle(data, { quantize: 'float32' });
  const length = new DataView(bytes.buffer).getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + length))) as Record<string, unknown>;
  const rest = bytes.slice((12 + length + 3) & ~3);
  body?.(rest);
  patch(header);
  const text = new TextEncoder().encode(JSON.stringify(header));
  const start = (12 + text.length + 3) & ~3;
  const out = new Uint8Array(start + rest.length);
  out.set(new TextEncoder().encode(BUNDLE_MAGIC));
  new DataView(out.buffer).setUint32(8, text.length, true);
  out.set(text, 12);
  out.set(rest, start);
  return out;
}

describe('label search: catastrophic backtracking', () => {
  it('refuses (a+)+$ with INVALID_VALUE instead of running for seconds', () => {
    const labels = Array.from({ length: 20 }, () => `${'a'.repeat(32)}!`);
    const started = performance.now();
    const result = createLabelSearch(labels).search('(a+)+$', { mode: 'regex' });
    expect(performance.now() - started).toBeLessThan(100);
    expect(result.error?.code).toBe('INVALID_VALUE');
    expect(result.total).toBe(0);
  });

  it('tells dangerous patterns from harmless ones', () => {
    for (const bad of ['(a+)+', '(a*)*b', '(\\w+\\s?)*$', '(a|a)*', '(a|ab)+', '((ab)*)+', '(x+x+)+y']) {
      expect(catastrophicPattern(bad), bad).not.toBeNull();
    }
    for (const good of ['^un.*able$', '(cat|dog)+', '(ab)+', '[a+]+', 'a+b*', '(?:ing)$', '\\(a+\\)+']) {
      expect(catastrophicPattern(good), good).toBeNull();
    }
  });

  it('still finds matches for safe regexes, and refuses a non-string query with a typed error', () => {
    const search = createLabelSearch(['unable', 'able', 'cat']);
    expect(Array.from(search.search('^un.*able$', { mode: 'regex' }).indices)).toEqual([0]);
    expect(() => search.search(undefined as unknown as string)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('row normalisation scales before squaring', () => {
  it('gives the right length where the sum of squares overflows', () => {
    expect(vectorNorm(new Float64Array([1e200, 1e200]))).toBeCloseTo(Math.SQRT2 * 1e200, -190);
    expect(vectorNorm(new Float32Array([3e38, 3e38, 3e38]))).toBeGreaterThan(5e38);
    expect(vectorNorm([0, 0])).toBe(0);
  });

  it('semantic axes of float32 rows near the maximum are finite', () => {
    const big = createEmbeddingData({
      vectors: [
        [3e38, 1e38],
        [1e38, 3e38],
        [2e38, 2e38],
      ],
      labels: ['a', 'b', 'c'],
    });
    const projection = semanticAxisProjection(big, ['a', 'b']);
    expect(Array.from(projection.coordinates).every(Number.isFinite)).toBe(true);
  });
});

describe('decoded bundles are checked field by field', () => {
  it('refuses NaN vectors, naming the field', () => {
    const error = thrown(() =>
      decodeEmbeddingBundle(
        patched(
          () => {},
          (b) => new DataView(b.buffer).setFloat32(0, Number.NaN, true),
        ),
      ),
    );
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.details).toMatchObject({ field: 'vectors', row: 1 });
  });

  it('refuses a category code beyond the categories', () => {
    const error = thrown(() =>
      decodeEmbeddingBundle(patched((h) => ((h.columns as { categories: string[] }[])[0]!.categories = ['x']))),
    );
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.details).toMatchObject({ field: 'columns[0].codes', row: 2 });
  });

  it('refuses negative, unaligned or non-integer section offsets', () => {
    for (const offset of [-8, 1.5, 2, '4']) {
      const error = thrown(() =>
        decodeEmbeddingBundle(patched((h) => ((h.sections as { offset: unknown }[])[0]!.offset = offset))),
      );
      expect(error.code).toBe('PARSE_ERROR');
      expect(error.message).toContain('sections[0].offset');
    }
  });

  it('refuses labels that are not strings', () => {
    const error = thrown(() => decodeEmbeddingBundle(patched((h) => (h.labels = [1, 2, 3]))));
    expect(error.message).toContain('labels[0]');
  });
});

describe('metadata column names that are Object.prototype keys', () => {
  it('reads columns named constructor and toString', () => {
    const parsed = parseEmbeddingJson({
      vectors: [
        [1, 2],
        [3, 4],
      ],
      metadata: [{ constructor: 'a', toString: 1 }, { constructor: 'b' }],
    });
    expect(parsed.columns.map((c) => c.name)).toEqual(['constructor', 'toString']);
  });
});

describe('view state from a URL', () => {
  it('refuses deep nesting with a typed error before parsing', () => {
    for (const text of ['['.repeat(100_000), `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`]) {
      const error = thrown(() => parseViewState(text));
      expect(error.code).toBe('INVALID_VALUE');
      expect(error.details).toMatchObject({ field: '(root)' });
    }
  });

  it('refuses a deeply nested object handed to validateViewState', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    expect(thrown(() => validateViewState({ search: 'x', camera: deep })).code).toBe('INVALID_VALUE');
  });

  it('still reads a nested camera', () => {
    const state = parseViewState('{"camera":{"position":[1,2,3],"target":[0,0,0],"zoom":1}}');
    expect(state.camera?.position).toEqual([1, 2, 3]);
  });
});

/** The code of what `run` throws (fails when it does not throw). */
function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(isTensorscopeError(error)).toBe(true);
    return (error as { code: string }).code;
  }
  throw new Error('expected a throw');
}

describe('loaders check their arguments (INVALID_ARGUMENT, never a TypeError)', () => {
  it('refuses text that is not a string', () => {
    expect(codeOf(() => parseProjectorTsv(3 as unknown as string))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => parseWordVectorsText([] as unknown as string))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => parseMetadataTsv({} as unknown as string))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => new MetadataTsvParser().push(null as unknown as string))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createProjectorTsvParser().push(1 as unknown as string))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createWordVectorsParser().push(undefined as unknown as string))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createEmbeddingParser('json', 'e.json').push(5 as unknown as string))).toBe('INVALID_ARGUMENT');
  });

  it('refuses options that are not objects, and option fields of the wrong type', () => {
    expect(codeOf(() => parseMetadataTsv('a\nb', null as unknown as object))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => parseProjectorConfig('{}', null as unknown as object))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => parseProjectorBytes(new ArrayBuffer(16), [2, 2], null as unknown as object))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => createWordVectorsParser({ fileName: 7 as unknown as string }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createProjectorTsvParser(undefined, { labelColumn: {} as unknown as string }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => parseEmbeddingFile('v.tsv', '1\t2\n3\t4\n', { metadata: 3 as unknown as string }))).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('refuses a file name or content of the wrong type, and an unknown text format', () => {
    expect(codeOf(() => detectEmbeddingFormat(undefined as unknown as string, ''))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => detectEmbeddingFormat('v.tsv', [1, 2] as unknown as string))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => parseEmbeddingFile((() => 1) as unknown as string, ''))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => createEmbeddingParser('x.tsv' as unknown as 'json', 'x.tsv'))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => parseProjectorBytes(1e308 as unknown as ArrayBuffer, [2, 2]))).toBe('INVALID_ARGUMENT');
  });

  it('checks a metadata table handed in by hand', () => {
    const table = parseMetadataTsv('label\ttopic\nking\ta\nqueen\tb\n');
    expect(metadataToColumns(table, 2).labels).toEqual(['king', 'queen']);
    expect(codeOf(() => metadataToColumns(null as unknown as typeof table, 2))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => metadataToColumns({ ...table, columns: [[null]] }, 2))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => metadataToColumns(table, Number.NaN))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => metadataToColumns(table, 3))).toBe('LENGTH_MISMATCH');
  });

  it('applies metadata only to real embedding data', () => {
    expect(applyMetadataTsv(data, 'x\ny\nz').labels).toEqual(['x', 'y', 'z']);
    expect(codeOf(() => applyMetadataTsv({ count: 3 } as unknown as typeof data, 'x\ny\nz'))).toBe('INVALID_VALUE');
    expect(codeOf(() => applyMetadataTsv(data, ['x'] as unknown as string))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => applyMetadataTsv(data, 'x\ny\nz', null as unknown as object))).toBe('INVALID_ARGUMENT');
  });

  it('loadEmbeddingFile rejects (never throws) for a file or options of the wrong type', async () => {
    await expect(loadEmbeddingFile(961110710 as unknown as string)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(loadEmbeddingFile('1\t2\n3\t4\n', null as unknown as object)).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    await expect(loadEmbeddingFile('1\t2\n3\t4\n', { onProgress: 1 as unknown as () => void })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    const loaded = await loadEmbeddingFile('1\t2\n3\t4\n', { name: 'v.tsv', worker: false });
    expect(loaded.count).toBe(2);
  });
});

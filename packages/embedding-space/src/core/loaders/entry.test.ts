import { describe, expect, it } from 'vitest';
import { encodeEmbeddingBundle } from '../bundle.js';
import { checkEmbeddingData } from '../checkEmbeddingData.js';
import { createEmbeddingData, type EmbeddingData } from '../embeddingData.js';
import { thrown } from '../thrown.testing.js';
import { detectEmbeddingFormat, parseEmbeddingFile } from './detect.js';
import { loadEmbeddingFile } from './parseInWorker.js';
import { parseProjectorConfig } from './projectorConfig.js';

// Real-shaped fixtures: the first lines of each format as the tools that write them produce them.
const PROJECTOR_VECTORS = '0.418\t0.24968\t-0.41242\n0.013441\t0.23682\t-0.16899\n0.15164\t0.30177\t-0.16763\n';
const PROJECTOR_METADATA = 'word\tpos\nthe\tDET\n,\tPUNCT\n.\tPUNCT\n';
const GLOVE = 'the 0.418 0.24968 -0.41242\n, 0.013441 0.23682 -0.16899\n. 0.15164 0.30177 -0.16763\n';
const WORD2VEC = '3 3\nthe 0.418 0.24968 -0.41242\n, 0.013441 0.23682 -0.16899\n. 0.15164 0.30177 -0.16763\n';
const JSON_FILE = JSON.stringify({
  vectors: [
    [0.418, 0.24968, -0.41242],
    [0.013441, 0.23682, -0.16899],
    [0.15164, 0.30177, -0.16763],
  ],
  labels: ['the', ',', '.'],
  metadata: { pos: ['DET', 'PUNCT', 'PUNCT'] },
});
const CONFIG = JSON.stringify({
  embeddings: [{ tensorName: 'glove', tensorShape: [3, 3], tensorPath: 'tensors.bytes', metadataPath: 'meta.tsv' }],
});
const reference = createEmbeddingData({
  vectors: [
    [0.418, 0.24968, -0.41242],
    [0.013441, 0.23682, -0.16899],
    [0.15164, 0.30177, -0.16763],
  ],
  labels: ['the', ',', '.'],
  columns: [{ name: 'pos', values: ['DET', 'PUNCT', 'PUNCT'] }],
});
const bytesOf = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const bundle = () => encodeEmbeddingBundle(reference, { quantize: 'float32' }).slice().buffer as ArrayBuffer;

function expectGlove(data: EmbeddingData, withPos = true) {
  expect(data.labels).toEqual(['the', ',', '.']);
  expect([data.count, data.dimensions]).toEqual([3, 3]);
  expect(Array.from(data.vectors.subarray(3, 6))).toEqual(Array.from(reference.vectors.subarray(3, 6)));
  if (withPos) expect(data.columns.map((column) => column.name)).toEqual(['pos']);
}

describe('one input entry: every format through parseEmbeddingFile and loadEmbeddingFile', () => {
  const cases: [string, string | (() => ArrayBuffer), string, { metadata?: string; shape?: [number, number] }][] = [
    ['vectors.tsv', PROJECTOR_VECTORS, 'projector-tsv', { metadata: PROJECTOR_METADATA }],
    ['glove.6B.3d.txt', GLOVE, 'word-vectors', { metadata: PROJECTOR_METADATA }],
    ['model.vec', WORD2VEC, 'word-vectors', { metadata: PROJECTOR_METADATA }],
    ['embedding.json', JSON_FILE, 'json', {}],
    ['tensors.bytes', () => reference.vectors.slice().buffer, 'projector-bytes', { metadata: PROJECTOR_METADATA }],
    ['glove.tsemb', bundle, 'bundle', {}],
    ['download (1)', bundle, 'bundle', {}],
  ];

  it.each(cases)('%s is %s', async (name, content, format, options) => {
    const read = () => (typeof content === 'string' ? content : content());
    const shape = format === 'projector-bytes' ? { shape: [3, 3] as const } : {};
    expect(detectEmbeddingFormat(name, read())).toBe(format);
    expectGlove(parseEmbeddingFile(name, read(), { ...options, ...shape }));
    const file = new File([read()], name);
    expectGlove(await loadEmbeddingFile(file, { ...options, ...shape, worker: false }));
  });

  it('takes the .bytes shape and file names from projector_config.json', () => {
    const [embedding] = parseProjectorConfig(CONFIG).embeddings;
    expect(embedding?.tensorShape).toEqual([3, 3]);
    const data = parseEmbeddingFile(embedding!.tensorPath, reference.vectors.slice().buffer, {
      shape: embedding!.tensorShape,
      metadata: PROJECTOR_METADATA,
    });
    expectGlove(data);
    expect(thrown(() => parseEmbeddingFile('projector_config.json', CONFIG)).message).toContain('tensors.bytes');
  });

  it('names the file in a broken bundle error, and refuses a bundle given as text', () => {
    const broken = bundle().slice(0, 40);
    const error = thrown(() => parseEmbeddingFile('glove.tsemb', broken));
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.message).toMatch(/^glove\.tsemb: /);
    expect(error.location?.file).toBe('glove.tsemb');
    expect(thrown(() => parseEmbeddingFile('glove.tsemb', 'TSEMB001')).message).toContain('as an ArrayBuffer');
  });

  it('reads a bundle by its magic even when renamed to .txt', () => {
    expect(detectEmbeddingFormat('vectors.txt', bundle())).toBe('bundle');
    expect(detectEmbeddingFormat('vectors.txt', bytesOf('the 1 2'))).toBe('word-vectors');
  });
});

describe('validation happens once per load', () => {
  it('does not rescan data a loader already checked', () => {
    const data = parseEmbeddingFile('glove.txt', GLOVE);
    data.vectors[0] = NaN; // only possible by editing in place, which the docs rule out
    expect(checkEmbeddingData(data)).toBe(data);
  });

  it('checks data built by hand', () => {
    const data = { ...reference, vectors: reference.vectors.slice() };
    data.vectors[0] = NaN;
    expect(thrown(() => checkEmbeddingData(data)).code).toBe('INVALID_VALUE');
  });

  it('checks a float32 bundle that holds NaN when it is decoded', () => {
    const bad = { ...reference, vectors: reference.vectors.slice() };
    bad.vectors[4] = NaN;
    const bytes = encodeEmbeddingBundle(bad, { quantize: 'float32' });
    // The bundle reader itself now refuses it, naming the field (issue "Hardening").
    const error = thrown(() => parseEmbeddingFile('bad.tsemb', bytes.slice().buffer as ArrayBuffer));
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.details).toMatchObject({ field: 'vectors' });
  });
});

import { describe, expect, it } from 'vitest';

import { detectEmbeddingFormat, parseEmbeddingFile } from './detect.js';
import { thrown } from '../thrown.testing.js';

const encode = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe('detectEmbeddingFormat', () => {
  it.each([
    ['vectors.tsv', 'a b', 'projector-tsv'],
    ['glove.6B.50d.txt', 'the 0.1 0.2', 'word-vectors'],
    ['exported.txt', '\n0.1\t0.2', 'projector-tsv'],
    ['wiki.ko.vec', '2 3\n', 'word-vectors'],
    ['embedding.json', 'x', 'json'],
    ['tensors.bytes', '', 'projector-bytes'],
    ['https://host/data?format=raw', '{"vectors": []}', 'json'],
    ['clipboard', '1\t2\n', 'projector-tsv'],
    ['clipboard', 'word 1 2\n', 'word-vectors'],
  ])('%s with %j is %s', (name, content, format) => {
    expect(detectEmbeddingFormat(name, content)).toBe(format);
  });

  it.each([
    ['data.xyz', 'hello', 'Cannot tell the format of data.xyz. Expected .tsv'],
    ['GoogleNews-vectors.bin', '', 'word2vec binary files cannot be read'],
    ['glove.txt.gz', '', 'decompress it first'],
    ['v.csv', '1,2', 'CSV is not supported'],
  ])('explains why %s cannot be read', (name, content, message) => {
    const error = thrown(() => detectEmbeddingFormat(name, content));
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.message).toContain(message);
  });
});

describe('parseEmbeddingFile', () => {
  it('parses a TSV with metadata, from text or UTF-8 bytes', () => {
    for (const content of ['1\t2\n3\t4\n', encode('1\t2\n3\t4\n')]) {
      const data = parseEmbeddingFile('data/vectors.tsv', content, { metadata: '하나\n둘\n' });
      expect(data.labels).toEqual(['하나', '둘']);
    }
  });

  it('uses the file name (without folders) in error locations', () => {
    const error = thrown(() => parseEmbeddingFile('/tmp/run1/emb.txt', 'a 1 2\nb 1 x\n'));
    expect(error.location).toEqual({ file: 'emb.txt', line: 2, column: 3 });
  });

  it('parses JSON and .bytes with a shape', () => {
    expect(parseEmbeddingFile('e.json', '{"a": [1, 2], "b": [3, 4]}').labels).toEqual(['a', 'b']);
    const bytes = new Float32Array([1, 2, 3, 4]).buffer;
    expect(parseEmbeddingFile('t.bytes', bytes, { shape: [2, 2] }).count).toBe(2);
    expect(thrown(() => parseEmbeddingFile('t.bytes', bytes)).message).toContain('pass shape: [count, dimensions]');
  });

  it('says a projector_config.json names files instead of holding vectors', () => {
    const config = JSON.stringify({
      embeddings: [{ tensorName: 't', tensorShape: [2, 2], tensorPath: 'v.tsv', metadataPath: 'm.tsv' }],
    });
    const error = thrown(() => parseEmbeddingFile('projector_config.json', config));
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.message).toContain('Load the tensor file it names (v.tsv) together with its metadata (m.tsv)');
  });
});

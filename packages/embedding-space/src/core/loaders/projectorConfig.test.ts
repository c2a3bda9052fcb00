import { describe, expect, it } from 'vitest';

import { parseProjectorConfig } from './projectorConfig.js';
import { thrown } from '../thrown.testing.js';

const CONFIG = {
  embeddings: [
    {
      tensorName: 'Word2Vec 10K',
      tensorShape: [10000, 200],
      tensorPath: 'oss_data/word2vec_10000_200d_tensors.bytes',
      metadataPath: 'oss_data/word2vec_10000_200d_labels.tsv',
      sprite: { imagePath: 'sprite.png', singleImageDim: [28, 28] },
    },
    { tensorName: 'No metadata', tensorShape: [5, 3], tensorPath: 'v.tsv', bookmarksPath: 'b.json' },
  ],
  modelCheckpointPath: 'Demo datasets',
};

describe('parseProjectorConfig', () => {
  it('reads the JSON of projector_config.proto', () => {
    const config = parseProjectorConfig(JSON.stringify(CONFIG));
    expect(config).toEqual(CONFIG);
    expect(parseProjectorConfig(CONFIG).embeddings[1]?.metadataPath).toBeUndefined();
  });

  it.each([
    [{}, 'embeddings in projector_config.json must be a non-empty array of embeddings; it is undefined.'],
    [
      { embeddings: [{ ...CONFIG.embeddings[1], tensorShape: [5] }] },
      'embeddings[0].tensorShape in projector_config.json must be [count, dimensions], two positive integers; it is [5].',
    ],
    [
      { embeddings: [CONFIG.embeddings[0], { tensorName: 'x', tensorShape: [2, 2] }] },
      'embeddings[1].tensorPath in projector_config.json must be a non-empty string; it is undefined: tensors stored in a TensorFlow checkpoint',
    ],
    [
      { embeddings: [{ ...CONFIG.embeddings[1], metadataPath: 3 }] },
      'embeddings[0].metadataPath in projector_config.json must be a non-empty string; it is 3.',
    ],
    [
      { embeddings: [{ ...CONFIG.embeddings[1], sprite: { imagePath: 's.png', singleImageDim: [0, 28] } }] },
      'embeddings[0].sprite.singleImageDim',
    ],
  ])('names the first bad field of %j', (input, message) => {
    const error = thrown(() => parseProjectorConfig(input));
    expect(error.code).toBe('INVALID_VALUE');
    expect(error.message).toContain(message);
  });

  it('gives the position of a JSON syntax error', () => {
    const error = thrown(() => parseProjectorConfig('{"embeddings": []]}'));
    expect(error.code).toBe('PARSE_ERROR');
    expect(error.location).toMatchObject({ file: 'projector_config.json', line: 1, column: 18 });
  });
});

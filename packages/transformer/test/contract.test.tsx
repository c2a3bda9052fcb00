// @vitest-environment node
// The package contract (docs/architecture.md): its public API, server rendering and size budget,
// checked against the BUILT package (turbo builds before it tests).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { readDist } from '../../../scripts/dist-contents.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

const CORE = [
  'BROWN_RECIPE',
  'CHECKPOINT_MAGIC',
  'CHECKPOINT_VERSION',
  'DEFAULT_ADAMW',
  'DEFAULT_MAX_CHECKPOINT_BYTES',
  'INDUCTION_FORMED_AT',
  'INDUCTION_PERIODS',
  'INDUCTION_RECIPE',
  'MAX_BPE_VOCAB_SIZE',
  'MAX_DECODE_SPEED_TOKENS',
  'MAX_GENERATED',
  'MAX_REPEAT',
  'MAX_TEXT_LENGTH',
  'ROLE_THRESHOLDS',
  'TRANSFORMER_ERROR_CODES',
  'attentionScores',
  'bpeTokenBytes',
  'bpeTokenStrings',
  'checkIds',
  'checkWeights',
  'copyingScores',
  'createModel',
  'createNextTokenController',
  'createTrainer',
  'createTrainingController',
  'decodeBpe',
  'decodeCheckpoint',
  'encodeBpe',
  'encodeCheckpoint',
  'forwardFlops',
  'headDim',
  'headRole',
  'inductionTask',
  'initWeights',
  'learningRateAt',
  'loadCheckpoint',
  'lossSummary',
  'mapTokensToIds',
  'measureDecodeSpeed',
  'ngramBaselines',
  'parameterCount',
  'readBpeTokenizer',
  'readConfig',
  'repeatedBatch',
  'sameConfig',
  'sampleId',
  'softmax',
  'splitWords',
  'textTask',
  'textToIds',
  'toAttentionData',
  'topK',
  'trainBpe',
  'trainInWorker',
  'weightShapes',
  'windowIds',
];

it('exports exactly the public API', async () => {
  expect(Object.keys(await import('@tensorscope/transformer')).sort()).toEqual(
    [
      'AblationGrid',
      'NextTokenPanel',
      'TrainingPanel',
      'TransformerAttention',
      'useNextTokenController',
      ...CORE,
    ].sort(),
  );
  expect(Object.keys(await import('@tensorscope/transformer/core')).sort()).toEqual([...CORE].sort());
  expect(Object.keys(await import('@tensorscope/transformer/element')).sort()).toEqual(
    ['TransformerElement', 'TRANSFORMER_TAG', 'defineTransformerElement'].sort(),
  );
});

it('imports and renders on the server without window or document', async () => {
  expect(typeof window).toBe('undefined');
  const { NextTokenPanel, AblationGrid, TrainingPanel, TransformerAttention } =
    await import('@tensorscope/transformer');
  const { defineTransformerElement } = await import('@tensorscope/transformer/element');
  const { renderToString } = await import('react-dom/server');
  expect(defineTransformerElement()).toBe(false);
  const checkpoint = 'https://example.org/induction.tsgpt';
  for (const html of [
    renderToString(<NextTokenPanel checkpoint={checkpoint} locale="ko" />),
    renderToString(<AblationGrid checkpoint={checkpoint} />),
    renderToString(<TransformerAttention checkpoint={checkpoint} theme="dark" />),
    renderToString(<TrainingPanel locale="ko" />),
  ])
    expect(html.length).toBeGreaterThan(50);
});

it('ships the trained checkpoints it exports', async () => {
  const { decodeCheckpoint } = await import('@tensorscope/transformer/core');
  const pkg = JSON.parse(readFileSync(path.join(here, '../package.json'), 'utf8')) as {
    files: string[];
    exports: Record<string, unknown>;
  };
  expect(pkg.files).toContain('checkpoints/*.tsgpt');
  for (const name of ['induction', 'brown']) {
    const checkpoint = decodeCheckpoint(new Uint8Array(readFileSync(path.join(here, `../checkpoints/${name}.tsgpt`))));
    expect(checkpoint.meta.name).toBe(name);
  }
});

it('is small and carries neither tfjs nor three', () => {
  const { files, imports, gzipBytes } = readDist(path.join(here, '..'));
  expect(files.length).toBeGreaterThan(3);
  for (const specifier of imports) expect(specifier).not.toMatch(/@tensorflow|^three($|\/)|@react-three/);
  // Model, training, checkpoints, BPE, scores, controllers, the worker and six views: 54 KB today.
  expect(gzipBytes).toBeLessThanOrEqual(64 * 1024);
});

// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createEmbeddingData } from '../core/embeddingData.js';
import { EmbeddingError } from '../core/errors.js';
import { createExplorerController } from '../core/explorerController.js';
import { explorerMessages } from '../explorerMessages.js';
import { MeaningPanel } from './MeaningPanel.js';
import { announcementText } from './messages.js';

const data = createEmbeddingData({
  vectors: [
    [1, 0],
    [0, 1],
  ],
  labels: ['king', 'queen'],
});

function html(
  locale: 'en' | 'ko',
  patch: Parameters<ReturnType<typeof createExplorerController>['store']['setState']>[0],
) {
  const controller = createExplorerController({ data });
  controller.store.setState(patch);
  return renderToString(
    <MeaningPanel
      controller={controller}
      state={controller.store.getState()}
      onPick={() => {}}
      messages={explorerMessages[locale]}
      locale={locale}
    />,
  );
}

const query = {
  text: 'royal foo',
  known: ['royal'],
  unknown: ['foo'],
  vector: new Float32Array(2),
  weighted: false,
  placed: false,
  neighbors: [{ index: 1, score: 0.9, rank: 1 }],
};

describe('MeaningPanel', () => {
  it('names unknown words, an unplaceable projection, a plain average and the neighbours (en, ko)', () => {
    const en = html('en', { meaningQuery: query });
    expect(en).toContain('not in the vocabulary: foo');
    expect(en).toContain('not on the map until a layout is ready');
    expect(en).toContain('plain average');
    expect(en).toContain('queen');
    const ko = html('ko', { meaningQuery: { ...query, placed: true, weighted: true } });
    expect(ko).toContain('어휘에 없는 단어: foo');
    expect(ko).toContain('마름모');
    expect(ko).not.toContain('같은 무게');
    expect(ko).toContain('같은 투영');
    const estimated = html('en', { meaningQuery: { ...query, placed: true, placedBy: 'neighbors' as const } });
    expect(estimated).toContain('how UMAP places new points');
    expect(estimated).toContain('an estimate');
  });

  it('shows a typed error', () => {
    const error = new EmbeddingError('EMPTY_INPUT', 'None of the words is in the vocabulary: foo.');
    expect(html('en', { meaningError: error })).toContain('None of the words is in the vocabulary: foo.');
  });

  it('announces the result', () => {
    const text = announcementText(
      { kind: 'meaning', text: 'royal foo', top: query.neighbors, placed: false, unknown: ['foo'] },
      data,
      explorerMessages.en,
      'en',
    );
    expect(text).toContain('royal foo ≈ queen.');
    expect(text).toContain('not in the vocabulary: foo');
    expect(text).toContain('not on the map');
  });
});

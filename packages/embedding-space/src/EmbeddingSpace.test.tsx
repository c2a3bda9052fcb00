// @vitest-environment node
// Hostile props on the server (issue "Hardening"): the explorer shows them as an inline error and
// renders from the defaults, never throwing out of renderToString.
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { createEmbeddingData } from './core/embeddingData.js';
import { EmbeddingSpace, type EmbeddingSpaceProps } from './EmbeddingSpace.js';

const data = createEmbeddingData({
  vectors: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  labels: ['king', 'queen', 'man'],
  columns: [{ name: 'topic', values: ['a', 'b', 'a'] }],
});

const render = (props: Partial<Record<keyof EmbeddingSpaceProps, unknown>>) =>
  renderToString(<EmbeddingSpace data={data} {...(props as Partial<EmbeddingSpaceProps>)} />);

describe('EmbeddingSpace with hostile props', () => {
  it('renders valid props as before', () => {
    const html = render({ initialState: { colorBy: 'topic', selection: [1] }, selection: [1], height: 300 });
    expect(html).not.toContain('role="alert"');
    expect(html).toContain('queen');
  });

  it('shows an unknown colour column inline instead of throwing', () => {
    const html = render({ initialState: { colorBy: 'toString' } });
    expect(html).toContain('INVALID_VALUE');
    expect(html).toContain('Cannot colour by');
  });

  it('shows a selected row the data does not have inline instead of throwing', () => {
    for (const selection of [[8], [-3], [1.5], [Number.NaN], 'x', [{}]]) {
      expect(() => render({ selection })).not.toThrow();
      expect(render({ selection })).toMatch(/INVALID_(VALUE|ARGUMENT)/);
      expect(render({ initialState: { selection } })).toMatch(/INVALID_(VALUE|ARGUMENT)/);
    }
  });

  it('shows an initial state of the wrong shape, height or point size inline', () => {
    for (const props of [
      { initialState: 5 },
      { initialState: { k: ['NaN'] } },
      { initialState: { projection: { kind: 'pca', components: null } } },
      { height: Number.NaN },
      { pointSize: -1 },
      { height: 'tall' },
    ]) {
      expect(() => render(props)).not.toThrow();
      expect(render(props)).toMatch(/INVALID_(VALUE|ARGUMENT)/);
    }
  });

  it('falls back from an unknown locale or theme with one warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => render({ locale: 'xx-hostile', theme: 'bogus-hostile' })).not.toThrow();
    expect(() => render({ locale: 'xx-hostile', theme: 'bogus-hostile' })).not.toThrow();
    expect(warn.mock.calls.filter(([text]) => String(text).includes('xx-hostile'))).toHaveLength(1);
    expect(warn.mock.calls.filter(([text]) => String(text).includes('bogus-hostile'))).toHaveLength(1);
    warn.mockRestore();
  });

  it('shows data that is not embedding data inline', () => {
    const html = renderToString(<EmbeddingSpace data={{ vectors: [[1, 2]] } as never} />);
    expect(html).toContain('INVALID_VALUE');
  });
});

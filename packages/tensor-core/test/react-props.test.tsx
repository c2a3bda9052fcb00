// Hostile props from plain pages: unknown locale/theme fall back, bad data props show a message.
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { BackendReport, ThroughputMeter } from '../src/react/index.js';

describe('components with hostile props', () => {
  it('an unknown locale and a theme without a prototype fall back with a warning, not a throw', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const html = renderToString(<BackendReport locale={'xx' as never} theme={Object.create(null) as never} />);
    expect(html).toContain('ts-backend-report');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
  it('bad references render the inline error message naming the prop', () => {
    const html = renderToString(<ThroughputMeter references={[null] as never} style={-5 as never} />);
    expect(html).toContain('references[0]');
  });
  it('options that JSON cannot hold are an error state', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => renderToString(<BackendReport options={cyclic as never} />)).not.toThrow();
  });
});

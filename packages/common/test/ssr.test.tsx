// @vitest-environment node
import { expect, it } from 'vitest';

it('imports and renders on the server without window or document', async () => {
  expect(typeof window).toBe('undefined');
  expect(typeof document).toBe('undefined');
  const { TensorscopeError } = await import('@tensorscope/common');
  const { ErrorMessage, TensorscopeProvider } = await import('@tensorscope/common/react');
  const { renderToString } = await import('react-dom/server');
  const html = renderToString(
    <TensorscopeProvider theme="auto">
      <ErrorMessage error={new TensorscopeError('EMPTY_INPUT', 'Nothing to show.')} />
    </TensorscopeProvider>,
  );
  expect(html).toContain('role="alert"');
  expect(html).toContain('Nothing to show.');
});

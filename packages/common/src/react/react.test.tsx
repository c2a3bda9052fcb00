import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TensorscopeError } from '../errors.js';
import { TensorscopeErrorBoundary } from './ErrorBoundary.js';
import { ErrorMessage } from './ErrorMessage.js';
import { TensorscopeProvider, useTensorscopeSettings } from './settings.js';

function Probe(props: { locale?: 'en' | 'ko' }) {
  const { locale, theme } = useTensorscopeSettings(props);
  return <span>{`${locale}/${theme}`}</span>;
}

function Thrower(): never {
  throw new TensorscopeError('RENDER_FAILED', 'WebGL context could not be created');
}

describe('settings', () => {
  it('uses defaults, then the provider, then the props', () => {
    const { rerender } = render(<Probe />);
    expect(screen.getByText('en/light')).toBeTruthy();
    rerender(
      <TensorscopeProvider locale="ko" theme="dark">
        <Probe />
      </TensorscopeProvider>,
    );
    expect(screen.getByText('ko/dark')).toBeTruthy();
    rerender(
      <TensorscopeProvider locale="ko" theme="dark">
        <Probe locale="en" />
      </TensorscopeProvider>,
    );
    expect(screen.getByText('en/dark')).toBeTruthy();
  });
});

describe('ErrorMessage and TensorscopeErrorBoundary', () => {
  it('shows the message and code as an alert in the chosen language', () => {
    render(<ErrorMessage error={new TensorscopeError('EMPTY_INPUT', 'No rows.')} locale="ko" />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('이 화면을 표시할 수 없습니다');
    expect(alert.textContent).toContain('No rows.');
    expect(alert.getAttribute('data-error-code')).toBe('EMPTY_INPUT');
  });

  it('catches render errors and shows them inline', () => {
    const original = console.error;
    console.error = () => {};
    try {
      render(
        <TensorscopeErrorBoundary>
          <Thrower />
        </TensorscopeErrorBoundary>,
      );
    } finally {
      console.error = original;
    }
    expect(screen.getByRole('alert').textContent).toContain('WebGL context could not be created');
  });
});

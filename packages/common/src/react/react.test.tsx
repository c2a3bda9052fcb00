import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TensorscopeError } from '../errors.js';
import { TensorscopeErrorBoundary } from './ErrorBoundary.js';
import { ErrorMessage } from './ErrorMessage.js';
import { TensorscopeProvider, useTensorscopeSettings } from './settings.js';
import { useLastValid } from './useLastValid.js';

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

describe('useLastValid', () => {
  function Parsed({ input }: { input: string }) {
    const { value, error } = useLastValid(() => {
      const n = Number(input);
      if (Number.isNaN(n)) throw new TensorscopeError('INVALID_VALUE', `"${input}" is not a number`);
      return n;
    }, [input]);
    return <span>{`${value ?? 'none'}|${error?.code ?? 'ok'}`}</span>;
  }

  it('keeps the last valid value and reports the new error', () => {
    const { rerender } = render(<Parsed input="x" />);
    expect(screen.getByText('none|INVALID_VALUE')).toBeTruthy();
    rerender(<Parsed input="4" />);
    expect(screen.getByText('4|ok')).toBeTruthy();
    rerender(<Parsed input="y" />);
    expect(screen.getByText('4|INVALID_VALUE')).toBeTruthy();
  });
});

describe('hostile settings and props (issue "Hardening")', () => {
  it('an unknown locale or theme from a provider or props falls back to en/light (regression: crash)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <TensorscopeProvider locale={'xx' as never} theme={'bogus' as never}>
        <Probe />
        <Probe locale={42 as never} />
      </TensorscopeProvider>,
    );
    expect(screen.getAllByText('en/light')).toHaveLength(2);
    warn.mockRestore();
  });

  it('ErrorMessage survives any locale, title and error (regression: prototype-less error threw)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<ErrorMessage error={Object.create(null)} locale={'xx' as never} title={{} as never} />);
    expect(screen.getByRole('alert').textContent).toContain('This view cannot be shown');
    expect(screen.getByRole('alert').textContent).toContain('an empty object');
    warn.mockRestore();
  });
});

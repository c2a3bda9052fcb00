'use client';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { toTensorscopeError, type AnyTensorscopeError } from '../errors.js';
import type { Locale } from '../locale.js';
import { ErrorMessage } from './ErrorMessage.js';
import { isReactNode } from './ui/isReactNode.js';
import { TensorscopeArgumentError } from '../validate.js';

export interface TensorscopeErrorBoundaryProps {
  children?: ReactNode;
  locale?: Locale;
  /** Called once per caught error, e.g. to log it. */
  onError?: (error: AnyTensorscopeError, info: ErrorInfo) => void;
  /** When any value in this list changes, the boundary clears its error and renders children again. */
  resetKeys?: readonly unknown[];
}

interface State {
  error: AnyTensorscopeError | null;
  resetKeys: readonly unknown[] | undefined;
}

/** Catches a render or WebGL failure below it and shows `ErrorMessage` in its place. */
export class TensorscopeErrorBoundary extends Component<TensorscopeErrorBoundaryProps, State> {
  override state: State = { error: null, resetKeys: this.props.resetKeys };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: toTensorscopeError(error) };
  }

  static getDerivedStateFromProps(props: TensorscopeErrorBoundaryProps, state: State): Partial<State> | null {
    const prev = Array.isArray(state.resetKeys) ? state.resetKeys : [];
    const next = Array.isArray(props.resetKeys) ? props.resetKeys : [];
    const changed = prev.length !== next.length || prev.some((value, i) => !Object.is(value, next[i]));
    return changed ? { error: null, resetKeys: props.resetKeys } : null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    if (typeof this.props.onError === 'function') this.props.onError(toTensorscopeError(error), info);
  }

  override render(): ReactNode {
    if (this.state.error) return <ErrorMessage error={this.state.error} locale={this.props.locale} />;
    const { children } = this.props;
    return isReactNode(children) ? (
      children
    ) : (
      <ErrorMessage
        error={new TensorscopeArgumentError('children', 'React nodes', children)}
        locale={this.props.locale}
      />
    );
  }
}

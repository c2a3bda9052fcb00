'use client';
export { TensorscopeProvider, useTensorscopeSettings, useResolvedTheme } from './settings.js';
export type { TensorscopeProviderProps, TensorscopeSettings, ResolvedSettings } from './settings.js';
export { ErrorMessage } from './ErrorMessage.js';
export type { ErrorMessageProps } from './ErrorMessage.js';
export { TensorscopeErrorBoundary } from './ErrorBoundary.js';
export type { TensorscopeErrorBoundaryProps } from './ErrorBoundary.js';
export { useLastValid } from './useLastValid.js';
export type { LastValid } from './useLastValid.js';

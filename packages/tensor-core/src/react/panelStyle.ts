import { themedRootStyle, type ThemeName } from '@tensorscope/common';
import type { CSSProperties } from 'react';

/** The bordered card both tensor-core panels (BackendReport, ThroughputMeter) are drawn in. */
export function panelStyle(theme: ThemeName, style?: CSSProperties): CSSProperties {
  return {
    ...themedRootStyle(theme),
    border: '1px solid var(--ts-border)',
    borderRadius: 8,
    padding: '12px 16px',
    fontSize: 14,
    lineHeight: 1.5,
    ...style,
  };
}

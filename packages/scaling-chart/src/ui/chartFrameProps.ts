import type { Locale, ThemeSetting } from '@tensorscope/common';
import type { CSSProperties } from 'react';

/** The props every scaling chart shares: export buttons, language, theme, width, root class and style. */
export interface ChartFrameProps {
  /** Show the PNG / SVG / CSV download buttons. Default `true`. */
  showExport?: boolean;
  /** Language of labels and numbers. Default from `TensorscopeProvider`, else `'en'`. */
  locale?: Locale;
  /** Colour theme. Default from `TensorscopeProvider`, else `'light'`. */
  theme?: ThemeSetting;
  /** Fixed width in pixels. Default: the parent's width. */
  width?: number;
  /** Extra class on the root `<figure>`. Default none. */
  className?: string;
  /** Extra inline style on the root, e.g. `--ts-*` colour overrides. Default none. */
  style?: CSSProperties;
}

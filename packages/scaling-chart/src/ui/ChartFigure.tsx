'use client';
import { themedRootStyle, type ThemeName } from '@tensorscope/common';
import type { CSSProperties, ReactNode, Ref } from 'react';

export interface ChartFigureProps {
  title: string;
  /** Base class, e.g. `ts-compute-chart`; the user's class is added after it. */
  baseClass: string;
  className?: string | undefined;
  theme: ThemeName;
  width?: number | undefined;
  style?: CSSProperties | undefined;
  figureRef?: Ref<HTMLElement>;
  children?: ReactNode;
}

/** The themed `<figure>` every chart sits in, with its title as the caption. */
export function ChartFigure({
  title,
  baseClass,
  className,
  theme,
  width,
  style,
  figureRef,
  children,
}: ChartFigureProps) {
  return (
    <figure
      ref={figureRef}
      className={[baseClass, className].filter(Boolean).join(' ')}
      style={{ ...themedRootStyle(theme), margin: 0, width: width ?? '100%', maxWidth: '100%', ...style }}
    >
      <figcaption style={{ fontWeight: 600, fontSize: 15, marginBottom: 6 }}>{title}</figcaption>
      {children}
    </figure>
  );
}

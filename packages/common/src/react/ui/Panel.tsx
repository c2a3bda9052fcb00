'use client';
import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';
import { classNames } from './classNames.js';
import { KitStyle } from './KitStyle.js';

export interface PanelProps extends Omit<ComponentPropsWithRef<'section'>, 'title'> {
  /** The heading; it also names the section for screen readers. */
  title: ReactNode;
  /** Heading level, to fit the page's outline. Default 3. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Controls shown at the end of the header row (e.g. an ExportMenu). */
  actions?: ReactNode;
}

/** A titled, bordered box (`<section>` named by its heading). */
export function Panel({ title, headingLevel = 3, actions, className, children, ...props }: PanelProps) {
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby={headingId} className={classNames('ts-panel', className)} {...props}>
      <KitStyle />
      <div className="ts-panel__header">
        <Heading id={headingId} className="ts-panel__title">
          {title}
        </Heading>
        {actions}
      </div>
      {children}
    </section>
  );
}

'use client';
import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';
import { classNames } from './classNames.js';
import { KitStyle } from './KitStyle.js';
import { domProps } from './domProps.js';
import { asReactNode } from './isReactNode.js';

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
  const level = [2, 3, 4, 5, 6].includes(headingLevel as number) ? headingLevel : 3;
  const Heading = `h${level}` as const;
  return (
    <section aria-labelledby={headingId} className={classNames('ts-panel', className)} {...domProps(props)}>
      <KitStyle />
      <div className="ts-panel__header">
        <Heading id={headingId} className="ts-panel__title">
          {asReactNode(title)}
        </Heading>
        {asReactNode(actions)}
      </div>
      {asReactNode(children)}
    </section>
  );
}

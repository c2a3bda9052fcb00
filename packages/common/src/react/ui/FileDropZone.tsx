'use client';
import type { ReactNode } from 'react';
import type { Locale } from '../../locale.js';
import { classNames } from './classNames.js';
import { KitStyle } from './KitStyle.js';
import { asReactNode } from './isReactNode.js';
import { ErrorMessage } from '../ErrorMessage.js';
import { propsError } from './propsError.js';
import { checkFileDropOptions, useFileDrop, type FileDropOptions } from './useFileDrop.js';
import { useKitLocale } from './useKitLocale.js';

export interface FileDropZoneProps extends FileDropOptions {
  /** Heading inside the zone. Default "Drop a file here" / "파일을 여기에 끌어다 놓으세요" (plural with `multiple`). */
  title?: ReactNode;
  /** What files fit, e.g. "Embedding Projector TSV, GloVe text or JSON". */
  hint?: ReactNode;
  /** Text of the browse button. Default "Choose file" / "파일 고르기". */
  browseLabel?: string;
  locale?: Locale;
  /** Shown under the zone: progress, a cancel button, the result or an error. */
  children?: ReactNode;
  className?: string;
}

const IDLE: FileDropOptions = { onFiles: () => {}, disabled: true };

const TEXT: Record<Locale, { title: string; titleMany: string; browse: string; browseMany: string }> = {
  en: {
    title: 'Drop a file here',
    titleMany: 'Drop files here',
    browse: 'Choose file',
    browseMany: 'Choose files',
  },
  ko: {
    title: '파일을 여기에 끌어다 놓으세요',
    titleMany: '파일들을 여기에 끌어다 놓으세요',
    browse: '파일 고르기',
    browseMany: '파일 고르기',
  },
};

/**
 * A dashed drop target that is also a button: click, Enter or Space opens the file picker. Children
 * render below it (progress, cancel), outside the button, so they stay separately focusable.
 */
export function FileDropZone({
  title,
  hint,
  browseLabel,
  locale: localeProp,
  children,
  className,
  ...options
}: FileDropZoneProps) {
  const locale = useKitLocale(localeProp);
  const text = TEXT[locale];
  const problem = propsError(() => checkFileDropOptions(options));
  // The hook runs either way (same hooks every render); bad options only show the message.
  const drop = useFileDrop(problem ? IDLE : options);
  const many = options.multiple === true;
  if (problem) return <ErrorMessage error={problem} locale={locale} />;
  return (
    <div className={classNames('ts-file-drop', className)} data-dragging={drop.dragging ? '' : undefined}>
      <KitStyle />
      {/* Its accessible name is all its text (title, hint, browse label), as axe requires for visible text. */}
      <div className="ts-file-drop__target" {...drop.targetProps}>
        <strong>{asReactNode(title) ?? (many ? text.titleMany : text.title)}</strong>
        {asReactNode(hint) ? <span className="ts-file-drop__hint">{asReactNode(hint)}</span> : null}
        <span className="ts-button ts-button--sm">
          {typeof browseLabel === 'string' ? browseLabel : many ? text.browseMany : text.browse}
        </span>
      </div>
      <input {...drop.inputProps} />
      {asReactNode(children)}
    </div>
  );
}

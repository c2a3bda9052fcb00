'use client';
import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from 'react';
import { classNames } from './classNames.js';
import { KitStyle } from './KitStyle.js';
import { asReactNode, isReactNode } from './isReactNode.js';

/** The attributes that tie a control to its field's label, hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export interface FieldProps {
  label: ReactNode;
  /** A short help line under the control. */
  hint?: ReactNode;
  /** An error under the control; marks it `aria-invalid`. */
  error?: ReactNode;
  /** Label beside the control instead of above it. */
  inline?: boolean;
  /**
   * The control: one element (it receives `id`, `aria-describedby`, `aria-invalid`), or a function
   * that spreads those props where it wants them.
   */
  children: ReactElement<Partial<FieldControlProps>> | ((control: FieldControlProps) => ReactNode);
  className?: string;
}

/** A label, a control, and an optional hint or error, wired together with generated ids. */
export function Field({ label, hint, error, inline = false, children, className }: FieldProps) {
  const id = useId();
  const controlId = `${id}-control`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  if (!isReactNode(hint)) hint = undefined;
  if (!isReactNode(error)) error = undefined;
  const hasError = error !== undefined && error !== null && error !== false && error !== '';
  const describedBy = [hint ? hintId : null, hasError ? errorId : null].filter(Boolean).join(' ');
  const control: FieldControlProps = {
    id: controlId,
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    ...(hasError ? { 'aria-invalid': true as const } : {}),
  };
  let rendered: ReactNode;
  if (typeof children === 'function') rendered = children(control);
  else if (isValidElement(children)) {
    const own = children.props['aria-describedby'];
    const ownId = children.props.id;
    rendered = cloneElement(children, {
      ...control,
      id: typeof ownId === 'string' && ownId ? ownId : controlId,
      ...(own ? { 'aria-describedby': [own, describedBy].filter(Boolean).join(' ') } : {}),
    });
  }
  const childId = isValidElement(children) ? children.props.id : undefined;
  const labelFor = typeof childId === 'string' && childId ? childId : controlId;
  return (
    <span className={classNames('ts-field', inline && 'ts-field--inline', className)}>
      <KitStyle />
      <label className="ts-field__label" htmlFor={labelFor}>
        {asReactNode(label)}
      </label>
      {rendered}
      {hint ? (
        <span className="ts-field__hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      {hasError ? (
        <span className="ts-field__error" id={errorId} role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}

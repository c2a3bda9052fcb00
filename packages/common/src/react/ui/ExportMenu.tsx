'use client';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Locale } from '../../locale.js';
import type { ControlSize } from './Button.js';
import { classNames } from './classNames.js';
import { KitStyle } from './KitStyle.js';
import { ErrorMessage } from '../ErrorMessage.js';
import { checkItems } from './checkItems.js';
import { asReactNode } from './isReactNode.js';
import { propsError } from './propsError.js';
import { useKitLocale } from './useKitLocale.js';

export interface ExportMenuItem {
  id: string;
  /** What the item shows, e.g. "PNG" or "CSV (data)". */
  label: ReactNode;
  /** Runs the export. A rejected promise or a throw is shown next to the button (or given to `onError`). */
  onSelect: () => void | Promise<void>;
  disabled?: boolean;
}

export interface ExportMenuProps {
  items: readonly ExportMenuItem[];
  /** Button text. Default "Export" / "내보내기". */
  label?: string;
  locale?: Locale;
  size?: ControlSize;
  /** Open the list towards the start (default) or the end of the button. */
  align?: 'start' | 'end';
  disabled?: boolean;
  /** Handles a failed export instead of the built-in inline message. */
  onError?: (error: unknown) => void;
  className?: string;
}

const LABELS: Record<Locale, string> = { en: 'Export', ko: '내보내기' };

type Opening = false | 'first' | 'last';

/**
 * "Export ▾": a menu button (WAI-ARIA menu pattern). Enter, Space or ArrowDown opens it on the first
 * item, ArrowUp on the last; arrows, Home and End move; Enter/Space run an item; Esc closes and
 * returns focus to the button; Tab or a click outside closes it.
 */
export function ExportMenu({
  items,
  label,
  locale: localeProp,
  size = 'sm',
  align = 'start',
  disabled = false,
  onError,
  className,
}: ExportMenuProps) {
  const locale = useKitLocale(localeProp);
  const id = useId();
  const [open, setOpen] = useState<Opening>(false);
  const [error, setError] = useState<string | null>(null);
  const rootRef = useRef<HTMLSpanElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const problem = propsError(() => checkItems(items, 'items', 'id'));
  const menuItems = () => Array.from(listRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);

  useEffect(() => {
    if (!open) return;
    const all = menuItems();
    (open === 'first' ? all[0] : all[all.length - 1])?.focus();
    const closeOnOutside = (event: PointerEvent) => {
      if (rootRef.current && !event.composedPath().includes(rootRef.current)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutside, true);
    return () => document.removeEventListener('pointerdown', closeOnOutside, true);
  }, [open]);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const run = async (item: ExportMenuItem) => {
    if (item.disabled) return;
    close(true);
    setError(null);
    try {
      if (typeof item.onSelect !== 'function')
        throw new TypeError(`Export item "${item.id}" has no onSelect function.`);
      await item.onSelect();
    } catch (caught) {
      if (typeof onError === 'function') onError(caught);
      else setError(caught instanceof Error ? caught.message : String(caught));
    }
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') setOpen('first');
    else if (event.key === 'ArrowUp') setOpen('last');
    else return;
    event.preventDefault();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = menuItems();
    // The key goes to the focused item; `document.activeElement` would be the host inside a shadow root.
    const index = all.indexOf(event.target as HTMLElement);
    const focus = (i: number) => all[(i + all.length) % all.length]?.focus();
    if (event.key === 'ArrowDown') focus(index + 1);
    else if (event.key === 'ArrowUp') focus(index - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(all.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') {
      close(false);
      return;
    } else return;
    event.preventDefault();
  };

  if (problem) return <ErrorMessage error={problem} locale={locale} />;
  return (
    <span ref={rootRef} className={classNames('ts-menu', align === 'end' && 'ts-menu--end', className)}>
      <KitStyle />
      <button
        ref={buttonRef}
        type="button"
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open !== false}
        aria-controls={open ? `${id}-menu` : undefined}
        disabled={disabled || items.length === 0}
        className={classNames('ts-button', size === 'sm' && 'ts-button--sm')}
        onClick={() => (open ? close(false) : setOpen('first'))}
        onKeyDown={onButtonKeyDown}
        // Space activates a button on key-up in some browsers; the key-down already opened the menu.
        onKeyUp={(event) => {
          if (event.key === ' ') event.preventDefault();
        }}
      >
        {typeof label === 'string' ? label : LABELS[locale]}
        <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <ul
          ref={listRef}
          role="menu"
          id={`${id}-menu`}
          aria-labelledby={`${id}-button`}
          className="ts-menu__list"
          onKeyDown={onMenuKeyDown}
        >
          {items.map((item) => (
            <li
              key={item.id}
              role="menuitem"
              tabIndex={-1}
              aria-disabled={item.disabled === true || undefined}
              className="ts-menu__item"
              onClick={() => void run(item)}
              onKeyDown={(event) => {
                if (event.key !== 'Enter' && event.key !== ' ') return;
                event.preventDefault();
                void run(item);
              }}
            >
              {asReactNode(item.label)}
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <span role="alert" className="ts-menu__error">
          {error}
        </span>
      ) : null}
    </span>
  );
}

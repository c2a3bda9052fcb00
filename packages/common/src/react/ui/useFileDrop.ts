'use client';
import { useRef, useState, type ChangeEvent, type DragEvent, type KeyboardEvent, type RefObject } from 'react';
import { TensorscopeError, type AnyTensorscopeError } from '../../errors.js';
import { TensorscopeArgumentError, checkFunction, checkNumber, checkObject, checkString } from '../../validate.js';

export interface FileDropOptions {
  /** Receives the accepted files (only the first unless `multiple`). */
  onFiles: (files: File[]) => void;
  /** Receives why dropped files were refused (`TOO_LARGE`, `INVALID_FORMAT`); `onFiles` is not called then. */
  onReject?: (error: AnyTensorscopeError) => void;
  /** The file input's `accept` list (".tsv,.json,text/plain"); also checked for dropped files. */
  accept?: string;
  /**
   * Refuse dropped files outside `accept` (`INVALID_FORMAT`). Default `true`. Set `false` when the
   * loader recognises formats by their content, so a file without the usual extension still loads;
   * the picker still offers the `accept` list first.
   */
  strictAccept?: boolean;
  /** Largest accepted file in bytes. */
  maxBytes?: number;
  multiple?: boolean;
  disabled?: boolean;
}

export interface FileDrop {
  /** True while files are dragged over the zone. */
  dragging: boolean;
  /** Opens the browser's file picker. */
  open: () => void;
  /** Spread on the drop target: drag events, click and Enter/Space to browse, focusable button role. */
  targetProps: {
    role: 'button';
    tabIndex: number;
    'aria-disabled': boolean | undefined;
    'data-dragging': '' | undefined;
    onClick: () => void;
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
    onDragEnter: (event: DragEvent<HTMLElement>) => void;
    onDragOver: (event: DragEvent<HTMLElement>) => void;
    onDragLeave: (event: DragEvent<HTMLElement>) => void;
    onDrop: (event: DragEvent<HTMLElement>) => void;
  };
  /** Spread on a hidden `<input type="file">` rendered anywhere in the component. */
  inputProps: {
    ref: RefObject<HTMLInputElement | null>;
    type: 'file';
    hidden: true;
    tabIndex: -1;
    accept: string | undefined;
    multiple: boolean;
    disabled: boolean;
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  };
}

/** True when a file matches an `accept` list of extensions (`.tsv`), MIME types and `type/*` wildcards. */
export function fileMatchesAccept(file: { name: string; type: string }, accept: string | undefined): boolean {
  const { name: fileName, type: fileType } = checkObject(file, 'file');
  checkString(fileName, 'file.name');
  checkString(fileType, 'file.type');
  if (accept !== undefined) checkString(accept, 'accept');
  const patterns = (accept ?? '')
    .split(',')
    .map((pattern) => pattern.trim().toLowerCase())
    .filter(Boolean);
  if (patterns.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return patterns.some((pattern) => {
    if (pattern.startsWith('.')) return name.endsWith(pattern);
    if (pattern.endsWith('/*')) return type.startsWith(pattern.slice(0, -1));
    return type === pattern;
  });
}

/** The documented option types, checked (a drop zone's options can come from a plain page). */
export function checkFileDropOptions(options: unknown): FileDropOptions {
  const given = checkObject(options, 'options');
  checkFunction(given.onFiles, 'options.onFiles');
  if (given.onReject !== undefined) checkFunction(given.onReject, 'options.onReject');
  if (given.accept !== undefined) checkString(given.accept, 'options.accept');
  if (given.maxBytes !== undefined) checkNumber(given.maxBytes, 'options.maxBytes', { min: 0 });
  for (const flag of ['strictAccept', 'multiple', 'disabled'] as const) {
    if (given[flag] !== undefined && typeof given[flag] !== 'boolean') {
      throw new TensorscopeArgumentError(`options.${flag}`, 'true or false', given[flag]);
    }
  }
  return given as unknown as FileDropOptions;
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * Drag-and-drop plus click/Enter/Space to browse, with the size and type checks every file input of
 * tensorscope needs. Refused files never reach `onFiles`, so the caller's current data stays.
 */
export function useFileDrop(options: FileDropOptions): FileDrop {
  const {
    onFiles,
    onReject,
    accept,
    strictAccept = true,
    maxBytes,
    multiple = false,
    disabled = false,
  } = checkFileDropOptions(options);
  const inputRef = useRef<HTMLInputElement | null>(null);
  // Counts enter/leave pairs: moving over a child fires leave on the parent before enter on the child.
  const depth = useRef(0);
  const [dragging, setDragging] = useState(false);

  const take = (list: FileList | null | undefined) => {
    const all = Array.from(list ?? []);
    const files = multiple ? all : all.slice(0, 1);
    if (files.length === 0) return;
    const wrongType = strictAccept ? files.find((file) => !fileMatchesAccept(file, accept)) : undefined;
    if (wrongType) {
      onReject?.(
        new TensorscopeError('INVALID_FORMAT', `${wrongType.name} is not one of the accepted types (${accept}).`, {
          details: { name: wrongType.name, type: wrongType.type, accept },
        }),
      );
      return;
    }
    const tooLarge = maxBytes === undefined ? undefined : files.find((file) => file.size > maxBytes);
    if (tooLarge && maxBytes !== undefined) {
      onReject?.(
        new TensorscopeError(
          'TOO_LARGE',
          `${tooLarge.name} is ${megabytes(tooLarge.size)}; the limit is ${megabytes(maxBytes)}.`,
          { details: { name: tooLarge.name, size: tooLarge.size, maxBytes } },
        ),
      );
      return;
    }
    onFiles(files);
  };

  const open = () => {
    if (!disabled) inputRef.current?.click();
  };

  const endDrag = () => {
    depth.current = 0;
    setDragging(false);
  };

  return {
    dragging,
    open,
    targetProps: {
      role: 'button',
      tabIndex: disabled ? -1 : 0,
      'aria-disabled': disabled || undefined,
      'data-dragging': dragging ? '' : undefined,
      onClick: open,
      onKeyDown: (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        open();
      },
      onDragEnter: (event) => {
        event.preventDefault();
        if (disabled) return;
        depth.current += 1;
        setDragging(true);
      },
      onDragOver: (event) => {
        // Without preventDefault the browser opens the file instead of dropping it here.
        event.preventDefault();
        event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
      },
      onDragLeave: () => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      },
      onDrop: (event) => {
        event.preventDefault();
        endDrag();
        if (!disabled) take(event.dataTransfer.files);
      },
    },
    inputProps: {
      ref: inputRef,
      type: 'file',
      hidden: true,
      tabIndex: -1,
      accept,
      multiple,
      disabled,
      onChange: (event) => {
        take(event.target.files);
        // Choosing the same file again must fire change again.
        event.target.value = '';
      },
    },
  };
}

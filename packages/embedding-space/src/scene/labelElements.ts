import { useEffect, useRef } from 'react';

/** Keyed `<span>` labels laid over the canvas, made on first use and removed on unmount. */
export interface LabelElements<K> {
  /** The label for `key`, made in `host` on first use (`className`, `cssText`, then `init`). */
  get(host: HTMLElement, key: K, init?: (element: HTMLSpanElement) => void): HTMLSpanElement;
  /** Removes every label whose key is not in `keep`. */
  keepOnly(keep: ReadonlySet<K>): void;
}

/**
 * The HTML label pool of a scene layer (point labels, cluster labels): elements are kept across
 * frames and only moved, so a frame writes positions, not DOM nodes.
 */
export function useLabelElements<K>(className: string, cssText: string): LabelElements<K> {
  const pool = useRef<LabelElements<K> | null>(null);
  const elements = useRef(new Map<K, HTMLSpanElement>());
  useEffect(() => {
    const map = elements.current;
    return () => {
      map.forEach((element) => element.remove());
      map.clear();
    };
  }, []);
  pool.current ??= {
    get(host, key, init) {
      let element = elements.current.get(key);
      if (!element) {
        element = document.createElement('span');
        element.className = className;
        element.style.cssText = cssText;
        init?.(element);
        host.appendChild(element);
        elements.current.set(key, element);
      }
      return element;
    },
    keepOnly(keep) {
      elements.current.forEach((element, key) => {
        if (!keep.has(key)) {
          element.remove();
          elements.current.delete(key);
        }
      });
    },
  };
  return pool.current;
}

'use client';
import { useState } from 'react';

/**
 * State that starts from a prop and follows it when the prop changes, while the user can still
 * change it in between (a toggle whose initial value the embedding page chooses).
 */
export function usePropState<T>(prop: T | undefined, fallback: T): [T, (value: T) => void] {
  const [state, setState] = useState<T>(prop ?? fallback);
  const [previous, setPrevious] = useState(prop);
  if (prop !== previous) {
    setPrevious(prop);
    setState(prop ?? fallback);
  }
  return [state, setState];
}

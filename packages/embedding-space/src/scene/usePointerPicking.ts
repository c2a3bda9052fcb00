'use client';
import { useEffect, type RefObject } from 'react';
import type { GpuPicker } from './gpuPicker.js';

/** What the pointer reports to the shell. */
export interface PointerCallbacks {
  /** False while the shell captures the pointer (box / lasso). */
  interactive: boolean;
  onHover: (index: number | null) => void;
  onClick: (index: number | null, additive: boolean) => void;
  onContextLost: (lost: boolean) => void;
}

/**
 * Hover (picked once per animation frame), click (a press that did not drag; Shift/Ctrl/Cmd adds)
 * and WebGL context loss on the canvas. `callbacks` is a ref so the listeners are attached once.
 */
export function usePointerPicking(
  canvas: HTMLCanvasElement,
  pick: GpuPicker,
  callbacks: RefObject<PointerCallbacks>,
  invalidate: () => void,
) {
  useEffect(() => {
    let frame = 0;
    let last: PointerEvent | null = null;
    let downAt: { x: number; y: number } | null = null;
    const local = (event: PointerEvent) => {
      const rect = canvas.getBoundingClientRect();
      return { x: event.clientX - rect.left, y: event.clientY - rect.top };
    };
    const onMove = (event: PointerEvent) => {
      if (event.buttons !== 0) return;
      last = event;
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (!last || !callbacks.current.interactive) return;
        const { x, y } = local(last);
        callbacks.current.onHover(pick.at(x, y));
      });
    };
    const onLeave = () => callbacks.current.onHover(null);
    const onDown = (event: PointerEvent) => {
      downAt = local(event);
    };
    const onUp = (event: PointerEvent) => {
      if (!downAt || !callbacks.current.interactive || event.button !== 0) return;
      const { x, y } = local(event);
      // A drag (orbit or pan) is not a click.
      if (Math.hypot(x - downAt.x, y - downAt.y) > 4) return;
      downAt = null;
      callbacks.current.onClick(pick.at(x, y), event.shiftKey || event.ctrlKey || event.metaKey);
    };
    const onLost = () => callbacks.current.onContextLost(true);
    const onRestored = () => {
      callbacks.current.onContextLost(false);
      invalidate();
    };
    canvas.addEventListener('pointermove', onMove);
    canvas.addEventListener('pointerleave', onLeave);
    canvas.addEventListener('pointerdown', onDown);
    canvas.addEventListener('pointerup', onUp);
    canvas.addEventListener('webglcontextlost', onLost);
    canvas.addEventListener('webglcontextrestored', onRestored);
    return () => {
      cancelAnimationFrame(frame);
      canvas.removeEventListener('pointermove', onMove);
      canvas.removeEventListener('pointerleave', onLeave);
      canvas.removeEventListener('pointerdown', onDown);
      canvas.removeEventListener('pointerup', onUp);
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
    };
  }, [canvas, pick, callbacks, invalidate]);
}

'use client';
import type { KeyboardEvent, RefObject } from 'react';
import type { ExplorerController } from '../core/explorerController.js';
import { withoutHidden } from '../core/pointState.js';
import { nearestInDirection, nearestToPoint } from '../core/screenNavigation.js';
import type { SceneApi } from '../scene/sceneApi.js';

const ARROWS: Record<string, 'left' | 'right' | 'up' | 'down'> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};
const PAN_STEP = 0.08;

/**
 * The view's keyboard: arrows walk to the nearest visible point on screen, Shift+arrows pan, Enter
 * selects, Page Up/Down walk the neighbour list, + and − zoom, `/` searches, Esc clears.
 */
export function useExplorerKeys(
  controller: ExplorerController,
  sceneApi: RefObject<SceneApi | null>,
  states: Uint8Array,
  searchInput: RefObject<HTMLInputElement | null>,
) {
  return (event: KeyboardEvent<HTMLDivElement>) => {
    const api = sceneApi.current;
    if (!api) return;
    const { focus } = controller.store.getState();
    const direction = ARROWS[event.key];
    if (direction && event.shiftKey) {
      api.pan(
        direction === 'left' ? -PAN_STEP : direction === 'right' ? PAN_STEP : 0,
        direction === 'up' ? PAN_STEP : direction === 'down' ? -PAN_STEP : 0,
      );
    } else if (direction) {
      const screen = withoutHidden(api.screenPositions(), states);
      const { width, height } = api.size();
      const next =
        focus === null || !Number.isFinite(screen[focus * 2]!)
          ? nearestToPoint(screen, width / 2, height / 2)
          : nearestInDirection(screen, focus, direction);
      if (next !== null) controller.focusPoint(next);
    } else if (event.key === 'Enter' && focus !== null) {
      controller.select(focus, event.shiftKey);
    } else if (event.key === 'PageDown' || event.key === 'PageUp') {
      if (!controller.stepNeighbor(event.key === 'PageDown' ? 1 : -1)) return;
    } else if (event.key === '+' || event.key === '=') api.zoom(0.8);
    else if (event.key === '-' || event.key === '_') api.zoom(1.25);
    else if (event.key === '/') searchInput.current?.focus();
    else if (event.key === 'Escape') controller.clearAll();
    else return;
    event.preventDefault();
  };
}

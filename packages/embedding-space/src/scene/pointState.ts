/**
 * Per-point display state, one byte per point in the `aState` attribute:
 * normal, dimmed (context while something is selected), neighbour, selected, hidden.
 * (Its own module so the React shell can use it without importing three.js.)
 */
export const POINT_STATE = { normal: 0, dimmed: 1, neighbor: 2, selected: 3, hidden: 4 } as const;

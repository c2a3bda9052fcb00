/**
 * The time domain of a dated chart: from 1 January of the earliest year to 1 January after the
 * latest, so every year tick lands inside and points never sit on the edge.
 */
export function yearDomain(times: readonly number[]): [start: number, end: number] {
  const year = (time: number) => new Date(time).getUTCFullYear();
  return [Date.UTC(year(Math.min(...times)), 0, 1), Date.UTC(year(Math.max(...times)) + 1, 0, 1)];
}

/** How many year ticks fit: one per 70 px, at least two. */
export function yearTickCount(innerWidth: number): number {
  return Math.max(2, Math.floor(innerWidth / 70));
}

/**
 * Opt-in mount profile: User Timing marks (`ts:<name>`) and measures around the work between
 * mounting `<EmbeddingSpace>` and its first frame (data checks, point colours and states, layout,
 * scene chunk, canvas creation, attribute building, labels, the first draw). Off unless
 * `globalThis.__TENSORSCOPE_PROFILE__ === true` (the embedding-space bench sets it), so a normal page
 * never fills the performance timeline. Internal: not exported from the package.
 */
const enabled = (): boolean =>
  typeof performance !== 'undefined' &&
  (globalThis as { __TENSORSCOPE_PROFILE__?: unknown }).__TENSORSCOPE_PROFILE__ === true;

/** Records that the mount reached `name`. */
export function profileMark(name: string): void {
  if (enabled()) performance.mark(`ts:${name}`);
}

/** Runs `fn` and, when profiling, records how long it took as the measure `ts:<name>`. */
export function profileSpan<T>(name: string, fn: () => T): T {
  if (!enabled()) return fn();
  const start = performance.now();
  try {
    return fn();
  } finally {
    performance.measure(`ts:${name}`, { start, end: performance.now() });
  }
}

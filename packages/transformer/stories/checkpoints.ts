/// <reference types="vite/client" />
// The shipped induction checkpoint as a URL Vite serves, and a damaged copy of it for the error stories.
import inductionUrl from '../checkpoints/induction.tsgpt?url';

export { inductionUrl };

/** The induction checkpoint cut short: its checksum no longer matches (CORRUPT_CHECKPOINT). */
export async function truncatedCheckpoint(): Promise<Uint8Array> {
  const bytes = new Uint8Array(await (await fetch(inductionUrl)).arrayBuffer());
  return bytes.slice(0, Math.floor(bytes.length / 2));
}

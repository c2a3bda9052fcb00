// The one parameter vocabulary of the embedding explorer: the `<tensorscope-embedding-space>`
// attributes and the demo's `/embed/embedding-space` URL parameters use these names and parsers, so a
// parameter means the same thing in both.
//
// The values are read by `parseMode` here and `parseViewState` (viewState.ts); `readEmbeddingSpaceParams`
// in `../element/readParams.ts` applies both. This file imports only common's argument error, so the
// element class can name its attributes without loading the view-state validator before an element
// renders.
import { TensorscopeArgumentError } from '@tensorscope/common';

/** The parameter names, as element attributes and embed URL parameters. */
export const EMBEDDING_SPACE_PARAMS = ['mode', 'view-state'] as const;
export type EmbeddingSpaceParam = (typeof EMBEDDING_SPACE_PARAMS)[number];

/** Other names accepted for a parameter: the demo's embed URLs said `view` for the view state. */
export const EMBEDDING_SPACE_PARAM_ALIASES: Readonly<Record<string, EmbeddingSpaceParam>> = { view: 'view-state' };

/** The values of `mode`. */
export const EMBEDDING_MODES = ['2d', '3d'] as const;
export type EmbeddingMode = (typeof EMBEDDING_MODES)[number];

/**
 * A `mode` value (case and surrounding spaces ignored) → `'2d'` / `'3d'`, or undefined when missing
 * or unknown. A value that is not a string, `null` or `undefined` is an `INVALID_ARGUMENT`.
 */
export function parseMode(value: string | null | undefined): EmbeddingMode | undefined {
  if (value !== null && value !== undefined && typeof value !== 'string') {
    throw new TensorscopeArgumentError('mode', 'a string, null or undefined', value);
  }
  const mode = value?.trim().toLowerCase() ?? '';
  return (EMBEDDING_MODES as readonly string[]).includes(mode) ? (mode as EmbeddingMode) : undefined;
}

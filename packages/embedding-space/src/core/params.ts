// The one parameter vocabulary of the embedding explorer: the `<tensorscope-embedding-space>`
// attributes and the demo's `/embed/embedding-space` URL parameters use these names and parsers, so a
// parameter means the same thing in both.
import { EmbeddingError } from './errors.js';
import { parseViewState, type EmbeddingViewState } from './viewState.js';

/** The parameter names, as element attributes and embed URL parameters. */
export const EMBEDDING_SPACE_PARAMS = ['mode', 'view-state'] as const;
export type EmbeddingSpaceParam = (typeof EMBEDDING_SPACE_PARAMS)[number];

/** Other names accepted for a parameter: the demo's embed URLs said `view` for the view state. */
export const EMBEDDING_SPACE_PARAM_ALIASES: Readonly<Record<string, EmbeddingSpaceParam>> = { view: 'view-state' };

/** The values of `mode`. */
export const EMBEDDING_MODES = ['2d', '3d'] as const;
export type EmbeddingMode = (typeof EMBEDDING_MODES)[number];

/** A `mode` value (case and surrounding spaces ignored) → `'2d'` / `'3d'`, or undefined when missing or unknown. */
export function parseMode(value: string | null | undefined): EmbeddingMode | undefined {
  const mode = value?.trim().toLowerCase() ?? '';
  return (EMBEDDING_MODES as readonly string[]).includes(mode) ? (mode as EmbeddingMode) : undefined;
}

/** What {@link readEmbeddingSpaceParams} found. */
export interface EmbeddingSpaceParams {
  /** From `view-state` (or its alias `view`): a string from `serializeViewState`, or its JSON. */
  state: EmbeddingViewState | undefined;
  mode: EmbeddingMode | undefined;
  /** One entry per value that could not be read, with the parameter name as it was given. */
  problems: { param: string; error: EmbeddingError }[];
}

/**
 * Reads the parameters through `get` — an element's `getAttribute` or `URLSearchParams.get` — so
 * both read them alike. Bad values are collected in `problems`, never thrown.
 */
export function readEmbeddingSpaceParams(get: (name: string) => string | null): EmbeddingSpaceParams {
  const problems: EmbeddingSpaceParams['problems'] = [];
  let state: EmbeddingViewState | undefined;
  const aliases = Object.keys(EMBEDDING_SPACE_PARAM_ALIASES).filter(
    (alias) => EMBEDDING_SPACE_PARAM_ALIASES[alias] === 'view-state',
  );
  const stateParam = ['view-state', ...aliases].find((name) => get(name) !== null);
  if (stateParam !== undefined) {
    try {
      state = parseViewState(get(stateParam)!);
    } catch (caught) {
      const error =
        caught instanceof EmbeddingError
          ? caught
          : new EmbeddingError('INVALID_VALUE', String(caught), { cause: caught });
      problems.push({ param: stateParam, error });
    }
  }
  const modeText = get('mode');
  const mode = parseMode(modeText);
  if (modeText !== null && mode === undefined) {
    problems.push({
      param: 'mode',
      error: new EmbeddingError(
        'INVALID_VALUE',
        `"mode" must be one of ${EMBEDDING_MODES.join(', ')}; got "${modeText}".`,
      ),
    });
  }
  return { state, mode, problems };
}

/** The explorer's first view: the parameters' state (else `fallback`), with `mode` on top when given. */
export function initialViewState(
  params: Pick<EmbeddingSpaceParams, 'state' | 'mode'>,
  fallback: Partial<EmbeddingViewState> = {},
): Partial<EmbeddingViewState> {
  return { ...(params.state ?? fallback), ...(params.mode ? { mode: params.mode } : {}) };
}

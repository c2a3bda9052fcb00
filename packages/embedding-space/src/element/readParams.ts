import { EmbeddingError } from '../core/errors.js';
import { EMBEDDING_MODES, EMBEDDING_SPACE_PARAM_ALIASES, parseMode, type EmbeddingMode } from '../core/params.js';
import { parseViewState, type EmbeddingViewState } from '../core/viewState.js';

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

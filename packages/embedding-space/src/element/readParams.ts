import { checkFunction, checkObject, checkOneOf, checkOptions, describeValue } from '@tensorscope/common';
import { EmbeddingError } from '../core/errors.js';
import { EMBEDDING_MODES, EMBEDDING_SPACE_PARAM_ALIASES, parseMode, type EmbeddingMode } from '../core/params.js';
import {
  parseViewState,
  validatePartialViewState,
  validateViewState,
  type EmbeddingViewState,
} from '../core/viewState.js';

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
 * both read them alike. Bad values (also a `get` that answers something other than a string or
 * `null`) are collected in `problems`, never thrown; a `get` that is not a function is an
 * `INVALID_ARGUMENT`.
 */
export function readEmbeddingSpaceParams(get: (name: string) => string | null): EmbeddingSpaceParams {
  checkFunction(get, 'get');
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
  const modeValue: unknown = get('mode');
  const modeText = typeof modeValue === 'string' ? modeValue : null;
  const mode = parseMode(modeText);
  if (modeValue !== null && modeValue !== undefined && mode === undefined) {
    const shown = typeof modeValue === 'string' ? `"${modeValue}"` : describeValue(modeValue);
    problems.push({
      param: 'mode',
      error: new EmbeddingError('INVALID_VALUE', `"mode" must be one of ${EMBEDDING_MODES.join(', ')}; got ${shown}.`),
    });
  }
  return { state, mode, problems };
}

/**
 * The explorer's first view: the parameters' state (else `fallback`), with `mode` on top when given.
 * Both are checked as view states (`validateViewState`, or field by field for the partial
 * `fallback`), so a hand-made `params` cannot slip a bad view in: `INVALID_VALUE` names the field,
 * `INVALID_ARGUMENT` a `params` or `mode` of the wrong type.
 */
export function initialViewState(
  params: Pick<EmbeddingSpaceParams, 'state' | 'mode'>,
  fallback: Partial<EmbeddingViewState> = {},
): Partial<EmbeddingViewState> {
  const { state, mode } = checkObject(params, 'params');
  const base =
    state === undefined || state === null
      ? validatePartialViewState(checkOptions(fallback, 'fallback'))
      : validateViewState(state);
  if (mode !== undefined && mode !== null) base.mode = checkOneOf(mode, 'params.mode', EMBEDDING_MODES);
  return base;
}

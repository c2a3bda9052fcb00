import { TensorscopeArgumentError } from '@tensorscope/common';
// The one parameter vocabulary of the attention views: the `<tensorscope-attention-heatmap>`
// attributes and the demo's `/embed/attention-heatmap` URL parameters use these names, values and
// parsers, so `view` means the same thing in both.

/** The parameter names, as element attributes and embed URL parameters. */
export const ATTENTION_PARAMS = ['view'] as const;
export type AttentionParam = (typeof ATTENTION_PARAMS)[number];

/**
 * What `view` shows: the heatmap, the head grid, the token strip, the BertViz-style lines, or all
 * four linked to one selection.
 */
export const ATTENTION_VIEWS = ['heatmap', 'grid', 'strip', 'lines', 'all'] as const;
export type AttentionViewKind = (typeof ATTENTION_VIEWS)[number];

/** The view shown when `view` is missing. */
export const DEFAULT_ATTENTION_VIEW: AttentionViewKind = 'heatmap';

/**
 * A `view` value (case and surrounding spaces ignored) → the view it names, or undefined when
 * missing or unknown, so the caller decides between the default and an error message.
 */
export function parseAttentionView(value: string | null | undefined): AttentionViewKind | undefined {
  if (value != null && typeof value !== 'string') throw new TensorscopeArgumentError('view', 'a string', value);
  const view = value?.trim().toLowerCase() ?? '';
  return (ATTENTION_VIEWS as readonly string[]).includes(view) ? (view as AttentionViewKind) : undefined;
}

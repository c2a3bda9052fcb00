// Where `<tensorscope-transformer>` finds its built-in checkpoint when it has no `src` or `data`.
// Default: the induction checkpoint shipped beside dist/ (bundlers emit it as an asset). A bundle
// that inlines assets (a library build, which a strict CSP then refuses to fetch as `data:`) sets
// a same-origin URL instead through `defineTransformerElement({ checkpointUrl })`.
let url: string | undefined;

export function setBuiltInCheckpointUrl(value: string): void {
  url = value;
}

/** The URL set by `defineTransformerElement({ checkpointUrl })`, if any (the view has the default). */
export function builtInCheckpointUrl(): string | undefined {
  return url;
}

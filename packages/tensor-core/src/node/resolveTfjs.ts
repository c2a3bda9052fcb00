// A Node module-resolution hook (see ./register.ts): inside tfjs-core's `dist/` folder, a relative
// import without an extension is retried with `.js`, as a bundler would.
interface Context {
  parentURL?: string;
}
type Next = (specifier: string, context: Context) => Promise<unknown>;

export async function resolve(specifier: string, context: Context, next: Next): Promise<unknown> {
  const fromTfjs = context.parentURL?.includes('/@tensorflow/tfjs-core/dist/') ?? false;
  if (fromTfjs && specifier.startsWith('.') && !/\.[cm]?js$/.test(specifier)) {
    return next(`${specifier}.js`, context);
  }
  if (specifier === '@tensorflow/tfjs-core/dist/register_all_gradients') {
    return next(`${specifier}.js`, context);
  }
  return next(specifier, context);
}

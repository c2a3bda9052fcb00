// Vite (and bundlers that follow it) turn `file.wasm?url` into the emitted file's URL. Declared here
// so the package's own tsc build needs no bundler types.
declare module '*.wasm?url' {
  const url: string;
  export default url;
}

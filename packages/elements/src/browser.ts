// Entry of the browser bundle (dist/browser/tensorscope-elements.js) for plain HTML pages:
// React, the components, three.js and tfjs are bundled (three.js and tfjs in lazy chunks), and the
// tfjs .wasm files are served next to this script, from the page's own origin.
import { defineTransformerElement } from '@tensorscope/transformer/element';
import { defineTensorscopeElements } from './defineElements.js';

// This script's folder, e.g. https://example.org/vendor/tensorscope/ (computed from the string so
// that Vite does not treat it as an asset reference).
const here = import.meta.url.slice(0, import.meta.url.lastIndexOf('/') + 1);

// The transformer's built-in checkpoint is copied next to this script too (a library build would
// inline it as a data: URL, which the strict CSP's connect-src refuses).
defineTransformerElement({ checkpointUrl: `${here}induction.tsgpt` });
defineTensorscopeElements({ wasmPaths: here });

export * from './index.js';

/// <reference types="node" />
// `node --import @tensorscope/tensor-core/node-register script.mjs`: lets plain Node load the parts
// of tfjs-core that exist only as ES modules with extensionless imports (its gradient functions),
// which bundlers and Vitest resolve on their own. Node-only; nothing else needs it.
import { register } from 'node:module';

register('./resolveTfjs.js', import.meta.url);

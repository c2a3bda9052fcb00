// Shared by the vitest configs; the logic lives in scripts/chromium.mjs so plain Node scripts use it too.
export { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

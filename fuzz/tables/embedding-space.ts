import type { PackageFuzz } from '../harness.js';

/** How each export of @tensorscope/embedding-space is fuzzed (see ../harness.ts). */
const fuzz: PackageFuzz = {
  tables: {},
};
export default fuzz;

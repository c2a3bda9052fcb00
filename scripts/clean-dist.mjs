// Removes the package's dist/ before its build, so a source file that was deleted or moved does not
// live on as a stale module in dist (tsc never deletes what it emitted before). Run from a package folder.
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });

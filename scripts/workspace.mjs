// The workspace, read from the root package.json's `workspaces` globs: every tool that needs "all
// packages" (the packed-install test, the new-package script, the contract check) asks here, so no
// package list is typed out anywhere else.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/**
 * @typedef {object} WorkspacePackage
 * @property {string} name      npm name, e.g. `@tensorscope/attention-heatmap`
 * @property {string} dir       absolute folder
 * @property {string} folder    folder relative to the root, e.g. `packages/attention-heatmap`
 * @property {boolean} private  not published (apps)
 * @property {Record<string, unknown>} manifest the parsed package.json
 */

/** @returns {WorkspacePackage[]} every workspace package, sorted by folder */
export function workspacePackages() {
  const root = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  /** @type {WorkspacePackage[]} */
  const found = [];
  for (const pattern of root.workspaces) {
    // Only the `dir/*` form is used here; anything else is a mistake worth stopping on.
    const match = /^([\w.-]+)\/\*$/.exec(pattern);
    if (!match) throw new Error(`workspace pattern "${pattern}" is not of the form "dir/*"`);
    const parent = path.join(ROOT, match[1]);
    if (!existsSync(parent)) continue;
    for (const entry of readdirSync(parent, { withFileTypes: true })) {
      const file = path.join(parent, entry.name, 'package.json');
      if (!entry.isDirectory() || !existsSync(file)) continue;
      const manifest = JSON.parse(readFileSync(file, 'utf8'));
      found.push({
        name: manifest.name,
        dir: path.dirname(file),
        folder: path.relative(ROOT, path.dirname(file)),
        private: manifest.private === true,
        manifest,
      });
    }
  }
  return found.sort((a, b) => a.folder.localeCompare(b.folder));
}

/** The published packages (`packages/*` that are not private), in dependency order (dependencies first). */
export function publishedPackages() {
  const packages = workspacePackages().filter((p) => !p.private);
  const byName = new Map(packages.map((p) => [p.name, p]));
  /** @type {WorkspacePackage[]} */
  const ordered = [];
  const seen = new Set();
  const visit = (/** @type {WorkspacePackage} */ p) => {
    if (seen.has(p.name)) return;
    seen.add(p.name);
    const manifest = /** @type {{ dependencies?: Record<string, string> }} */ (p.manifest);
    for (const dep of Object.keys(manifest.dependencies ?? {})) {
      const inner = byName.get(dep);
      if (inner) visit(inner);
    }
    ordered.push(p);
  };
  for (const p of packages) visit(p);
  return ordered;
}

/** The names of a package's `exports` subpaths, e.g. `['.', './core', './element', './package.json']`. */
export function exportNames(/** @type {WorkspacePackage} */ p) {
  const exports = /** @type {Record<string, unknown> | undefined} */ (p.manifest.exports);
  return Object.keys(exports ?? {});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const p of workspacePackages()) console.log(`${p.folder}\t${p.name}${p.private ? '\t(private)' : ''}`);
}

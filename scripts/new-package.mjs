// `npm run new-package -- <name>`: writes packages/<name> from templates/package, the package
// contract's skeleton (docs/architecture.md). Every file of the template is copied with its
// placeholders filled in:
//   __name__     kebab-case folder and npm name      (transformer, on-device)
//   __Name__     PascalCase component name           (Transformer, OnDevice)
//   __camelName__ camelCase function name            (transformer, onDevice)
//   __PKG__      SCREAMING_SNAKE constant prefix     (TRANSFORMER, ON_DEVICE)
//   __tag__      custom-element tag                  (tensorscope-transformer)
// File names may hold placeholders too. Nothing outside the new folder (and one changeset) is touched.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, workspacePackages } from './workspace.mjs';

const TEMPLATE = path.join(ROOT, 'templates', 'package');

/** The placeholder values for a kebab-case package name. */
export function namesFor(name) {
  if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(name)) {
    throw new Error(`"${name}" is not a kebab-case package name (e.g. "transformer", "on-device").`);
  }
  const words = name.split('-');
  const Name = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  return {
    __name__: name,
    __Name__: Name,
    __camelName__: Name[0].toLowerCase() + Name.slice(1),
    __PKG__: words.map((w) => w.toUpperCase()).join('_'),
    __tag__: `tensorscope-${name}`,
  };
}

const fill = (text, names) => text.replace(/__(?:name|Name|camelName|PKG|tag)__/g, (key) => names[key]);

/** Every template file as [relative path with placeholders filled, contents filled]. */
export function renderTemplate(name) {
  const names = namesFor(name);
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        // Template files end in `.tmpl` so that no tool (tsc, eslint, vitest, storybook) runs them in place.
        const relative = fill(path.relative(TEMPLATE, full), names).replace(/\.tmpl$/, '');
        files.push([relative, fill(readFileSync(full, 'utf8'), names)]);
      }
    }
  };
  walk(TEMPLATE);
  return files.sort(([a], [b]) => a.localeCompare(b));
}

/** Writes packages/<name> (refuses to overwrite) and a changeset; returns the written paths. */
export function createPackage(name, root = ROOT) {
  const target = path.join(root, 'packages', name);
  if (existsSync(target)) throw new Error(`packages/${name} already exists.`);
  if (workspacePackages().some((p) => p.name === `@tensorscope/${name}`)) {
    throw new Error(`@tensorscope/${name} is already a workspace package.`);
  }
  const written = [];
  for (const [relative, contents] of renderTemplate(name)) {
    const file = path.join(target, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, contents);
    written.push(path.relative(root, file));
  }
  const changeset = path.join(root, '.changeset', `new-package-${name}.md`);
  writeFileSync(changeset, `---\n'@tensorscope/${name}': minor\n---\n\nNew package @tensorscope/${name}.\n`);
  written.push(path.relative(root, changeset));
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const name = process.argv[2];
  if (!name) {
    console.error('usage: npm run new-package -- <kebab-case-name>');
    process.exit(2);
  }
  try {
    const written = createPackage(name);
    console.log(`Wrote ${written.length} files:\n  ${written.join('\n  ')}`);
    console.log(`
Next:
  npm install                      # link the new workspace package
  npm run build:packages && npm test
Then (at most three edits elsewhere, see docs/architecture.md):
  - README.md: add @tensorscope/${name} to the packages table;
  - packages/elements/src/defineElements.ts: register its element, if it has one;
  - apps/demo: a section or an /embed route, if it belongs in the lecture.`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

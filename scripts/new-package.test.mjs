// `node --test scripts/`: the new-package template stays complete and fully filled in.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesFor, renderTemplate } from './new-package.mjs';
import { workspacePackages } from './workspace.mjs';

test('names for a two-word package', () => {
  assert.deepEqual(namesFor('on-device'), {
    __name__: 'on-device',
    __Name__: 'OnDevice',
    __camelName__: 'onDevice',
    __PKG__: 'ON_DEVICE',
    __tag__: 'tensorscope-on-device',
  });
  assert.throws(() => namesFor('OnDevice'), /kebab-case/);
  assert.throws(() => namesFor('../x'), /kebab-case/);
});

test('the template is the contract skeleton, at most 14 files (15 with the changeset)', () => {
  const files = renderTemplate('on-device');
  const paths = files.map(([p]) => p);
  assert.ok(files.length <= 14, `${files.length} files`);
  for (const required of [
    'package.json',
    'README.md',
    'src/index.ts',
    'src/OnDevice.tsx',
    'src/core/index.ts',
    'src/core/errors.ts',
    'src/core/onDevice.ts',
    'src/core/onDevice.test.ts',
    'src/element/index.ts',
    'stories/OnDevice.stories.tsx',
    'test/contract.test.tsx',
  ]) {
    assert.ok(paths.includes(required), `missing ${required}`);
  }
  for (const [file, contents] of files) {
    assert.doesNotMatch(contents, /__(?:name|Name|camelName|PKG|tag)__/, `${file} has an unfilled placeholder`);
    assert.doesNotMatch(file, /\.tmpl$|__/, `${file} kept a template name`);
  }
  const manifest = JSON.parse(files.find(([p]) => p === 'package.json')[1]);
  assert.equal(manifest.name, '@tensorscope/on-device');
  assert.equal(manifest.sideEffects, false);
  assert.deepEqual(Object.keys(manifest.exports), ['.', './core', './element', './package.json']);
  // Its dependencies exist in the workspace at the versions the workspace has.
  const versions = new Map(workspacePackages().map((p) => [p.name, p.manifest.version]));
  for (const [name, version] of Object.entries(manifest.dependencies)) {
    if (name.startsWith('@tensorscope/')) assert.equal(version, versions.get(name), name);
  }
});

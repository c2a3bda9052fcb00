import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The package contract (docs/architecture.md), enforced by lint:
// - tfjs is imported only by tensor-core, and there only with a dynamic import() (type imports are
//   free; tensor-core's wasm-paths module says why it may import the `.wasm` files' URLs);
// - nobody reaches into another package's files by relative path, only by public name;
// - a package's core/ is React-free and three-free and never imports the React layer above it.
const TFJS = {
  group: ['@tensorflow/*'],
  allowTypeImports: true,
  message:
    'Only tensor-core imports tfjs, and only with a dynamic import(); reach tensor-core through @tensorscope/tensor-core/lazy (loadTensorCore, loadRuntime).',
};
const OTHER_PACKAGES = {
  group: ['../../*/src/*', '../../*/stories/*', '../../../packages/*', '../../../../packages/*'],
  message:
    "Import another package by its public name (e.g. '@tensorscope/tensor-core/wasm-paths'), never by relative path.",
};
const REACT_IN_CORE = {
  group: ['react', 'react-dom', 'react-dom/*', 'three', 'three/*', '@react-three/*', '@tensorscope/*/react'],
  allowTypeImports: true,
  message: 'core/ is React-free and three-free: data, loaders, maths and headless controllers only.',
};
/** core/ files at `depth` folders below core/ may not climb out of it. */
const coreBlock = (depth) => ({
  files: [`packages/*/src/core/${'*/'.repeat(depth)}*.{ts,tsx}`],
  // tensor-core is React-free as a whole (its React layer is src/react/, checked below).
  ignores: ['**/*.test.{ts,tsx}', '**/*.testing.ts', 'packages/tensor-core/**'],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          TFJS,
          OTHER_PACKAGES,
          REACT_IN_CORE,
          { group: [`${'../'.repeat(depth + 1)}*`], message: 'core/ must not import from the React layer above it.' },
        ],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['**/dist/**', '**/storybook-static/**', '**/node_modules/**', '**/.turbo/**', '**/coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['packages/*/src/**/*.{ts,tsx}', 'packages/*/stories/**/*.{ts,tsx}', 'apps/*/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'packages/tensor-core/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [TFJS, OTHER_PACKAGES] }] },
  },
  {
    files: ['packages/tensor-core/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'packages/tensor-core/src/react/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [TFJS, OTHER_PACKAGES, REACT_IN_CORE] }],
    },
  },
  {
    files: ['packages/tensor-core/src/react/**/*.{ts,tsx}', 'packages/tensor-core/stories/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [TFJS, OTHER_PACKAGES] }] },
  },
  coreBlock(0),
  coreBlock(1),
  coreBlock(2),
  {
    files: ['**/*.{js,mjs,cjs}', '**/*.config.ts', 'scripts/**', 'e2e/**', 'bench/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: [
      'e2e/**/*.mjs',
      'bench/**/*.mjs',
      'apps/*/test/**/*.mjs',
      'packages/*/test/**/*.{js,mjs}',
      'scripts/browser.mjs',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);

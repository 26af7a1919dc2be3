// ESLint (flat config): the site (src/), the Node tools (scripts/), the tests (tests/) and the config files.
// Type-checked rules from typescript-eslint use the project's tsconfig through the project service.
// Run with `npm run lint` (which also runs `prettier --check .`); scripts/test.sh runs it after the typecheck.
// recommendedTypeChecked rather than strictTypeChecked: strict adds ~300 reports, mostly no-non-null-assertion
// (the `!` that noUncheckedIndexedAccess calls for in the numeric code) and restrict-template-expressions on
// numbers, plus reports in tests/e2e, which is being rewritten. ESLint 9 with eslint-plugin-astro 1.7.0, its
// last release for ESLint 9 (2.x and 3.x require ESLint 10).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// onnxruntime-web (40 MB of WASM behind it) belongs to the demo alone: among the site's src/ files only
// src/demo/** may import it, so that no page chunk pulls it in by accident. scripts/ and tests/ are Node
// tools that run the models in onnxruntime-web (eval, bench, parity tests): they may import it, and the
// rule is not applied to them.
const ortMessage = 'Only src/demo/** may import onnxruntime-web (it would pull the runtime into a page chunk).';
const ortPatterns = ['onnxruntime-web', 'onnxruntime-web/*'];

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-sub/',
      'node_modules/',
      '.astro/',
      'demos/',
      'public/ort/', // onnxruntime-web's runtime, copied by scripts/copy-ort.mjs
      'public/models/',
      'content/results/', // written by scripts/eval.ts
      'tests/fixtures/', // written by the lab (demos/fixtures.py)
      'test-results/',
      'playwright-report/',
      '**/*.tmp.*', // scratch files
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs['flat/recommended'],
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Destructuring a property away to keep the rest (`const { a: _a, ...rest } = o`) is not an unused
      // variable, as for TypeScript's noUnusedLocals.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  // Browser code: the site's components, scripts and the demo's worker.
  { files: ['src/**'], languageOptions: { globals: { ...globals.browser } } },
  // Node code: tools, tests, config files and the Astro integrations/markdown plugins that run at build time.
  {
    files: ['scripts/**', 'tests/**', '*.{js,mjs,ts}', 'src/headers.mjs', 'src/markdown/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  // TypeScript cannot type .astro files or the <script> blocks that eslint-plugin-astro extracts from them
  // (*.astro/*.ts virtual files), so the type-aware rules are off there; `astro check` type-checks them.
  { files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ortPatterns, message: ortMessage }] }],
      // no-restricted-imports does not see import('...'): the same ban for dynamic imports.
      'no-restricted-syntax': ['error', { selector: 'ImportExpression[source.value=/^onnxruntime-web(\\u002F|$)/]', message: ortMessage }],
    },
  },
  {
    files: ['src/demo/**'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': 'off' },
  },
);

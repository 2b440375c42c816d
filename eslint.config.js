// Lint rules: TypeScript-aware, Svelte-aware, and the layer fences of ARCHITECTURE.md.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import { layerConfigs } from './build/layers.js';

export default ts.config(
  {
    ignores: [
      'dist',
      '.e2e',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench/results',
      'bench/alternative',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommendedTypeChecked,
  ...svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, __APP_VERSION__: 'readonly' },
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    // Type information does not reach into Svelte templates (callback parameters read as `any`);
    // svelte-check type-checks templates fully, so these rules only add false alarms there.
    files: ['**/*.svelte'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'svelte/no-at-html-tags': 'error',
    },
  },
  // The layers of build/layers.js: what each folder of src/ may import; heavy libraries only in their
  // loaders; no browser or Node globals in src/domain.
  ...layerConfigs(),
);

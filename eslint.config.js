// Lint rules: TypeScript-aware, Svelte-aware, and the layer fences of ARCHITECTURE.md.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  {
    ignores: ['dist', '.e2e', 'node_modules', 'test-results', 'playwright-report', 'bench/results'],
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
  {
    // The domain layer stays pure: no UI, storage or heavy libraries.
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'svelte',
                'svelte/*',
                'svelte-i18n',
                'idb-keyval',
                'chart.js',
                'chart.js/*',
                'jspdf',
              ],
              message: 'src/domain is pure TypeScript.',
            },
            {
              group: ['**/state/**', '**/persistence/**', '**/components/**', '**/screens/**'],
              message: 'src/domain must not depend on outer layers.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only the repository talks to IndexedDB.
    files: ['src/**'],
    ignores: ['src/persistence/repository.ts', 'src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'idb-keyval', message: 'Use src/persistence/repository.ts.' }] },
      ],
    },
  },
);

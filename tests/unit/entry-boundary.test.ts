// The first-load boundary (build/entry-boundary.ts): the rule, with planted violations, and the walk
// from the entry chunk through its static imports.
import type { OutputBundle, OutputChunk } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { firstLoadModules, firstLoadViolations, packageOf } from '../../build/entry-boundary';

const ROOT = '/app';
const at = (path: string) => `${ROOT}/${path}`;

/** What the entry chunk held on 2026-12-02 (npm run build), abridged: every kind of module in it. */
const TODAY = [
  '\0vite/modulepreload-polyfill.js',
  'index.html',
  'src/main.ts',
  'src/App.svelte',
  'src/app.css',
  'src/screens/Home.svelte',
  'src/screens/Home.svelte?svelte&type=style&lang.css',
  'src/components/WorkshopCard.svelte',
  'src/i18n/icu-lite.ts',
  'src/i18n/deepmerge-lite.ts',
  'src/i18n/tslib-lite.ts',
  'src/domain/bank-ids.ts',
  'src/domain/bank-versions.ts',
  'src/persistence/repository.ts',
  'src/state/saved-workshops.svelte.ts',
  'src/router/router.svelte.ts',
  'src/pwa/chunk-reload.ts',
  'node_modules/svelte/src/internal/client/index.js',
  'node_modules/svelte-i18n/dist/runtime.js',
  'node_modules/intl-messageformat/lib/src/core.js',
  'node_modules/@formatjs/fast-memoize/lib/index.js',
  'node_modules/idb-keyval/dist/index.js',
  'node_modules/valibot/dist/index.js',
  'node_modules/clsx/dist/clsx.mjs',
].map((path) => (path.startsWith('\0') ? path : at(path)));

describe('firstLoadViolations', () => {
  it("accepts today's entry chunk", () => {
    expect(firstLoadViolations(TODAY, ROOT)).toEqual([]);
  });

  it.each([
    ['node_modules/chart.js/dist/chart.js', /charts load with the results/],
    ['node_modules/jspdf/dist/jspdf.es.min.js', /PDF is built when it is exported/],
    ['node_modules/@kurkle/color/dist/color.esm.js', /@kurkle\/color is not one the first load/],
    ['node_modules/deepmerge/dist/cjs.js', /deepmerge is not/],
    ['node_modules/tslib/tslib.es6.mjs', /tslib is not/],
    ['node_modules/@formatjs/icu-messageformat-parser/lib/parser.js', /icu-messageformat-parser/],
    ['src/report/pdf.ts', /report/],
    ['src/charts/chart.ts', /charts load with the results/],
    ['src/features/data/HomeData.svelte', /features load/],
    ['src/screens/Results.svelte', /only the home screen/],
    ['src/screens/WalkThrough.svelte?svelte&type=style&lang.css', /only the home screen/],
    ['src/screens/HomeData.svelte', /only the home screen/],
    ['locales/es.json?part=workshop', /texts load per language/],
    ['locales/en.json?part=later', /texts load per language/],
    ['src/state/open-workshop.svelte.ts', /open workshop/],
    ['src/domain/question-bank.ts', /built question bank/],
    ['src/domain/scoring.ts', /scores/],
  ])('refuses %s planted in the entry chunk', (planted, why) => {
    const problems = firstLoadViolations([...TODAY, at(planted)], ROOT);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(why);
    expect(problems[0]).toContain(planted);
  });

  it('names packages, scoped ones included, from nested node_modules too', () => {
    expect(packageOf('node_modules/@formatjs/fast-memoize/lib/index.js')).toBe(
      '@formatjs/fast-memoize',
    );
    expect(packageOf('node_modules/a/node_modules/b/index.js')).toBe('b');
    expect(packageOf('src/main.ts')).toBeNull();
  });
});

describe('firstLoadModules', () => {
  const chunk = (fileName: string, extra: Partial<OutputChunk>) =>
    ({
      type: 'chunk',
      fileName,
      isEntry: false,
      moduleIds: [],
      imports: [],
      dynamicImports: [],
      ...extra,
    }) as unknown as OutputChunk;

  it('follows static imports from the entry, never dynamic ones', () => {
    const bundle = {
      'assets/entry.js': chunk('assets/entry.js', {
        isEntry: true,
        imports: ['assets/index.js'],
      }),
      'assets/index.js': chunk('assets/index.js', {
        moduleIds: [at('src/main.ts')],
        imports: ['assets/shared.js'],
        dynamicImports: ['assets/Results.js'],
      }),
      'assets/shared.js': chunk('assets/shared.js', { moduleIds: [at('src/report/pdf.ts')] }),
      'assets/Results.js': chunk('assets/Results.js', {
        moduleIds: [at('src/screens/Results.svelte')],
      }),
    } as OutputBundle;
    expect(firstLoadModules(bundle)).toEqual([at('src/main.ts'), at('src/report/pdf.ts')]);
    expect(firstLoadViolations(firstLoadModules(bundle), ROOT)).toEqual([
      'src/report/pdf.ts: the report (PDF, chart image) loads when it is exported',
    ]);
  });
});

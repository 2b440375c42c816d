// The first-load boundary, checked on the built bundle: what the first page load fetches (the entry
// chunk and the chunks it imports statically) may hold only the home screen and what it needs. Screens,
// charts, the PDF and the texts that come later are loaded on demand; a static import that pulls one
// of them in would still build and work, only slower to start, so the build fails instead and names
// the module. scripts/size.js then checks the bytes against the budget.
import { relative, sep } from 'node:path';
import type { OutputBundle } from 'rolldown';
import type { Plugin } from 'vite';

interface Rule {
  /** Matched against the module's path from the project root, with its query (`?part=…`), if any. */
  match: RegExp;
  why: string;
}

/** The one place that says what the first load may hold. */
export const FIRST_LOAD = {
  /** Libraries the first load may carry; any other package is refused. */
  packages: [
    'svelte', // the runtime of every component
    'svelte-i18n', // texts of the first screen
    'intl-messageformat', // svelte-i18n's formatter (with src/i18n/icu-lite.ts as its parser)
    '@formatjs/fast-memoize',
    'clsx', // class attributes in compiled Svelte
    'idb-keyval', // the saved workshops listed on the home screen
    'valibot', // reading those records
  ],
  /** Libraries that must load later, named here for a clearer message (any unlisted one is refused). */
  laterPackages: {
    'chart.js': 'charts load with the results',
    jspdf: 'the PDF is built when it is exported',
  } as Record<string, string>,
  /** Modules of ours that must load later. */
  later: [
    { match: /^src\/report\//, why: 'the report (PDF, chart image) loads when it is exported' },
    { match: /^src\/charts\//, why: 'charts load with the results' },
    {
      match: /^src\/features\//,
      why: 'features load when they are opened or once the page settled',
    },
    {
      match: /^src\/screens\/(?!Home\.svelte(?:\?|$))/,
      why: 'only the home screen is part of the first load; other screens load when opened',
    },
    {
      match: /^src\/domain\/(question-bank|scoring|action-plan|advice)\.ts/,
      why: 'the built question bank, scores and drafts load with a workshop (the list needs only domain/bank-ids.ts)',
    },
    {
      match: /^src\/state\/open-workshop[^/]*\.svelte\.ts/,
      why: 'the state of an open workshop loads with the workshop',
    },
    {
      match: /^locales\//,
      why: 'texts load per language and part: the shell by the boot script, the rest later',
    },
  ] satisfies Rule[],
} as const;

/** `node_modules/@scope/name/…` -> `@scope/name`; null for a file of ours. */
export function packageOf(path: string): string | null {
  const at = path.lastIndexOf('node_modules/');
  if (at < 0) return null;
  const [first = '', second = ''] = path.slice(at + 'node_modules/'.length).split('/');
  return first.startsWith('@') ? `${first}/${second}` : first;
}

/** Why each module may not be part of the first load (empty when all may). */
export function firstLoadViolations(
  moduleIds: readonly string[],
  root: string,
  rules: {
    packages: readonly string[];
    laterPackages: Record<string, string>;
    later: readonly Rule[];
  } = FIRST_LOAD,
): string[] {
  const problems: string[] = [];
  for (const id of moduleIds) {
    if (id.startsWith('\0')) continue; // Vite's own helpers (preload, module preload polyfill)
    const path = relative(root, id).split(sep).join('/');
    const name = packageOf(path);
    if (name !== null) {
      const why = rules.laterPackages[name];
      if (why) problems.push(`${path}: ${why}`);
      else if (!rules.packages.includes(name))
        problems.push(`${path}: the package ${name} is not one the first load may carry`);
      continue;
    }
    const rule = rules.later.find((r) => r.match.test(path));
    if (rule) problems.push(`${path}: ${rule.why}`);
  }
  return problems;
}

/** The modules of the entry chunks and of every chunk they import statically (dynamic imports excluded). */
export function firstLoadModules(bundle: OutputBundle): string[] {
  const chunks = new Map(
    Object.values(bundle).flatMap((output) =>
      output.type === 'chunk' ? [[output.fileName, output] as const] : [],
    ),
  );
  const queue = [...chunks.values()].filter((c) => c.isEntry).map((c) => c.fileName);
  const seen = new Set<string>();
  const modules: string[] = [];
  while (queue.length > 0) {
    const fileName = queue.shift() ?? '';
    const chunk = chunks.get(fileName);
    if (seen.has(fileName) || !chunk) continue;
    seen.add(fileName);
    modules.push(...chunk.moduleIds);
    queue.push(...chunk.imports);
  }
  return modules;
}

/** Fails the build when the first load holds a module that must load later (see FIRST_LOAD). */
export function entryBoundary(): Plugin {
  let root = process.cwd();
  return {
    name: 'momentos-entry-boundary',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle: {
      // Before Vite drops the HTML entry's empty facade chunk in favour of the chunk it imports.
      order: 'pre',
      handler(_options, bundle) {
        const modules = firstLoadModules(bundle);
        if (modules.length === 0) this.error('entry boundary: no entry chunk found in the bundle');
        const problems = firstLoadViolations(modules, root);
        if (problems.length > 0)
          this.error(
            `The first load holds modules that must load later (build/entry-boundary.ts):\n  ${problems.join('\n  ')}`,
          );
      },
    },
  };
}

// The architecture as it is enforced: what each folder of src/ may import, written once. The lint
// config (eslint.config.js) turns it into rules, tests/unit/layers.test.ts plants violations to prove
// the rules bite, and README's "Architecture" table is checked against it.
import globals from 'globals';

/**
 * @typedef {object} Layer
 * @property {string} holds What the folder holds (the README table says the same).
 * @property {string[]} may The other folders of src/ it may import, as values and types.
 * @property {string[]} [typesFrom] Folders it may import types from, never values.
 */

/** @type {Record<string, Layer>} */
export const LAYERS = {
  domain: {
    holds: 'The workshop, question bank, limits, scoring and edits: pure TypeScript.',
    may: [],
  },
  persistence: {
    holds: 'IndexedDB, the one schema and reader, backups, journal, device preferences.',
    may: ['domain'],
  },
  i18n: {
    holds: 'svelte-i18n set-up, locale parts, formatting, score sentences.',
    may: ['domain', 'persistence'],
  },
  router: { holds: 'Routes in the URL hash.', may: ['domain'] },
  charts: { holds: 'chart.js, loaded on demand, and the chart configurations.', may: [] },
  report: {
    holds: 'The PDF report: its model and layout, jsPDF loaded on demand.',
    may: ['domain', 'charts', 'i18n'],
  },
  state: {
    holds:
      'Rune classes: the app session, navigation, saved workshops, the open workshop, its store.',
    may: ['domain', 'persistence', 'router'],
  },
  components: {
    holds: 'Presentational pieces: props in, callbacks out.',
    may: ['domain', 'i18n', 'charts'],
    typesFrom: ['state'],
  },
  features: {
    holds:
      'Containers with their editor state: moments, customer types, action plan, results, data.',
    may: ['domain', 'i18n', 'persistence', 'state', 'components', 'charts', 'report'],
  },
  pwa: {
    holds: 'Service worker, update notices, chunk reload.',
    may: ['domain', 'i18n', 'persistence', 'state', 'components'],
  },
  site: {
    holds:
      "The host's config.json and question bank, fetched after the first paint: brand, colours, languages.",
    may: ['domain', 'i18n', 'persistence', 'state', 'components'],
  },
  screens: {
    holds: 'One screen per route, composed of features and components.',
    may: ['domain', 'i18n', 'persistence', 'state', 'components', 'features', 'router', 'pwa'],
  },
};

/** The open workshop creates the feature editors: the one import from state into features. */
export const EDITOR_FILE = /^[^/]+\/[^/]+-editor(\.svelte)?$/;

/** Heavy libraries, each importable as a value only by its loader (types anywhere). */
export const LOADERS = {
  'chart.js': 'src/charts/chart-parts.ts',
  jspdf: 'src/report/pdf.ts',
  'idb-keyval': 'src/persistence/repository.ts',
};

/** A feature imports no other feature: what two features share lives in components or state. */
const NO_SIBLING_FEATURE = {
  selector: 'ImportDeclaration > Literal.source[value=/^\\.\\.\\/(?!\\.\\.\\/)/]',
  message: 'A feature imports no other feature (build/layers.js).',
};

/** What the domain may use of the platform beyond the language itself. */
const DOMAIN_GLOBALS = new Set(['structuredClone']);

/** Browser and Node globals (document, window, localStorage, setTimeout, process, ...). */
export const PLATFORM_GLOBALS = [
  ...new Set([...Object.keys(globals.browser), ...Object.keys(globals.node)]),
].filter((name) => !(name in globals.builtin) && !DOMAIN_GLOBALS.has(name));

/** @param {string} text */
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A relative import that goes into one of these top-level folders of src/. */
/** @param {string[]} folders */
const into = (folders) => `^\\.{1,2}/(?:\\.\\./)*(?:${folders.map(escape).join('|')})(?:/|$)`;

/**
 * The import rules of one layer, and of one of its files when it is a loader.
 * @param {string} layer
 * @param {string} [file]
 * @param {{ selector: string; message: string }[]} [extra] more syntax to refuse
 * @returns {import('eslint').Linter.RulesRecord}
 */
function rules(layer, file, extra = []) {
  const { may, typesFrom = [] } = /** @type {Layer} */ (LAYERS[layer]);
  const others = Object.keys(LAYERS).filter(
    (name) => name !== layer && !may.includes(name) && name !== 'features',
  );
  const message = `src/${layer} may import ${may.length ? may.join(', ') : 'no other folder'} (build/layers.js).`;
  /** @type {{ regex: string; message: string; allowTypeImports?: boolean }[]} */
  const patterns = [];
  const forbidden = others.filter((name) => !typesFrom.includes(name));
  if (forbidden.length) patterns.push({ regex: into(forbidden), message });
  for (const name of typesFrom)
    patterns.push({
      regex: into([name]),
      allowTypeImports: true,
      message: `${message} Types only from ${name}.`,
    });
  if (layer !== 'features' && !may.includes('features')) {
    const editors = layer === 'state' ? '(?!(?:[^/]+)/[^/]+-editor(?:\\.svelte)?$)' : '';
    patterns.push({ regex: `^\\.{1,2}/(?:\\.\\./)*features/${editors}`, message });
  }
  if (layer === 'domain')
    patterns.push({ regex: '^[^.]', message: 'src/domain uses no packages.' });
  for (const [pkg, loader] of Object.entries(LOADERS))
    if (file !== loader)
      patterns.push({
        regex: `^${escape(pkg)}(?:/|$)`,
        allowTypeImports: pkg !== 'idb-keyval',
        message: `Import ${pkg} only in ${loader}${pkg === 'idb-keyval' ? '' : ' (types anywhere)'}.`,
      });
  // Dynamic import() is not seen by no-restricted-imports: the same folders and packages, by syntax.
  const dynamic = patterns.map((p) => ({
    selector: `ImportExpression > Literal.source[value=/${p.regex.replaceAll('/', '\\/')}/]`,
    message: p.message,
  }));
  return {
    'no-restricted-imports': 'off',
    '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
    'no-restricted-syntax': ['error', ...dynamic, ...extra],
  };
}

/**
 * Flat-config entries enforcing LAYERS and LOADERS on src/.
 * @returns {import('eslint').Linter.Config[]}
 */
export function layerConfigs() {
  /** @type {import('eslint').Linter.Config[]} */
  const configs = [];
  for (const layer of Object.keys(LAYERS)) {
    const files = [`src/${layer}/**`];
    const loaders = Object.values(LOADERS).filter((file) => file.startsWith(`src/${layer}/`));
    const extra = layer === 'features' ? [NO_SIBLING_FEATURE] : [];
    configs.push({ files, ignores: loaders, rules: rules(layer, undefined, extra) });
    for (const loader of loaders)
      configs.push({ files: [loader], rules: rules(layer, loader, extra) });
  }
  configs.push({
    files: ['src/domain/**'],
    rules: { 'no-restricted-globals': ['error', ...PLATFORM_GLOBALS] },
  });
  return configs;
}

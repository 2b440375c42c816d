// Prints the gzip size of what the first page load fetches (HTML, CSS, JS with the shell texts, the
// tab's icon) and fails above the budget (the benchmark's first-load measure counts the same). Bytes are deterministic; timings belong in the benchmark.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 45_000;
const dist = process.argv[2] ?? 'dist';

/** @param {string} file */
const read = (file) => readFileSync(join(dist, file));

/** Files the HTML asks for: module scripts, stylesheets, module preloads, the boot script's import. */
function htmlAssets(/** @type {string} */ html) {
  const refs = [
    ...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\.\/([^"]+\.(?:js|css))"/g),
    ...html.matchAll(/\bimport\("\.\/([^"]+\.js)"\)/g),
    // The tab's icon: every browser asks for it with the page (the touch icon only when saved).
    ...html.matchAll(/<link rel="icon" href="\.\/([^"]+)"/g),
  ];
  return refs.map((m) => /** @type {string} */ (m[1]));
}

/** Static imports inside a built chunk (dynamic import() calls are not part of the first load). */
function staticImports(/** @type {string} */ file) {
  const code = read(file).toString('utf8');
  const dir = posix.dirname(file);
  const found = [
    ...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["'](\.\/[^"']+\.js)["']/g),
  ];
  return found.map((m) => posix.join(dir, /** @type {string} */ (m[1])));
}

/** @param {string} file */
const gz = (file) => gzipSync(read(file)).length;

/**
 * The shell texts the boot script imports with the app: one language, the one shown. The script names
 * each language's chunk (`"es":"./assets/es-….js"`); counted as the larger of the two, so the budget
 * holds in either language.
 */
export function shellTexts(/** @type {string} */ html) {
  const files = [...html.matchAll(/"(?:es|en)":"\.\/(assets\/[^"]+\.js)"/g)].map(
    (m) => /** @type {string} */ (m[1]),
  );
  // Found none, the report would quietly leave them out: the boot script's shape has changed.
  if (files.length === 0) throw new Error('size: the boot script names no shell texts chunk');
  return files.sort((a, b) => gz(b) - gz(a)).slice(0, 1);
}

export function firstLoad() {
  const html = read('index.html').toString('utf8');
  const files = new Set(['index.html']);
  const queue = [...htmlAssets(html), ...shellTexts(html)];
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.shift());
    if (files.has(file)) continue;
    files.add(file);
    if (file.endsWith('.js')) queue.push(...staticImports(file));
  }
  return [...files].map((file) => ({ file, raw: read(file).length, gzip: gz(file) }));
}

const rows = firstLoad();
const total = rows.reduce((sum, r) => sum + r.gzip, 0);
const kb = (/** @type {number} */ n) => `${(n / 1000).toFixed(2)} kB`;
for (const r of rows)
  console.log(`${r.file.padEnd(40)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)} gzip`);
console.log(
  `${'first load'.padEnd(40)} ${''.padStart(10)} ${kb(total).padStart(10)} gzip in ${rows.length} requests (budget ${kb(BUDGET_BYTES)})`,
);
if (total > BUDGET_BYTES) {
  console.error(`First load is ${kb(total - BUDGET_BYTES)} over the ${kb(BUDGET_BYTES)} budget.`);
  process.exit(1);
}

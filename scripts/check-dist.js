// Build check (part of `npm run build`): every file that dist/ refers to exists in dist/, and every
// one the app can load is in the service worker's precache. It reads what a host would serve: the HTML,
// the JS chunks (imports, preload lists, fetched files), CSS url()s, the web app manifest and sw.js.
// A reference to a missing file works with `vite preview` (which answers index.html) and fails on
// every real host; a file missing from the precache fails only offline.
//   node scripts/check-dist.js [dir=dist]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { matches, parseHeadersFile } from './static-server.js';

/** @typedef {{ icons?: { src: string }[]; start_url?: string; scope?: string }} WebManifest */

/** @param {string} dir @returns {string[]} every file, as a posix path relative to dir */
function listFiles(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, path) : [path];
  });
}

/** @param {string} text @param {RegExp} pattern */
const all = (text, pattern) => [...text.matchAll(pattern)].map((m) => m[1] ?? '');

const FILE_LITERAL = /["'`](\.\.?\/[^"'`\s]+\.(?:js|css|ttf|woff2|png|svg|json|webmanifest))["'`]/g;

/**
 * What one file refers to, each with the folder it is relative to.
 * @param {string} file posix path inside dist
 * @param {string} text
 * @returns {{ ref: string; base: string }[]}
 */
export function referencesIn(file, text) {
  const here = posix.dirname(file);
  const at = (/** @type {string} */ base) => (/** @type {string} */ ref) => ({ ref, base });
  if (file.endsWith('.html')) {
    return [
      ...all(text, /<(?:script|link|img|source|a)\b[^>]*?\b(?:src|href)="([^"]+)"/g),
      ...all(text, /\bimport\("([^"]+)"\)/g),
      // Chunks the boot script names, e.g. each language's shell texts ("es":"./assets/es-….js").
      ...all(text, /"(\.\/assets\/[^"\s]+\.js)"/g),
    ].map(at(here));
  }
  if (file.endsWith('.css')) return all(text, /url\(\s*['"]?([^'")]+)['"]?\s*\)/g).map(at(here));
  if (file.endsWith('.webmanifest')) {
    /** @type {unknown} */
    const parsed = JSON.parse(text);
    const manifest = /** @type {WebManifest} */ (parsed);
    const refs = [...(manifest.icons ?? []).map((i) => i.src), manifest.start_url, manifest.scope];
    return refs.filter((r) => typeof r === 'string').map(at(here));
  }
  if (!file.endsWith('.js')) return [];
  if (file === 'sw.js') {
    // Workbox's loader adds ".js" to the modules it defines; the precache list is relative to sw.js.
    const modules = all(text, /\bdefine\(\[([^\]]*)\]/g).flatMap((list) =>
      all(list, /"([^"]+)"/g).map((m) => `${m}.js`),
    );
    return [...modules, ...all(text, /\burl:"([^"]+)"/g)].map(at(here));
  }
  // Module imports and Vite's preload lists resolve against the chunk; any other file path (fetch,
  // service worker registration) resolves against the page, which is dist's root.
  const moduleRefs = [
    ...all(text, /\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g),
    ...all(text, /(?:\bfrom|\bimport)\s*["'`](\.\.?\/[^"'`]+)["'`]/g),
    ...all(text, /m\.f=\[([^\]]*)\]/g).flatMap((list) => all(list, /"([^"]+)"/g)),
  ];
  const pageRefs = all(text, FILE_LITERAL).filter((ref) => !moduleRefs.includes(ref));
  return [...moduleRefs.map(at(here)), ...pageRefs.map(at(''))];
}

/**
 * @param {string} ref
 * @param {string} base
 * @returns {{ target: string } | { problem: string } | null} null for references that are not files
 */
export function resolveReference(ref, base) {
  if (/^(?:data:|blob:|#|mailto:)/.test(ref)) return null;
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref))
    return { problem: 'points outside the site (the app makes no request to another origin)' };
  if (ref.startsWith('/'))
    return { problem: 'is an absolute path (breaks hosting under a sub-path)' };
  const path = posix.normalize(posix.join(base, ref.split(/[?#]/)[0] ?? ''));
  if (path.startsWith('..')) return { problem: 'points above the site folder' };
  const target = path === '.' || ref.endsWith('/') ? posix.join(path, 'index.html') : path;
  return { target };
}

/**
 * Files the app asks for that a host adds to dist/ after the build, if at all (src/site/): their
 * absence is the normal case, answered with a 404 the app expects.
 */
export const HOST_FILES = new Set(['config.json']);

/** @param {string} dir @returns {string[]} problems, empty when dist/ is sound */
export function checkDist(dir) {
  const files = listFiles(dir);
  const present = new Set(files);
  const problems = [];
  /** @type {Map<string, string>} target -> first file that asks for it */
  const wanted = new Map();
  for (const file of files) {
    if (!/\.(?:html|js|css|webmanifest)$/.test(file)) continue;
    for (const { ref, base } of referencesIn(file, readFileSync(join(dir, file), 'utf8'))) {
      const resolved = resolveReference(ref, base);
      if (!resolved) continue;
      if ('problem' in resolved) problems.push(`${file}: "${ref}" ${resolved.problem}`);
      else if (HOST_FILES.has(resolved.target))
        continue; // the service worker caches it at run time
      else if (!present.has(resolved.target))
        problems.push(`${file}: "${ref}" refers to ${resolved.target}, which is not in dist`);
      else if (!wanted.has(resolved.target)) wanted.set(resolved.target, file);
    }
  }

  if (!present.has('sw.js')) problems.push('sw.js is missing: the app would not work offline');
  else {
    const precached = new Set(
      referencesIn('sw.js', readFileSync(join(dir, 'sw.js'), 'utf8')).map((r) => r.ref),
    );
    for (const [target, from] of wanted) {
      const worker = target === 'sw.js' || /^workbox-[\w-]+\.js$/.test(target);
      if (!worker && !precached.has(target))
        problems.push(`${target} (used by ${from}) is not precached: it would fail offline`);
    }
  }

  if (!present.has('_headers')) problems.push('_headers is missing');
  else {
    const rules = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));
    // Dotfiles (.nojekyll) are instructions to the host, not pages.
    for (const file of files.filter(
      (f) => f !== '_headers' && !f.split('/').pop()?.startsWith('.'),
    )) {
      const setting = rules.filter(
        (rule) =>
          matches(rule.path, `/${file}`) &&
          rule.headers.some(([name]) => name.toLowerCase() === 'cache-control'),
      );
      if (setting.length !== 1)
        problems.push(`_headers gives /${file} ${setting.length} Cache-Control rules, not one`);
    }
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'dist';
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: build first`);
  const problems = checkDist(dir);
  if (problems.length) {
    console.error(`dist check: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  console.log(`dist check: every referenced file exists and is precached (${dir})`);
}

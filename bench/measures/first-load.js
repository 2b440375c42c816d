// First page load: bytes by type (raw and gzip), request count, and any request that left 127.0.0.1.
// What the page fetches once it has settled (src/pwa/when-settled.ts: 3 s after the load event, when
// idle) is counted apart, as the budget allows, and listed: the offline machinery (the service
// worker script and its Workbox runtime, the manifest, the registration chunk) and the home screen's
// data panel and dialogs. A request started more than 1 s after the load event counts as settled.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { newContext } from '../lib.js';

/** Files the offline cache brings after the page has loaded; not part of the first-load budget. */
const AFTER_LOAD = [
  /\/sw\.js$/,
  /\/workbox-[\w-]+\.js$/,
  /\.webmanifest$/,
  /\/assets\/UpdateNotices-[\w-]+\.(?:js|css)$/,
];

/**
 * The worker's files as the browser fetches them itself (the page's network events do not show them)
 * and what its precache downloads, read from dist/.
 */
function workerFiles(dist = 'dist') {
  const kB = (/** @type {number} */ n) => `${(n / 1000).toFixed(1)} kB`;
  const gz = (/** @type {string} */ file) => gzipSync(readFileSync(`${dist}/${file}`)).length;
  const runtime = readdirSync(dist).filter((f) => /^workbox-[\w-]+\.js$/.test(f));
  const sw = readFileSync(`${dist}/sw.js`, 'utf8');
  const precached = [...sw.matchAll(/\burl:"([^"]+)"/g)].map((m) => m[1] ?? '');
  const bytes = precached.reduce((sum, file) => sum + statSync(`${dist}/${file}`).size, 0);
  return [
    `service worker: sw.js ${kB(gz('sw.js'))}, ${runtime.map((f) => `${f} ${kB(gz(f))}`).join(', ')} gzip; manifest.webmanifest ${kB(gz('manifest.webmanifest'))} gzip`,
    `offline cache: ${precached.length} files, ${kB(bytes)} (raw), fetched by the worker after the page has loaded`,
  ];
}

/** @param {string} type @param {string} url */
function kind(type, url) {
  if (type === 'document') return 'html';
  if (type === 'script') return 'js';
  if (type === 'stylesheet') return 'css';
  if (type === 'font') return 'font';
  if (type === 'image') return 'image';
  return url.endsWith('.json') || url.endsWith('.webmanifest') ? 'json' : 'other';
}

/** @type {import('./index.js').Measure} */
export default {
  id: 'load',
  title: 'First page load',
  async run({ browser, baseUrl, runs }) {
    /** @type {Record<string, number[]>} */
    const samples = {};
    /** @type {string[]} */
    const outside = [];
    /** @type {Map<string, number>} */
    const afterLoadFiles = new Map();
    const add = (/** @type {string} */ key, /** @type {number} */ value) =>
      (samples[key] ??= []).push(value);
    for (let i = 0; i < runs; i++) {
      // Workers allowed: the service worker's own files must show up (apart) in what is counted.
      const context = await newContext(browser, { serviceWorkers: 'allow' });
      const page = await context.newPage();
      /** @type {Promise<{ url: string; kind: string; raw: number; gzip: number; startedAt: number }>[]} */
      const pending = [];
      context.on('request', (request) => {
        if (!request.url().startsWith(baseUrl)) outside.push(request.url());
      });
      context.on('response', (response) => {
        const url = response.url();
        // The worker's own precache downloads are the offline cache filling, not the page loading.
        if (url.startsWith('data:') || response.request().serviceWorker()) return;
        pending.push(
          response.body().then((body) => ({
            url,
            kind: kind(response.request().resourceType(), url),
            raw: body.length,
            gzip: gzipSync(body).length,
            startedAt: response.request().timing().startTime,
          })),
        );
      });
      await page.goto(baseUrl, { waitUntil: 'networkidle' });
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await page.waitForLoadState('networkidle');
      const loadEnd = await page.evaluate(() => {
        const [navigation] = performance.getEntriesByType('navigation');
        return performance.timeOrigin + (navigation?.duration ?? 0);
      });
      const firstPaint = await page.evaluate(
        () =>
          performance.timeOrigin +
          (performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0),
      );
      const fetched = await Promise.all(pending);
      const config = fetched.filter((f) => /\/config\.json$/.test(f.url));
      add('configRequests', config.length);
      add('configBeforePaint', config.filter((f) => f.startedAt < firstPaint).length);
      for (const f of config) add('configGzip', f.gzip);
      const all = fetched.filter((f) => !config.includes(f));
      const settled = (/** @type {{ url: string; startedAt: number }} */ f) =>
        AFTER_LOAD.some((p) => p.test(f.url)) || f.startedAt > loadEnd + 1000;
      const files = all.filter((f) => !settled(f));
      for (const f of all.filter(settled)) afterLoadFiles.set(f.url.slice(baseUrl.length), f.gzip);
      /** @type {Record<string, number>} */
      const totals = {
        requests: files.length,
        rawTotal: files.reduce((sum, f) => sum + f.raw, 0),
        gzipTotal: files.reduce((sum, f) => sum + f.gzip, 0),
        afterLoadRequests: all.length - files.length,
        afterLoadGzip:
          all.reduce((sum, f) => sum + f.gzip, 0) - files.reduce((s, f) => s + f.gzip, 0),
      };
      for (const file of files) {
        totals[`raw.${file.kind}`] = (totals[`raw.${file.kind}`] ?? 0) + file.raw;
        totals[`gzip.${file.kind}`] = (totals[`gzip.${file.kind}`] ?? 0) + file.gzip;
      }
      for (const [key, value] of Object.entries(totals)) add(key, value);
      await context.close();
    }
    add('outsideRequests', outside.length);
    const listed = [...afterLoadFiles].map(
      ([file, gzip]) => `${file} (${(gzip / 1000).toFixed(1)} kB gzip)`,
    );
    return {
      samples,
      notes: [
        `once the page has settled, not in the budget: ${listed.join(', ')}`,
        ...workerFiles(),
        ...(outside.length ? [`requests outside 127.0.0.1: ${outside.join(', ')}`] : []),
      ],
    };
  },
};

// First page load: bytes by type (raw and gzip), request count, and any request that left 127.0.0.1.
import { gzipSync } from 'node:zlib';

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
    const add = (/** @type {string} */ key, /** @type {number} */ value) =>
      (samples[key] ??= []).push(value);
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ locale: 'es-ES' });
      const page = await context.newPage();
      /** @type {Promise<{ kind: string; raw: number; gzip: number }>[]} */
      const pending = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(baseUrl)) outside.push(request.url());
      });
      page.on('response', (response) => {
        const url = response.url();
        if (url.startsWith('data:')) return;
        pending.push(
          response.body().then((body) => ({
            kind: kind(response.request().resourceType(), url),
            raw: body.length,
            gzip: gzipSync(body).length,
          })),
        );
      });
      await page.goto(baseUrl, { waitUntil: 'networkidle' });
      await page.getByRole('heading', { level: 1 }).waitFor();
      const files = await Promise.all(pending);
      /** @type {Record<string, number>} */
      const totals = {
        requests: files.length,
        rawTotal: files.reduce((sum, f) => sum + f.raw, 0),
        gzipTotal: files.reduce((sum, f) => sum + f.gzip, 0),
      };
      for (const file of files) {
        totals[`raw.${file.kind}`] = (totals[`raw.${file.kind}`] ?? 0) + file.raw;
        totals[`gzip.${file.kind}`] = (totals[`gzip.${file.kind}`] ?? 0) + file.gzip;
      }
      for (const [key, value] of Object.entries(totals)) add(key, value);
      await context.close();
    }
    add('outsideRequests', outside.length);
    return {
      samples,
      notes: outside.length ? [`requests outside 127.0.0.1: ${outside.join(', ')}`] : [],
    };
  },
};

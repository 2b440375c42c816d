// Lighthouse with its default mobile preset (simulated slow 4G and a 4x slower CPU), on the home page.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from '../lib.js';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const AUDITS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
};

/** @type {import('./index.js').Measure} */
export default {
  id: 'lighthouse',
  title: 'Lighthouse (mobile preset)',
  async run({ baseUrl, runs }) {
    /** @type {Record<string, number[]>} */
    const samples = {};
    const add = (/** @type {string} */ key, /** @type {number} */ value) =>
      (samples[key] ??= []).push(value);
    for (let i = 0; i < runs; i++) {
      const chrome = await chromeLauncher.launch({
        chromePath: chromiumPath(),
        chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
      });
      try {
        const result = await lighthouse(baseUrl, {
          port: chrome.port,
          logLevel: 'error',
          output: 'json',
          onlyCategories: CATEGORIES,
        });
        if (!result) throw new Error('Lighthouse returned no result');
        const { categories, audits } = result.lhr;
        for (const id of CATEGORIES) add(id, Math.round((categories[id]?.score ?? NaN) * 100));
        for (const [key, audit] of Object.entries(AUDITS))
          add(key, audits[audit]?.numericValue ?? NaN);
      } finally {
        chrome.kill();
      }
    }
    return { samples, notes: [] };
  },
};

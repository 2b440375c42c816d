// With the service worker installed and the network off: reload to an interactive home, and the PDF
// export of a full workshop (click on "Crear PDF" to download), everything served from the cache.
// As in pdf.js, offlinePdfMs is at a person's pace and offlinePdfColdClickMs the worst case.
import {
  PERSON_DWELL_MS,
  answerEverything,
  instrumentPdfExport,
  newContext,
  timePdfExport,
} from '../lib.js';

/** Milliseconds from the reload's start until the home's create button can be used. */
async function reloadToInteractiveHome(/** @type {import('@playwright/test').Page} */ page) {
  await page.reload();
  const create = page.getByRole('button', { name: 'Crear taller' });
  await create.waitFor();
  return create.evaluate((el) =>
    el instanceof HTMLButtonElement && !el.disabled ? performance.now() : NaN,
  );
}

/** @type {import('./index.js').Measure} */
export default {
  id: 'offline',
  title: 'Offline: reload to interactive home, PDF export',
  async run({ browser, baseUrl, runs }) {
    const context = await newContext(browser, { serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.addInitScript(instrumentPdfExport);
    await page.goto(baseUrl);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // Every precached file in the cache before the network goes.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.getByLabel('Organización').fill('Banco de pruebas');
    await page.getByRole('button', { name: 'Crear taller' }).click();
    await page.getByRole('heading', { level: 1, name: 'Antes de empezar' }).waitFor();
    const resultsUrl = page.url().replace(/\/intro$/, '/results');
    await answerEverything(page, 20, 10);
    await context.setOffline(true);

    /** @type {number[]} */
    const home = [];
    /** @type {number[]} */
    const pdf = [];
    /** @type {number[]} */
    const pdfColdClick = [];
    /** @type {string[]} */
    const notFromCache = [];
    page.on('response', (response) => {
      if (!response.fromServiceWorker() && !response.url().startsWith('blob:'))
        notFromCache.push(response.url());
    });
    for (let i = 0; i < runs; i++) {
      await page.goto(baseUrl);
      home.push(await reloadToInteractiveHome(page));
      for (const [times, dwellMs] of /** @type {const} */ ([
        [pdf, PERSON_DWELL_MS],
        [pdfColdClick, 0],
      ])) {
        await page.goto(resultsUrl);
        await page.reload();
        await page.locator('canvas[data-chart="radar"][data-drawn]').waitFor({ state: 'attached' });
        times.push((await timePdfExport(page, { dwellMs })).ms);
      }
    }
    await context.close();
    return {
      samples: { offlineHomeMs: home, offlinePdfMs: pdf, offlinePdfColdClickMs: pdfColdClick },
      notes: notFromCache.length
        ? [`offline responses not from the service worker: ${notFromCache.join(', ')}`]
        : ['offline: every response came from the service worker'],
    };
  },
};

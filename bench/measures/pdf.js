// PDF export: from the click on "Crear PDF" to the download starting, for a full workshop (every
// answer, 20 moments, 10 actions), with a cold cache so jsPDF and the font are fetched each time.
import { stat } from 'node:fs/promises';
import { answerEverything, seededWorkshop } from '../lib.js';

/** Installed before the app loads: stamps the click that starts the export and the download link. */
function instrument() {
  const marks = { click: NaN, download: NaN };
  Object.assign(window, { __bench: marks });
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('button')?.textContent?.trim() === 'Crear PDF')
        marks.click = performance.now();
      if (target instanceof HTMLAnchorElement && target.download)
        marks.download = performance.now();
    },
    true,
  );
}

/** @type {import('./index.js').Measure} */
export default {
  id: 'pdf',
  title: 'PDF export, click to download',
  async run({ browser, baseUrl, runs }) {
    const { storageState, areaUrl } = await seededWorkshop(browser, baseUrl, (page) =>
      answerEverything(page, 20, 10),
    );
    const resultsUrl = areaUrl.replace(/\/area\/[^/]+$/, '/results');
    /** @type {number[]} */
    const times = [];
    /** @type {number[]} */
    const sizes = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ locale: 'es-ES', storageState });
      const page = await context.newPage();
      await page.addInitScript(instrument);
      await page.goto(resultsUrl);
      await page.locator('canvas[data-chart="radar"][data-drawn]').waitFor({ state: 'attached' });
      await page.getByRole('button', { name: 'Exportar informe PDF' }).click();
      const downloading = page.waitForEvent('download');
      await page.getByRole('dialog').getByRole('button', { name: 'Crear PDF' }).click();
      const download = await downloading;
      sizes.push((await stat(await download.path())).size);
      times.push(
        await page.evaluate(() => {
          const { click, download } =
            /** @type {{ __bench: { click: number; download: number } }} */ (
              /** @type {unknown} */ (window)
            ).__bench;
          return download - click;
        }),
      );
      await context.close();
    }
    return { samples: { pdfMs: times, pdfBytes: sizes }, notes: [] };
  },
};

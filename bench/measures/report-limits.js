// The results and the PDF for a workshop at the limits (bench/limits-workshop.js: 100 customer types,
// 300 moments, 200 actions, every text at its maximum), with a cold HTTP cache each time.
// resultsLimitsMs: from the click on "Resultados" in the steps to the radar's first frame.
// pdfLimitsMs: from the click on "Crear PDF" to the download, the results on screen for
// PERSON_DWELL_MS first (as pdf.js); pdfLimitsBytes: the file's size.
import { stat } from 'node:fs/promises';
import {
  PERSON_DWELL_MS,
  instrumentPdfExport,
  instrumentResults,
  newContext,
  timePdfExport,
} from '../lib.js';
import { limitsWorkshop, seedWorkshops } from '../limits-workshop.js';

/** @type {import('./index.js').Measure} */
export default {
  id: 'reportLimits',
  title: 'Results and PDF at the limits',
  async run({ browser, baseUrl, runs }) {
    const workshop = limitsWorkshop('bench-report-limits');
    /** @type {Record<string, number[]>} */
    const samples = { resultsLimitsMs: [], pdfLimitsMs: [], pdfLimitsBytes: [] };
    /** @type {string[]} */
    const notes = [];
    for (let i = 0; i < runs; i++) {
      const context = await newContext(browser);
      const page = await context.newPage();
      await seedWorkshops(page, baseUrl, [workshop]);
      await page.addInitScript(instrumentResults);
      await page.addInitScript(instrumentPdfExport);
      await page.goto(`${baseUrl}#/w/${workshop.id}/area/leadership`);
      await page.getByRole('radiogroup').first().waitFor();
      await page.waitForLoadState('networkidle');
      await page
        .getByRole('navigation', { name: 'Pasos del taller' })
        .getByRole('link', { name: 'Resultados' })
        .click();
      await page.locator('canvas[data-chart="radar"][data-drawn]').waitFor({ state: 'attached' });
      samples.resultsLimitsMs?.push(
        await page.evaluate(() => {
          const { click, drawn } = /** @type {{ __results: { click: number; drawn: number } }} */ (
            /** @type {unknown} */ (window)
          ).__results;
          return drawn - click;
        }),
      );
      const { ms, path } = await timePdfExport(page, { dwellMs: PERSON_DWELL_MS });
      samples.pdfLimitsMs?.push(ms);
      const bytes = (await stat(path)).size;
      samples.pdfLimitsBytes?.push(bytes);
      await context.close();
    }
    return { samples, notes };
  },
};

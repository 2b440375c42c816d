// PDF export: from the click on "Crear PDF" to the download starting, for a full workshop (every
// answer, 20 moments, 10 actions), with a cold cache so jsPDF and the font are fetched each time.
// pdfMs: the results on screen for PERSON_DWELL_MS first, as when a person reads them (the screen
// fetches jsPDF and the font while idle); pdfColdClickMs: "Crear PDF" clicked as soon as the radar is
// drawn, the worst case.
import { stat } from 'node:fs/promises';
import {
  PERSON_DWELL_MS,
  answerEverything,
  instrumentPdfExport,
  newContext,
  seededWorkshop,
  timePdfExport,
} from '../lib.js';

/** @type {import('./index.js').Measure} */
export default {
  id: 'pdf',
  title: 'PDF export, click to download',
  async run({ browser, baseUrl, runs }) {
    const { storageState, areaUrl } = await seededWorkshop(browser, baseUrl, (page) =>
      answerEverything(page, 20, 10),
    );
    const resultsUrl = areaUrl.replace(/\/area\/[^/]+$/, '/results');
    /** @type {Record<string, number[]>} */
    const samples = { pdfMs: [], pdfColdClickMs: [], pdfBytes: [] };
    for (let i = 0; i < runs; i++) {
      for (const [metric, dwellMs] of /** @type {const} */ ([
        ['pdfMs', PERSON_DWELL_MS],
        ['pdfColdClickMs', 0],
      ])) {
        const context = await newContext(browser, { storageState });
        const page = await context.newPage();
        await page.addInitScript(instrumentPdfExport);
        await page.goto(resultsUrl);
        await page.locator('canvas[data-chart="radar"][data-drawn]').waitFor({ state: 'attached' });
        const { ms, path } = await timePdfExport(page, { dwellMs });
        samples[metric]?.push(ms);
        if (metric === 'pdfMs') samples.pdfBytes?.push((await stat(path)).size);
        await context.close();
      }
    }
    return { samples, notes: [] };
  },
};

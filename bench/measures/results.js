// Results screen: from the click on "Resultados" to the radar's first frame on its canvas, with a
// cold HTTP cache so the chart.js chunk is fetched each time (the walk-through chunk is loaded).
import { answerEverything, instrumentResults, newContext, seededWorkshop } from '../lib.js';

/** @type {import('./index.js').Measure} */
export default {
  id: 'results',
  title: 'Click on results to radar drawn',
  async run({ browser, baseUrl, runs }) {
    const { storageState, areaUrl } = await seededWorkshop(browser, baseUrl, (page) =>
      answerEverything(page, 3, 0),
    );
    /** @type {number[]} */
    const times = [];
    for (let i = 0; i < runs; i++) {
      const context = await newContext(browser, { storageState });
      const page = await context.newPage();
      await page.addInitScript(instrumentResults);
      await page.goto(areaUrl);
      await page.getByRole('radiogroup').first().waitFor();
      await page
        .getByRole('navigation', { name: 'Pasos del taller' })
        .getByRole('link', { name: 'Resultados' })
        .click();
      await page.locator('canvas[data-chart="radar"][data-drawn]').waitFor({ state: 'attached' });
      times.push(
        await page.evaluate(() => {
          const { click, drawn } = /** @type {{ __results: { click: number; drawn: number } }} */ (
            /** @type {unknown} */ (window)
          ).__results;
          return drawn - click;
        }),
      );
      await context.close();
    }
    return { samples: { resultsMs: times }, notes: [] };
  },
};

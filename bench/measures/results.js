// Results screen: from the click on "Resultados" to the radar's first frame on its canvas, with a
// cold HTTP cache so the chart.js chunk is fetched each time (the walk-through chunk is loaded).
import { answerEverything, newContext, seededWorkshop } from '../lib.js';

/** Installed before the app loads: stamps the click on the results link and the radar's first drawing. */
function instrument() {
  const marks = { click: NaN, drawn: NaN };
  Object.assign(window, { __bench: marks });
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (link?.getAttribute('href')?.endsWith('/results')) marks.click = performance.now();
    },
    true,
  );
  new MutationObserver(() => {
    if (
      Number.isNaN(marks.drawn) &&
      document.querySelector('canvas[data-chart="radar"][data-drawn]')
    )
      marks.drawn = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-drawn'] });
}

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
      await page.addInitScript(instrument);
      await page.goto(areaUrl);
      await page.getByRole('radiogroup').first().waitFor();
      await page
        .getByRole('navigation', { name: 'Pasos del taller' })
        .getByRole('link', { name: 'Resultados' })
        .click();
      await page.locator('canvas[data-chart="radar"][data-drawn]').waitFor({ state: 'attached' });
      times.push(
        await page.evaluate(() => {
          const { click, drawn } = /** @type {{ __bench: { click: number; drawn: number } }} */ (
            /** @type {unknown} */ (window)
          ).__bench;
          return drawn - click;
        }),
      );
      await context.close();
    }
    return { samples: { resultsMs: times }, notes: [] };
  },
};

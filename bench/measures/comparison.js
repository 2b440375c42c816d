// The comparison of a follow-up with its baseline (issue 17): two realistic workshops (the reference
// hotel, every statement rated, eight moments and actions, and its follow-up six months on), the
// follow-up's results open. comparisonMs: from the click on "Ver qué ha cambiado desde entonces" to
// the first frame of the two-dataset radar, with a cold HTTP cache (the comparison's chunk, its
// texts and chart.js fetched each time; the walk-through is loaded).
import { newContext } from '../lib.js';
import { seedWorkshops } from '../limits-workshop.js';
import { followUpPair } from '../../tests/fixtures/follow-up-workshops.js';

/** Installed before the app loads: stamps the click on the comparison link and the radar's first frame. */
function instrumentComparison() {
  const marks = { click: NaN, drawn: NaN };
  Object.assign(window, { __comparison: marks });
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (link?.getAttribute('href')?.includes('/compare')) marks.click = performance.now();
    },
    true,
  );
  new MutationObserver(() => {
    if (
      Number.isNaN(marks.drawn) &&
      document.querySelector('canvas[data-chart="compare-radar"][data-drawn]')
    )
      marks.drawn = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-drawn'] });
}

/** @type {import('./index.js').Measure} */
export default {
  id: 'comparison',
  title: 'Click on the comparison to its radar drawn',
  async run({ browser, baseUrl, runs }) {
    const { baseline, followUp } = followUpPair('es');
    /** @type {number[]} */
    const times = [];
    for (let i = 0; i < runs; i++) {
      const context = await newContext(browser);
      const page = await context.newPage();
      await seedWorkshops(page, baseUrl, [baseline, followUp]);
      await page.addInitScript(instrumentComparison);
      await page.goto(new URL(`#/w/${followUp.id}/results`, baseUrl).href);
      const link = page.getByRole('link', { name: 'Ver qué ha cambiado desde entonces' });
      await link.waitFor();
      await link.click();
      await page
        .locator('canvas[data-chart="compare-radar"][data-drawn]')
        .waitFor({ state: 'attached' });
      times.push(
        await page.evaluate(() => {
          const { click, drawn } =
            /** @type {{ __comparison: { click: number; drawn: number } }} */ (
              /** @type {unknown} */ (window)
            ).__comparison;
          return drawn - click;
        }),
      );
      await context.close();
    }
    return {
      samples: { comparisonMs: times },
      notes: ['hotel reference workshop and its follow-up (36 statements, 8 moments each)'],
    };
  },
};

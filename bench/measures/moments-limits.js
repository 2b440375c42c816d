// The moments step of a workshop at the limits (bench/limits-workshop.js: 100 customer types, every
// text at its maximum), each run in a fresh context with a cold HTTP cache. Each timing runs from the
// click (or the Enter) to the end of the first frame that shows its result:
// momentsOpenMs: the "Momentos" step link, from the introduction, to the step with its entry row and
// the first cards of its list on screen (300 moments); momentsMatrixMs: "Matriz" to the matrix of 100
// types with its first rows (the others follow while the browser is idle; momentsMatrixWholeMs, no
// target, is the time until all 300 rows are drawn);
// momentsAddMs: Enter in the entry row, with 299 moments on the map, to the new moment's confirmation.
import { newContext } from '../lib.js';
import { AT_LIMITS, limitsWorkshop, seedWorkshops } from '../limits-workshop.js';

/**
 * Runs `act` in the page, then waits for the first animation frame in which `done` holds and for
 * that frame to be rendered; returns the milliseconds from just before `act`.
 * @param {import('@playwright/test').Page} page
 * @param {string} act  a function body run in the page
 * @param {string} done a function body returning true once the result is on screen
 */
function timeToFrame(page, act, done) {
  return page.evaluate(
    (/** @type {[string, string]} */ [actBody, doneBody]) =>
      /** @type {Promise<number>} */ (
        new Promise((resolve) => {
          // The bodies are this file's own code, passed as text because page.evaluate takes one function.
          // eslint-disable-next-line @typescript-eslint/no-implied-eval
          const condition = /** @type {() => boolean} */ (new Function(doneBody));
          const start = performance.now();
          // eslint-disable-next-line @typescript-eslint/no-implied-eval
          const act = /** @type {() => void} */ (new Function(actBody));
          act();
          const check = () => {
            if (!condition()) return requestAnimationFrame(check);
            // This frame shows it; a task posted from its callback runs once it has been rendered.
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
          };
          requestAnimationFrame(check);
        })
      ),
    /** @type {[string, string]} */ ([act, done]),
  );
}

/** @type {import('./index.js').Measure} */
export default {
  id: 'momentsLimits',
  title: 'Moments step at the limits',
  async run({ browser, baseUrl, runs }) {
    const full = limitsWorkshop('bench-moments-limits');
    const almost = { ...full, id: 'bench-moments-almost', moments: full.moments.slice(0, -1) };
    /** @type {Record<string, number[]>} */
    const samples = {
      momentsOpenMs: [],
      momentsMatrixMs: [],
      momentsMatrixWholeMs: [],
      momentsAddMs: [],
    };
    for (let i = 0; i < runs; i++) {
      const context = await newContext(browser);
      const page = await context.newPage();
      await seedWorkshops(page, baseUrl, [full, almost]);

      await page.goto(`${baseUrl}#/w/${full.id}/intro`);
      await page.getByRole('navigation', { name: 'Pasos del taller' }).waitFor();
      await page.waitForLoadState('networkidle');
      samples.momentsOpenMs?.push(
        await timeToFrame(
          page,
          `document.querySelector('nav a[href$="/area/moments"]').click();`,
          `return document.querySelector('main h1')?.textContent === 'Momentos de la verdad' &&
             !!document.querySelector('form[aria-labelledby="add-moment-heading"]') &&
             document.body.textContent.includes('${AT_LIMITS.moments} momentos');`,
        ),
      );
      await page.waitForLoadState('networkidle');
      // The first frame with the matrix and its first screenful of rows (the rest follows while idle).
      samples.momentsMatrixMs?.push(
        await timeToFrame(
          page,
          `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Matriz').click();`,
          `return document.querySelectorAll('table tbody tr').length >= 10;`,
        ),
      );
      // For the record, not a target: until every one of the 300 rows is drawn.
      samples.momentsMatrixWholeMs?.push(
        await timeToFrame(
          page,
          `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Lista por tipo de cliente').click();
           setTimeout(() => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Matriz').click(), 0);`,
          `return document.querySelectorAll('table tbody tr').length === ${AT_LIMITS.moments};`,
        ),
      );

      await page.goto(`${baseUrl}#/w/${almost.id}/area/moments`);
      const name = page
        .getByRole('form', { name: 'Añadir un momento' })
        .getByRole('textbox', { name: 'Momento' });
      await name.fill('Un momento más');
      await page.waitForLoadState('networkidle');
      samples.momentsAddMs?.push(
        await timeToFrame(
          page,
          `document.querySelector('form[aria-labelledby="add-moment-heading"]').requestSubmit();`,
          `return document.body.textContent.includes('Se ha añadido «Un momento más».');`,
        ),
      );
      await context.close();
    }
    return { samples, notes: [] };
  },
};

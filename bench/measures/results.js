// Results screen: from the click on "Resultados" to the radar's first frame on its canvas, with a
// cold HTTP cache so the chart.js chunk is fetched each time (the walk-through chunk is loaded).
import { seededWorkshop } from '../lib.js';

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

/** Answers every statement of the seeded workshop (levels cycling 1-5) and adds three moments. */
async function answerAll(/** @type {import('@playwright/test').Page} */ page) {
  const steps = page.getByRole('navigation', { name: 'Pasos del taller' });
  for (const link of await steps.getByRole('link').all()) {
    const name = (await link.textContent()) ?? '';
    if (/Introducción|Resultados/.test(name)) continue;
    await link.click();
    await page.getByRole('radiogroup').first().waitFor();
    for (const [i, group] of (await page.getByRole('radiogroup').all()).entries())
      await group
        .getByRole('radio')
        .nth(i % 5)
        .check();
  }
  await steps.getByRole('link', { name: /^Momentos/ }).click();
  const form = page.getByRole('form', { name: 'Añadir un momento' });
  /** @type {[string, string, string][]} */
  const moments = [
    ['Pedir cita', '5', '2'],
    ['Llamar', '4', '3'],
    ['Pagar', '3', '1'],
  ];
  for (const [name, expectation, delivered] of moments) {
    await form.getByRole('textbox', { name: 'Momento' }).fill(name);
    await form
      .getByRole('combobox', { name: 'Importancia para el cliente' })
      .selectOption(expectation);
    await form.getByRole('combobox', { name: 'Entregado hoy' }).selectOption(delivered);
    await form.getByRole('textbox', { name: 'Momento' }).press('Enter');
  }
  await page
    .getByRole('status', { name: 'Estado del guardado' })
    .getByText(/Guardado a las/)
    .waitFor();
}

/** @type {import('./index.js').Measure} */
export default {
  id: 'results',
  title: 'Click on results to radar drawn',
  async run({ browser, baseUrl, runs }) {
    const { storageState, areaUrl } = await seededWorkshop(browser, baseUrl, answerAll);
    /** @type {number[]} */
    const times = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ locale: 'es-ES', storageState });
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

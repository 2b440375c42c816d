// Shared helpers for the benchmark: statistics, the browser, and a seeded workshop to measure against.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.js';

export { CHROMIUM_ARGS, chromiumPath };

export function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/**
 * A new context (cold HTTP cache). Service workers are blocked unless asked for: the cold-cache
 * timings measure the network path, as on a first visit before the offline cache exists.
 * @param {import('@playwright/test').Browser} browser
 * @param {{ storageState?: import('@playwright/test').BrowserContextOptions['storageState']; serviceWorkers?: 'allow' | 'block' }} [options]
 */
export function newContext(browser, { storageState, serviceWorkers = 'block' } = {}) {
  return browser.newContext({ locale: 'es-ES', storageState, serviceWorkers });
}

/** @param {number[]} samples */
export function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return {
    median: median ?? NaN,
    min: sorted[0] ?? NaN,
    max: sorted.at(-1) ?? NaN,
    runs: sorted.length,
  };
}

/**
 * Creates a workshop through the UI and returns its first area's URL and the storage to start new,
 * cold-cache contexts from.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseUrl
 * @param {(page: import('@playwright/test').Page) => Promise<void>} [fill] answers to give before saving the state
 */
export async function seededWorkshop(browser, baseUrl, fill) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.getByLabel('Organización').fill('Banco de pruebas');
  await page.getByRole('button', { name: 'Crear taller' }).click();
  await page.getByRole('heading', { level: 1, name: 'Antes de empezar' }).waitFor();
  const areaUrl = page.url().replace(/\/intro$/, '/area/customers');
  if (fill) await fill(page);
  const storageState = await context.storageState({ indexedDB: true });
  await context.close();
  return { storageState, areaUrl };
}

/**
 * Answers every statement of the open workshop (levels cycling 1-5), adds `moments` moments of
 * truth and `actions` actions, and waits for the save.
 * @param {import('@playwright/test').Page} page
 * @param {number} moments
 * @param {number} actions
 */
export async function answerEverything(page, moments, actions) {
  const steps = page.getByRole('navigation', { name: 'Pasos del taller' });
  for (const link of await steps.getByRole('link').all()) {
    const name = (await link.textContent()) ?? '';
    if (/Introducción|Resultados/.test(name)) continue;
    await link.click();
    await page.getByRole('radiogroup').first().waitFor();
    const statements = page.getByRole('region', { name: 'Cómo estamos hoy' });
    for (const [i, group] of (await statements.getByRole('radiogroup').all()).entries())
      await group
        .getByRole('radio')
        .nth(i % 5)
        .check();
    for (const box of await page.getByRole('textbox').all())
      await box.fill('Respuesta del equipo: “clientes” ¿Qué…? 15 €');
  }
  await steps.getByRole('link', { name: /^Momentos/ }).click();
  const form = page.getByRole('form', { name: 'Añadir un momento' });
  for (let i = 0; i < moments; i++) {
    await form.getByRole('textbox', { name: 'Momento' }).fill(`Momento ${i + 1}`);
    await form
      .getByRole('radiogroup', { name: 'Importancia para el cliente' })
      .getByRole('radio', { name: new RegExp(`^${(i % 5) + 1} ·`) })
      .check();
    await form
      .getByRole('radiogroup', { name: 'Entregado hoy' })
      .getByRole('radio', { name: new RegExp(`^${((i + 2) % 5) + 1} ·`) })
      .check();
    await form.getByRole('textbox', { name: 'Momento' }).press('Enter');
  }
  await steps.getByRole('link', { name: 'Resultados' }).click();
  const plan = page.getByRole('region', { name: 'Plan de acción' });
  for (let i = 0; i < actions; i++) {
    await plan
      .getByRole('textbox', { name: 'Acción' })
      .last()
      .fill(`Acción ${i + 1} del plan`);
    await plan.getByRole('button', { name: 'Añadir acción' }).click();
  }
  await page
    .getByRole('status', { name: 'Estado del guardado' })
    .getByText(/Guardado a las/)
    .waitFor();
}

/** Installed before the app loads: stamps the click on the results link and the radar's first drawing. */
export function instrumentResults() {
  const marks = { click: NaN, drawn: NaN };
  Object.assign(window, { __results: marks });
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

/** How long a person has the results on screen before exporting, at the least. */
export const PERSON_DWELL_MS = 2000;

/**
 * Installed before the page loads: stamps the click that starts a PDF export and the download link,
 * whether the link is clicked in the document or, as FileSaver does, by a click dispatched on a
 * detached link.
 */
export function instrumentPdfExport() {
  const marks = { click: NaN, download: NaN };
  Object.assign(window, { __bench: marks });
  const anchor = HTMLAnchorElement.prototype;
  // The originals, called below with the link as `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const { click, dispatchEvent } = anchor;
  anchor.click = function () {
    if (this.download) marks.download = performance.now();
    click.call(this);
  };
  anchor.dispatchEvent = function (event) {
    if (event.type === 'click' && this.download) marks.download = performance.now();
    return dispatchEvent.call(this, event);
  };
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

/**
 * Exports the PDF from an open results screen (instrumented with instrumentPdfExport) and returns
 * the milliseconds from the click on "Crear PDF" to the download, and the file. `dwellMs` is how long
 * the results are on screen before "Exportar informe PDF" is clicked: PERSON_DWELL_MS for a person
 * reading them first (the screen prepares the export while idle), 0 for the worst case.
 * @param {import('@playwright/test').Page} page
 * @param {{ dwellMs?: number }} [options]
 */
export async function timePdfExport(page, { dwellMs = 0 } = {}) {
  if (dwellMs) await page.waitForTimeout(dwellMs);
  await page.getByRole('button', { name: 'Exportar informe PDF' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: 'Crear PDF' }).click();
  const download = await downloading;
  const ms = await page.evaluate(() => {
    const { click, download } = /** @type {{ __bench: { click: number; download: number } }} */ (
      /** @type {unknown} */ (window)
    ).__bench;
    return download - click;
  });
  return { ms, path: await download.path() };
}

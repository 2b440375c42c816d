// Shared helpers for the benchmark: statistics, the browser, and a seeded workshop to measure against.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.js';

export { CHROMIUM_ARGS, chromiumPath };

export function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
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
  const context = await browser.newContext({ locale: 'es-ES' });
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

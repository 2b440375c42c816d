// Backup and restore of a workshop at the limits (issue 11), each in a new context (cold HTTP cache).
// backupExportMs: on the workshop's moments step, from the click on "Descargar copia de seguridad" to
// the file handed to the browser's download (the click on the download link, as pdf.js times its
// export); the download itself is awaited and kept, and the notes say when Playwright's download event
// arrived after the click (page and bench clocks compared, so ±1 ms).
// restoreMs: that file restored on a device that does not have the workshop (a fresh context): on the
// home screen once the data panel is up, the file chooser of "Restaurar desde un archivo" is given the
// file; from the file input's change event until both the status "Restaurado: «…»." and the
// workshop's card under "Talleres guardados" are in the page.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { newContext } from '../lib.js';
import { limitsWorkshop, seedWorkshops } from '../limits-workshop.js';

/** @typedef {{ click: number; handed: number }} ExportMarks */
/** @typedef {{ set: number; status: number; listed: number; title: string }} RestoreMarks */

/** Installed before the app loads: stamps the click on the backup button and on the download link. */
function instrumentExport() {
  /** @type {ExportMarks} */
  const marks = { click: NaN, handed: NaN };
  Object.assign(window, { __bench: marks });
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('button')?.textContent?.trim() === 'Descargar copia de seguridad')
        marks.click = performance.now();
      if (target instanceof HTMLAnchorElement && target.download) marks.handed = performance.now();
    },
    true,
  );
}

/** Installed before the app loads: stamps the file given to the file input, the status and the card. */
function instrumentRestore() {
  /** @type {RestoreMarks} */
  const marks = { set: NaN, status: NaN, listed: NaN, title: '' };
  Object.assign(window, { __bench: marks });
  document.addEventListener(
    'change',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file')
        marks.set = performance.now();
    },
    true,
  );
  new MutationObserver(() => {
    if (!marks.title || Number.isNaN(marks.set)) return;
    const now = performance.now();
    const done = `Restaurado: «${marks.title}».`;
    if (
      Number.isNaN(marks.status) &&
      [...document.querySelectorAll('[role="status"]')].some(
        (el) => !el.hasAttribute('hidden') && el.textContent?.trim() === done,
      )
    )
      marks.status = now;
    if (
      Number.isNaN(marks.listed) &&
      [...document.querySelectorAll('h3')].some((h) => h.textContent?.trim() === marks.title)
    )
      marks.listed = now;
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}

/**
 * Downloads the backup of a seeded workshop at the limits and keeps the file in `folder`.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseUrl
 * @param {string} folder
 */
async function exportBackup(browser, baseUrl, folder) {
  const workshop = limitsWorkshop('bench-backup');
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.addInitScript(instrumentExport);
  await seedWorkshops(page, baseUrl, [workshop]);
  await page.goto(`${baseUrl}#/w/${workshop.id}/area/moments`);
  await page.getByRole('heading', { level: 1, name: 'Momentos de la verdad' }).waitFor();
  await page.waitForLoadState('networkidle');
  let arrived = NaN;
  const downloading = page.waitForEvent('download').then((download) => {
    arrived = Date.now();
    return download;
  });
  await page.getByRole('button', { name: 'Descargar copia de seguridad', exact: true }).click();
  const download = await downloading;
  const path = join(folder, download.suggestedFilename());
  await download.saveAs(path);
  const { click, handed, origin } = await page.evaluate(() => ({
    .../** @type {{ __bench: ExportMarks }} */ (/** @type {unknown} */ (window)).__bench,
    origin: performance.timeOrigin,
  }));
  await context.close();
  return { ms: handed - click, eventMs: arrived - (origin + click), path, title: workshop.title };
}

/**
 * Restores the file on a device without the workshop; milliseconds from the file set to it listed.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseUrl
 * @param {string} path
 * @param {string} title
 */
async function restoreBackup(browser, baseUrl, path, title) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.addInitScript(instrumentRestore);
  await page.goto(baseUrl);
  await page
    .getByRole('heading', { level: 2, name: 'Almacenamiento en este dispositivo' })
    .waitFor();
  await page.waitForLoadState('networkidle');
  await page.evaluate((text) => {
    /** @type {{ __bench: RestoreMarks }} */ (/** @type {unknown} */ (window)).__bench.title = text;
  }, title);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restaurar desde un archivo' }).click();
  await (await choosing).setFiles(path);
  const result = await page.waitForFunction(() => {
    const failure = [...document.querySelectorAll('[role="alert"]')]
      .map((el) => el.textContent?.trim() ?? '')
      .find((text) => text.startsWith('No se ha restaurado nada'));
    if (failure) return failure;
    const { set, status, listed } = /** @type {{ __bench: RestoreMarks }} */ (
      /** @type {unknown} */ (window)
    ).__bench;
    return Number.isNaN(status) || Number.isNaN(listed) ? false : Math.max(status, listed) - set;
  });
  const value = /** @type {number | string} */ (await result.jsonValue());
  await context.close();
  if (typeof value === 'string') throw new Error(`backup: the restore failed: ${value}`);
  return value;
}

/** @type {import('./index.js').Measure} */
export default {
  id: 'backup',
  title: 'Backup export and restore of a workshop at the limits',
  async run({ browser, baseUrl, runs }) {
    const folder = await mkdtemp(join(os.tmpdir(), 'momentos-bench-'));
    /** @type {Record<string, number[]>} */
    const samples = { backupExportMs: [], restoreMs: [] };
    /** @type {number[]} */
    const events = [];
    let bytes = NaN;
    try {
      for (let i = 0; i < runs; i++) {
        const backup = await exportBackup(browser, baseUrl, folder);
        samples.backupExportMs?.push(backup.ms);
        events.push(backup.eventMs);
        bytes = (await stat(backup.path)).size;
        samples.restoreMs?.push(await restoreBackup(browser, baseUrl, backup.path, backup.title));
        await rm(backup.path);
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
    return {
      samples,
      notes: [
        `backup: the file is ${bytes} bytes (${((bytes / (5 * 1024 * 1024)) * 100).toFixed(0)} % of the 5 MB a restore accepts)`,
        `backup: Playwright's download event arrived ${events.map((ms) => ms.toFixed(0)).join(', ')} ms after the click`,
      ],
    };
  },
};

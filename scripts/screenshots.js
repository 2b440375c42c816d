// `npm run screenshots`: the README's images, taken from the real app. Builds the app into a folder of
// its own (never dist/), runs the dist check on it, serves it with the strict static server, seeds a
// realistic workshop in each language into IndexedDB (as bench/limits-workshop.js does), drives Debian
// Chromium through the screens by role and accessible name, exports the PDF report with the real
// button and renders its first two pages with pdftoppm. Writes docs/screenshots/*.png only when every
// image was taken. Texts of the interface are read from locales/ when it runs, so a reworded button
// is still found.
//   node scripts/screenshots.js
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { seedWorkshops } from '../bench/limits-workshop.js';
import { checkDist } from './check-dist.js';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.js';
import { startStaticServer } from './static-server.js';
import {
  clinicWorkshop,
  escapeRegExp,
  hotelWorkshop,
  startedWorkshop,
  t,
} from '../tests/fixtures/reference-workshops.js';

/**
 * @typedef {import('../src/domain/workshop.ts').Workshop} Workshop
 * @typedef {import('@playwright/test').Page} Page
 * @typedef {import('@playwright/test').Browser} Browser
 * @typedef {'es' | 'en'} Lang
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = join(ROOT, 'docs', 'screenshots');
const BUILD_DIR = join(tmpdir(), 'momentos-screenshots-dist');
/** As in src/persistence/preferences.ts (LOCALE_KEY): the boot script reads it too. */
const LOCALE_KEY = 'momentos:locale';
const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
/** Debian's Chromium keeps its translations here (package chromium-l10n). */
const DEBIAN_LOCALES = '/usr/lib/chromium/locales';
/** This machine is shared and slow at times: generous, since every wait is for a real state. */
const TIMEOUT_MS = 60_000;

// ---------------------------------------------------------------------------------------------------
// Driving the app.

/**
 * Waits until what is on screen is final: web fonts loaded, the save indicator (inside a workshop)
 * not saving, every chart drawn with ink on its canvas, and two frames painted.
 * @param {Page} page
 * @param {Lang} lang
 */
async function settle(page, lang) {
  await page.evaluate(() => document.fonts.ready.then(() => true));
  const save = page.getByRole('status', { name: t(lang, 'save.label'), exact: true });
  if (await save.count())
    await save.filter({ hasNotText: t(lang, 'save.saving') }).waitFor({ state: 'visible' });
  // The radar marks its canvas once its first frame is drawn; every chart must also show ink.
  if (await page.locator('canvas[data-chart="radar"]').count())
    await page
      .locator('canvas[data-chart="radar"][data-drawn]')
      .first()
      .waitFor({ state: 'attached' });
  if (await page.locator('canvas[data-chart]').count())
    await page.waitForFunction(() =>
      [...document.querySelectorAll('canvas[data-chart]')].every((node) => {
        const canvas = /** @type {HTMLCanvasElement} */ (node);
        if (canvas.width === 0 || canvas.height === 0) return false;
        const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height);
        return pixels ? pixels.data.some((value, i) => i % 4 === 3 && value > 0) : false;
      }),
    );
  // The header's "saved" dot and focus rings are not what the pictures are about.
  await page.mouse.move(0, 0);
  await page.evaluate(
    () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))),
  );
}

/**
 * Scrolls so that an element sits near the top of the window.
 * @param {import('@playwright/test').Locator} element
 */
async function scrollToTop(element) {
  await element.waitFor({ state: 'visible' });
  await element.evaluate((node) => {
    node.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -16);
  });
}

/**
 * The results as a long picture, from the top down to the end of the action plan's first action (the
 * rest of the plan is more of the same); the whole page if the plan has no action on screen.
 * @param {Page} page
 * @param {Lang} lang
 * @param {string} name
 */
async function shootResultsPage(page, lang, name) {
  const plan = page.getByRole('region', { name: t(lang, 'results.actions.heading'), exact: true });
  const firstAction = plan.getByRole('article').first();
  const bottom = (await firstAction.count())
    ? await firstAction.evaluate(
        (node) => node.getBoundingClientRect().bottom + window.scrollY + 24,
      )
    : null;
  await shoot(page, lang, name, { fullPage: true, clipHeight: bottom });
}

/**
 * Goes to one step of the open workshop through the step bar.
 * @param {Page} page
 * @param {Lang} lang
 * @param {'results' | import('../src/domain/bank-ids.ts').AreaId} step
 */
async function goToStep(page, lang, step) {
  const steps = page.getByRole('navigation', { name: t(lang, 'step.stepsLabel'), exact: true });
  if (step === 'results') {
    await steps.getByRole('link', { name: t(lang, 'results.step'), exact: true }).click();
    await page
      .getByRole('heading', { level: 1, name: t(lang, 'results.heading'), exact: true })
      .waitFor();
    return;
  }
  // A step's name is its short label then its count ("Clientes 6 de 9 respondidas"), which tells
  // "Clientes" from "Clientes internos".
  const label = new RegExp(`^${escapeRegExp(t(lang, `area.${step}.short`))}\\s+\\d`);
  await steps.getByRole('link', { name: label }).click();
  await page
    .getByRole('heading', { level: 1, name: t(lang, `area.${step}.title`), exact: true })
    .waitFor();
  await page.getByRole('radiogroup').first().waitFor();
}

/**
 * Opens a workshop from the home screen's list.
 * @param {Page} page
 * @param {Lang} lang
 * @param {Workshop} workshop
 */
async function openFromHome(page, lang, workshop) {
  await page
    .getByRole('group', { name: t(lang, 'home.list.actionsFor', { title: workshop.title }) })
    .getByRole('link', { name: t(lang, 'home.list.open'), exact: true })
    .click();
  await page.getByRole('navigation', { name: t(lang, 'step.stepsLabel'), exact: true }).waitFor();
}

/**
 * Waits for the home screen with its list of saved workshops.
 * @param {Page} page
 * @param {Lang} lang
 * @param {Workshop[]} workshops
 */
async function homeReady(page, lang, workshops) {
  await page
    .getByRole('heading', { level: 1, name: t(lang, 'home.heading'), exact: true })
    .waitFor();
  for (const workshop of workshops)
    await page.getByRole('heading', { level: 3, name: workshop.title, exact: true }).waitFor();
  // The storage panel arrives once the page has settled; waiting for it keeps the layout still.
  await page
    .getByRole('heading', { name: t(lang, 'data.storage.heading'), exact: true })
    .waitFor({ state: 'attached' });
}

// ---------------------------------------------------------------------------------------------------
// The run.

/** @type {string[]} */
const taken = [];
let staging = '';
let doing = 'starting';

/**
 * @param {Page} page
 * @param {Lang} lang
 * @param {string} name file name without .png
 * @param {{ fullPage?: boolean; clipHeight?: number | null; top?: boolean }} [options] `top`: the
 *   first screen, scrolled to the very top
 */
async function shoot(page, lang, name, { fullPage = false, clipHeight = null, top = false } = {}) {
  doing = `taking ${name}.png`;
  if (top) await page.evaluate(() => window.scrollTo(0, 0));
  await settle(page, lang);
  const width = page.viewportSize()?.width ?? DESKTOP.width;
  await page.screenshot({
    path: join(staging, `${name}.png`),
    type: 'png',
    fullPage,
    ...(clipHeight ? { clip: { x: 0, y: 0, width, height: Math.ceil(clipHeight) } } : {}),
    animations: 'disabled',
    caret: 'hide',
    scale: 'css',
  });
  taken.push(`${name}.png`);
}

/**
 * A new browser context in one language, with its workshops stored in IndexedDB before the app
 * loads, and the home screen open.
 * @param {Browser} browser
 * @param {string} baseUrl
 * @param {Lang} lang
 * @param {Workshop[]} workshops
 * @param {'desktop' | 'phone'} device
 */
async function openApp(browser, baseUrl, lang, workshops, device) {
  const context = await browser.newContext({
    viewport: device === 'phone' ? PHONE : DESKTOP,
    deviceScaleFactor: 1,
    isMobile: device === 'phone',
    hasTouch: device === 'phone',
    locale: lang === 'es' ? 'es-ES' : 'en-US',
    timezoneId: lang === 'es' ? 'Europe/Madrid' : 'America/Chicago',
    // Charts drawn at once, no animation caught half-way; no offline-cache notice over the pictures.
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  context.setDefaultTimeout(TIMEOUT_MS);
  const page = await context.newPage();
  doing = `seeding the ${lang} workshops`;
  await seedWorkshops(page, baseUrl, workshops);
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
    key: LOCALE_KEY,
    value: lang,
  });
  doing = `opening the app in ${lang}`;
  await page.goto(baseUrl);
  await homeReady(page, lang, workshops);
  return { context, page };
}

/**
 * Exports the report from the results screen in `lang` through the real dialog and renders its
 * first two pages as PNGs.
 * @param {Page} page
 * @param {Lang} lang the interface's language
 * @param {Lang} reportLang
 */
async function exportReport(page, lang, reportLang) {
  doing = `exporting the ${reportLang} PDF`;
  await page.getByRole('button', { name: t(lang, 'report.export.button') }).click();
  const dialog = page.getByRole('dialog', { name: t(lang, 'report.export.heading') });
  await dialog.getByRole('radio', { name: t(lang, `lang.${reportLang}`), exact: true }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: t(lang, 'report.export.create'), exact: true }).click();
  const download = await downloading;
  const pdf = join(staging, `report-${reportLang}.pdf`);
  await download.saveAs(pdf);
  await dialog.waitFor({ state: 'hidden' });
  doing = `rendering the ${reportLang} PDF with pdftoppm`;
  for (const number of [1, 2]) {
    const name = `report-page-${number}-${reportLang}`;
    // One page per call with -singlefile: the file name does not depend on the page count.
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      String(number),
      '-l',
      String(number),
      '-singlefile',
      pdf,
      join(staging, name),
    ]);
    taken.push(`${name}.png`);
  }
}

/**
 * Runs `work` on a page of a new context, keeping a picture of the page as it was if it fails.
 * @param {{ context: import('@playwright/test').BrowserContext; page: Page }} opened
 * @param {(page: Page) => Promise<void>} work
 */
async function using({ context, page }, work) {
  try {
    await work(page);
  } catch (error) {
    await page.screenshot({ path: join(staging, 'failed.png') }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
}

/**
 * Chromium in one language: its own language decides how date fields show dates (dd/mm/yyyy or
 * mm/dd/yyyy), whatever the page's. On Linux it comes from LANGUAGE, and needs the browser's
 * translations (Debian: chromium-l10n); without them date fields show mm/dd/yyyy.
 * @param {string} executablePath
 * @param {Lang} lang
 */
function launchIn(executablePath, lang) {
  return chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
    env: { ...process.env, LANGUAGE: lang === 'es' ? 'es' : 'en_US' },
  });
}

/**
 * Every picture in one language.
 * @param {Browser} browser
 * @param {string} baseUrl
 * @param {Lang} lang
 */
async function shootLanguage(browser, baseUrl, lang) {
  const main = lang === 'es' ? hotelWorkshop() : clinicWorkshop();
  const workshops = [main, startedWorkshop(lang)];

  await using(await openApp(browser, baseUrl, lang, workshops, 'desktop'), async (page) => {
    await shoot(page, lang, `desktop-home-${lang}`);
    doing = `opening the ${lang} workshop`;
    await openFromHome(page, lang, main);
    if (lang === 'es') {
      await goToStep(page, lang, 'customers');
      await shoot(page, lang, `desktop-area-${lang}`, { top: true });
      await scrollToTop(statementsHeading(page, lang));
      await shoot(page, lang, `desktop-statements-${lang}`);
      await goToStep(page, lang, 'moments');
      // The map itself, below its entry form: from the switch between the list and the matrix.
      const views = page.getByRole('group', {
        name: t(lang, 'inventory.moments.viewLabel'),
        exact: true,
      });
      await scrollToTop(views);
      await shoot(page, lang, `desktop-moments-${lang}`);
      doing = 'switching the map to the matrix';
      await views
        .getByRole('button', { name: t(lang, 'inventory.moments.viewMatrix'), exact: true })
        .click();
      await page
        .getByRole('region', { name: t(lang, 'inventory.moments.matrixCaption'), exact: true })
        .waitFor();
      await scrollToTop(views);
      await shoot(page, lang, `desktop-moments-matrix-${lang}`);
    }
    await goToStep(page, lang, 'results');
    await shoot(page, lang, `desktop-results-${lang}`, { top: true });
    if (lang === 'en') await shootResultsPage(page, lang, `desktop-results-page-${lang}`);
    await exportReport(page, lang, lang);
  });

  await using(await openApp(browser, baseUrl, lang, workshops, 'phone'), async (page) => {
    doing = `opening the ${lang} workshop on a phone`;
    await openFromHome(page, lang, main);
    if (lang === 'es') {
      await goToStep(page, lang, 'customers');
      await scrollToTop(statementsHeading(page, lang));
      await shoot(page, lang, `phone-area-${lang}`);
    }
    await goToStep(page, lang, 'results');
    await shoot(page, lang, `phone-results-${lang}`, { top: true });
  });
}

/**
 * @param {Page} page
 * @param {Lang} lang
 */
const statementsHeading = (page, lang) =>
  page.getByRole('heading', { level: 2, name: t(lang, 'step.statementsHeading'), exact: true });

async function main() {
  const started = Date.now();
  doing = 'looking for pdftoppm';
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error('pdftoppm not found: apt-get install -y poppler-utils');
  }
  const executablePath = chromiumPath();
  if (existsSync(DEBIAN_LOCALES) && !existsSync(join(DEBIAN_LOCALES, 'es.pak')))
    console.warn(
      'screenshots: Chromium has no Spanish translation here, so Spanish date fields will show ' +
        'mm/dd/yyyy (apt-get install -y chromium-l10n fixes it)',
    );

  doing = `building the app into ${BUILD_DIR}`;
  console.log(`screenshots: building the app into ${BUILD_DIR} (dist/ is left alone)`);
  execFileSync(
    'npx',
    ['vite', 'build', '--outDir', BUILD_DIR, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  doing = 'checking the build';
  const problems = checkDist(BUILD_DIR);
  if (problems.length)
    throw new Error(
      `the dist check found ${problems.length} problem(s):\n- ${problems.join('\n- ')}`,
    );

  staging = mkdtempSync(join(tmpdir(), 'momentos-screenshots-'));
  doing = 'starting the server';
  const server = await startStaticServer({ root: BUILD_DIR });
  try {
    for (const lang of /** @type {Lang[]} */ (['es', 'en'])) {
      console.log(`screenshots: ${lang}…`);
      doing = `starting Chromium in ${lang}`;
      const browser = await launchIn(executablePath, lang);
      try {
        await shootLanguage(browser, server.url, lang);
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }

  doing = `writing ${OUT_DIR}`;
  mkdirSync(OUT_DIR, { recursive: true });
  for (const old of readdirSync(OUT_DIR).filter((f) => f.endsWith('.png')))
    rmSync(join(OUT_DIR, old));
  let total = 0;
  console.log(`\nWrote ${taken.length} images to docs/screenshots/:`);
  for (const name of taken) {
    copyFileSync(join(staging, name), join(OUT_DIR, name));
    const size = statSync(join(OUT_DIR, name)).size;
    total += size;
    console.log(`  ${name.padEnd(34)} ${(size / 1024).toFixed(0).padStart(5)} kB`);
  }
  console.log(
    `  ${'total'.padEnd(34)} ${(total / 1024).toFixed(0).padStart(5)} kB, in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  rmSync(staging, { recursive: true, force: true });
  rmSync(BUILD_DIR, { recursive: true, force: true });
}

try {
  await main();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`\nscreenshots: failed while ${doing}: ${message}`);
  if (staging)
    console.error(
      `(what was taken so far, and failed.png, the page as it failed, are in ${staging}; docs/screenshots/ is unchanged)`,
    );
  process.exitCode = 1;
}

// A consultant's site (issue 17): config.json next to index.html with a brand, a logo, colours and a
// question bank of two areas, served under a sub-path by the strict static server. The brand shows in
// the header, the title and the PDF cover, the team walks the site's bank; a broken config.json
// leaves our defaults and a notice naming each problem; a workshop of a bank the site no longer offers
// is kept unopened and opens again, whole, when the bank is back.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { hostSite, waitForOfflineCache, type Site } from './hosting';
import { expectNoAxeViolations, expectSaved } from './support';

interface Text {
  es: string;
  en: string;
}
interface ExampleBank {
  id: string;
  version: number;
  name: Text;
  areas: { id: string; title: Text; short: Text; statements: { id: string; text: Text }[] }[];
}
const BANK = JSON.parse(
  readFileSync(new URL('../../examples/site/brand/bank.json', import.meta.url), 'utf8'),
) as ExampleBank;
const CONFIG = JSON.parse(
  readFileSync(new URL('../../examples/site/config.json', import.meta.url), 'utf8'),
) as { brand: string; primaryColor: string; primaryColorDark: string };
const [FIRST, SECOND] = BANK.areas as [ExampleBank['areas'][0], ExampleBank['areas'][0]];

let site: Site;

/** The example site (examples/site/) copied next to the built app, under a sub-path. */
async function brandedSite(browser: import('@playwright/test').Browser, locale = 'es-ES') {
  site = await hostSite(browser, { base: '/consultora/', serviceWorkers: 'block', locale });
  cpSync('examples/site', site.root, { recursive: true });
  return site.context.newPage();
}

test.afterEach(async () => {
  await site.close();
});

const brandVar = (page: Page) =>
  page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--brand').trim(),
  );

const steps = (page: Page, name = 'Pasos del taller') => page.getByRole('navigation', { name });

/** Rates each statement of an area with the given levels, in order. */
async function rate(
  page: Page,
  area: ExampleBank['areas'][0],
  levels: number[],
  lang: 'es' | 'en',
) {
  const names: Record<number, string> =
    lang === 'es'
      ? { 2: '2 Ocasional', 3: '3 Definido', 4: '4 Gestionado y medido', 5: '5 Integrado' }
      : { 2: '2 Ad hoc', 3: '3 Defined', 4: '4 Managed and measured', 5: '5 Embedded' };
  for (const [i, level] of levels.entries()) {
    const statement = area.statements[i];
    if (!statement) throw new Error(`no statement ${i} in ${area.id}`);
    await page
      .getByRole('radiogroup', { name: statement.text[lang] })
      .getByRole('radio', { name: names[level] })
      .check();
  }
}

test("a consultant's site: their brand, their colours, their question bank, their PDF cover", async ({
  browser,
}) => {
  const page = await brandedSite(browser);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('./');
  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name: new RegExp(`^${CONFIG.brand}`) })).toBeVisible();
  await expect(header.locator('img')).toHaveAttribute('src', /\/consultora\/brand\/logo\.svg$/);
  await expect(page).toHaveTitle(`Mis talleres — ${CONFIG.brand} · Momentos`);
  // The site's colour in light mode, and its own in dark mode (the header's switch).
  await expect.poll(() => brandVar(page)).toBe(CONFIG.primaryColor);
  await header.getByRole('button', { name: /^Apariencia/ }).click();
  await header.getByRole('button', { name: /^Apariencia/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => brandVar(page)).toBe(CONFIG.primaryColorDark);
  await expectNoAxeViolations(page);
  await header.getByRole('button', { name: /^Apariencia/ }).click();
  await expect.poll(() => brandVar(page)).toBe(CONFIG.primaryColor);

  await page.getByLabel('Organización').fill('Zapatería Ñandú');
  await page.getByRole('button', { name: 'Crear taller' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Antes de empezar' })).toBeVisible();

  // The site's two areas, in its order, and no other.
  const links = steps(page).getByRole('link');
  await expect(links).toHaveText([
    'Introducción',
    new RegExp(`^${FIRST.short.es}`),
    new RegExp(`^${SECOND.short.es}`),
    'Resultados',
  ]);
  await page.getByRole('link', { name: new RegExp(`Empezar.*${FIRST.title.es}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: FIRST.title.es })).toBeVisible();
  await expect(page.getByText('Área 1 de 2')).toBeVisible();
  await expect(page.getByRole('radiogroup')).toHaveCount(FIRST.statements.length);
  await rate(page, FIRST, [4, 2, 3], 'es');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: new RegExp(`Siguiente.*${SECOND.short.es}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: SECOND.title.es })).toBeVisible();
  await rate(page, SECOND, [5, 5, 4, 2], 'es');
  await expectSaved(page);

  // Scores of the site's areas: (4 + 2 + 3) / 3 = 3.0 and (5 + 5 + 4 + 2) / 4 = 4.0.
  await steps(page).getByRole('link', { name: 'Resultados' }).click();
  const table = page.getByRole('table', { name: /puntuación/i }).first();
  await expect(table.getByRole('row', { name: new RegExp(FIRST.title.es) })).toContainText('3,0');
  await expect(table.getByRole('row', { name: new RegExp(SECOND.title.es) })).toContainText('4,0');
  await expect(table.getByRole('row')).toHaveCount(3);

  // The PDF's cover carries the brand (its name and logo) and names the site's bank.
  await page.getByRole('button', { name: 'Exportar informe PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exportar el informe' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Crear PDF' }).click();
  const path = await (await downloading).path();
  const cover = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', path, '-'])
    .toString('utf8')
    .replace(/\s+/g, ' ');
  expect(cover).toContain(CONFIG.brand);
  expect(cover).toContain(BANK.name.es);
  // The logo is drawn with its transparency (a soft mask), above the radar.
  const images = execFileSync('pdfimages', ['-f', '1', '-l', '1', '-list', path]).toString('utf8');
  expect(images).toMatch(/\bsmask\b/);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-']).toString('utf8');
  expect(text).toContain(`${BANK.id} v${BANK.version}`);
  expect(errors).toEqual([]);

  // In English, the bank speaks English too.
  await page.getByRole('button', { name: 'English' }).click();
  await steps(page, 'Workshop steps')
    .getByRole('link', { name: new RegExp(`^${SECOND.short.en}`) })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: SECOND.title.en })).toBeVisible();
  await expect(
    page
      .getByRole('radiogroup', { name: SECOND.statements[0]?.text.en })
      .getByRole('radio', { name: '5 Embedded' }),
  ).toBeChecked();
});

test('a site that offers English only starts in English, without the language switch', async ({
  browser,
}) => {
  const page = await brandedSite(browser, 'es-ES');
  const config = { ...CONFIG, languages: ['en'], defaultLanguage: 'en' };
  writeFileSync(join(site.root, 'config.json'), JSON.stringify(config));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'My workshops' })).toBeVisible();
  await expect(page.getByRole('group', { name: /language/i })).toHaveCount(0);
  // Not the visitor's own choice: nothing is saved on the device.
  expect(await page.evaluate(() => localStorage.getItem('momentos:locale'))).toBeNull();
});

test('a broken config.json: our defaults, and a notice naming each problem until dismissed', async ({
  browser,
}) => {
  const page = await brandedSite(browser, 'en-GB');
  writeFileSync(
    join(site.root, 'config.json'),
    JSON.stringify({
      brand: 42,
      primaryColor: '#ffff00',
      questionBank: 'https://example.com/bank.json',
      primaryColour: '#123456',
    }),
  );
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('./');
  const notice = page.getByRole('region', { name: 'This site’s settings have problems' });
  await expect(notice).toBeVisible();
  for (const field of ['brand', 'primaryColor', 'questionBank', 'primaryColour'])
    await expect(notice.getByRole('listitem').filter({ hasText: `“${field}”` })).toHaveCount(1);
  await expect(notice).toContainText('does not contrast enough (4.5:1)');
  await expect(notice).toContainText('must be a relative path');
  expect(errors.some((e) => e.includes('"primaryColor"') && e.includes('lowContrast'))).toBe(true);
  // Ours, all of it.
  await expect(page.getByRole('banner').getByRole('link', { name: /^Momentos/ })).toBeVisible();
  expect(await brandVar(page)).toBe('#0f5c63');
  await expectNoAxeViolations(page);
  // With the keyboard; focus then stays in the page.
  await notice.getByRole('button', { name: 'Dismiss this notice' }).focus();
  await page.keyboard.press('Enter');
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole('main')).toBeFocused();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My workshops' })).toBeVisible();
  await expect(page.getByRole('region', { name: /settings have problems/ })).toHaveCount(0);

  // Not JSON at all: the whole file is named.
  writeFileSync(join(site.root, 'config.json'), '{ brand: "Oops"');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('region', { name: /settings have problems/ })).toContainText(
    'config.json: could not be read',
  );
  // The app works as ever: a workshop of our own six areas.
  await page.getByLabel('Organisation').fill('Acme');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(steps(page, 'Workshop steps').getByRole('link')).toHaveCount(8);
});

test('a workshop of a bank the site drops is kept unopened, and opens whole when the bank is back', async ({
  browser,
}) => {
  const page = await brandedSite(browser);
  await page.goto('./');
  await expect(page.getByRole('banner').locator('img')).toBeVisible();
  await page.getByLabel('Organización').fill('Óptica Ñ');
  await page.getByRole('button', { name: 'Crear taller' }).click();
  await steps(page)
    .getByRole('link', { name: new RegExp(`^${FIRST.short.es}`) })
    .click();
  await rate(page, FIRST, [5, 4], 'es');
  await expectSaved(page);
  const address = page.url();

  rmSync(join(site.root, 'config.json'));
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Este taller no se puede abrir' }),
  ).toBeVisible();
  await expect(
    page.getByText(/banco de preguntas propio que este sitio no ofrece ahora/),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Ir a mis talleres' }).click();
  await expect(
    page.getByText('Se respondió con un banco de preguntas que este sitio no ofrece ahora'),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  cpSync('examples/site/config.json', join(site.root, 'config.json'));
  await page.goto(address);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: FIRST.title.es })).toBeVisible();
  await expect(
    page
      .getByRole('radiogroup', { name: FIRST.statements[0]?.text.es })
      .getByRole('radio', { name: '5 Integrado' }),
  ).toBeChecked();
  await expect(
    page
      .getByRole('radiogroup', { name: FIRST.statements[1]?.text.es })
      .getByRole('radio', { name: '4 Gestionado y medido' }),
  ).toBeChecked();
});

test("offline after a visit: the brand and a workshop of the site's bank come from the service worker", async ({
  browser,
}) => {
  site = await hostSite(browser, { base: '/consultora/', serviceWorkers: 'allow' });
  cpSync('examples/site', site.root, { recursive: true });
  const page = await site.context.newPage();
  await page.goto('./');
  await waitForOfflineCache(page);
  // Controlled by the worker from this load on: it keeps the host's files as they are fetched.
  await page.reload();
  await expect(page.getByRole('banner').locator('img')).toBeVisible();
  // The manifest the browser installs from names the app after the brand (the worker makes it).
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', /\?brand=/, {
    timeout: 15_000,
  });
  const cdp = await site.context.newCDPSession(page);
  await expect
    .poll(async () => {
      const { data } = (await cdp.send('Page.getAppManifest')) as { data?: string };
      return data ? (JSON.parse(data) as { short_name?: string }).short_name : null;
    })
    .toBe(CONFIG.brand);
  const { data } = (await cdp.send('Page.getAppManifest')) as { data: string };
  expect((JSON.parse(data) as { name: string }).name).toMatch(
    new RegExp(`^${CONFIG.brand} · Momentos`),
  );
  await page.getByLabel('Organización').fill('Mercería Ñ');
  await page.getByRole('button', { name: 'Crear taller' }).click();
  await steps(page)
    .getByRole('link', { name: new RegExp(`^${SECOND.short.es}`) })
    .click();
  await rate(page, SECOND, [3], 'es');
  await expectSaved(page);

  await site.server.close();
  await site.context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: SECOND.title.es })).toBeVisible();
  await expect(
    page
      .getByRole('radiogroup', { name: SECOND.statements[0]?.text.es })
      .getByRole('radio', { name: '3 Definido' }),
  ).toBeChecked();
  await expect(
    page.getByRole('banner').getByRole('link', { name: new RegExp(`^${CONFIG.brand}`) }),
  ).toBeVisible();
  await expect.poll(() => brandVar(page)).toBe(CONFIG.primaryColor);
});

test('a workshop of our bank and one of the site bank are never compared as if alike', async ({
  browser,
}) => {
  const page = await brandedSite(browser, 'en-GB');
  const config = join(site.root, 'config.json');
  rmSync(config);
  // Before the site had its own bank: a workshop of ours.
  await page.goto('./');
  await page.getByLabel('Organisation').fill('Zapatería Ñandú');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(steps(page, 'Workshop steps').getByRole('link')).toHaveCount(8);
  // Then the site's bank: the next workshop of the same organisation is answered with it.
  writeFileSync(config, JSON.stringify({ ...CONFIG, defaultLanguage: 'en' }));
  await page.goto('./');
  await expect(page.getByRole('banner').locator('img')).toBeVisible();
  await page.getByLabel('Organisation').fill('Zapatería Ñandú');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(steps(page, 'Workshop steps').getByRole('link')).toHaveCount(4);
  await steps(page, 'Workshop steps').getByRole('link', { name: 'Results' }).click();
  await page.getByRole('link', { name: 'Compare with an earlier workshop' }).click();
  await page.getByRole('radio', { name: /Zapatería Ñandú/ }).check();
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(
    page.getByText(
      /We cannot compare these two workshops: they were answered with different question banks/,
    ),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Scores before and now, by area' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('on a 320 px phone the brand, the logo and the notice fit, with nothing to scroll sideways', async ({
  browser,
}) => {
  const page = await brandedSite(browser);
  writeFileSync(
    join(site.root, 'config.json'),
    JSON.stringify({ ...CONFIG, brand: 'Brújula Consultores Asociados y Compañía', typo: 1 }),
  );
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('./');
  await expect(page.getByRole('banner').locator('img')).toBeVisible();
  await expect(page.getByRole('region', { name: /configuración de este sitio/ })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true,
  );
  await expectNoAxeViolations(page);
});

test('a new version of the site bank: workshops of the earlier one still open, and a follow-up lists what only one asks', async ({
  browser,
}) => {
  const page = await brandedSite(browser);
  await page.goto('./');
  await page.getByLabel('Organización').fill('Ferretería Ñ');
  await page.getByRole('button', { name: 'Crear taller' }).click();
  await steps(page)
    .getByRole('link', { name: new RegExp(`^${FIRST.short.es}`) })
    .click();
  await rate(page, FIRST, [2, 3, 4], 'es');
  await expectSaved(page);
  const baseline = page.url().replace(/\/area\/.*$/, '/results');

  // Version 2: the first area's last statement dropped, a new one asked in its place.
  const dropped = FIRST.statements[2];
  const added = {
    id: 'askAfterVisit',
    text: { es: 'Preguntamos tras cada visita.', en: 'We ask after every visit.' },
  };
  const v2 = {
    ...BANK,
    version: 2,
    areas: [{ ...FIRST, statements: [...FIRST.statements.slice(0, 2), added] }, SECOND],
  };
  writeFileSync(join(site.root, 'brand', 'bank-v2.json'), JSON.stringify(v2));
  writeFileSync(
    join(site.root, 'config.json'),
    JSON.stringify({
      ...CONFIG,
      questionBank: 'brand/bank-v2.json',
      olderQuestionBanks: ['brand/bank.json'],
    }),
  );

  // The workshop of version 1 opens as it was, scored with version 1: (2 + 3 + 4) / 3 = 3.0.
  await page.goto(baseline);
  await page.reload();
  const table = page.getByRole('table', { name: /puntuación/i }).first();
  await expect(table.getByRole('row', { name: new RegExp(FIRST.title.es) })).toContainText('3,0');
  await page.getByRole('button', { name: 'Empezar un seguimiento' }).click();
  await page.getByRole('button', { name: 'Empezar el seguimiento' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Antes de empezar' })).toBeVisible();
  await steps(page)
    .getByRole('link', { name: new RegExp(`^${FIRST.short.es}`) })
    .click();
  // Version 2's statements: the new one asked, the dropped one not.
  await expect(page.getByRole('radiogroup', { name: added.text.es })).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: dropped?.text.es })).toHaveCount(0);
  await rate(
    page,
    { ...FIRST, statements: [...FIRST.statements.slice(0, 2), added] },
    [3, 3, 5],
    'es',
  );
  await expectSaved(page);

  await steps(page).getByRole('link', { name: 'Resultados' }).click();
  await page.getByRole('link', { name: 'Ver qué ha cambiado desde entonces' }).click();
  const onlyInOne = page.getByRole('region', {
    name: 'Afirmaciones que solo aparecen en uno de los dos',
  });
  await expect(
    onlyInOne.getByRole('listitem').filter({ hasText: dropped?.text.es ?? '?' }),
  ).toHaveCount(1);
  await expect(onlyInOne.getByRole('listitem').filter({ hasText: added.text.es })).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test('a broken question bank: our questions, and the notice names each field at fault', async ({
  browser,
}) => {
  const page = await brandedSite(browser, 'en-GB');
  writeFileSync(
    join(site.root, 'config.json'),
    JSON.stringify({ ...CONFIG, defaultLanguage: 'en' }),
  );
  const broken = structuredClone(BANK) as unknown as {
    areas: { id: string; statements: { text: { en: string } }[] }[];
  };
  broken.areas[0]!.id = 'marketing';
  broken.areas[1]!.statements[0]!.text.en = '   ';
  writeFileSync(join(site.root, 'brand', 'bank.json'), JSON.stringify(broken));
  await page.goto('./');
  const notice = page.getByRole('region', { name: 'This site’s settings have problems' });
  await expect(notice.getByRole('listitem')).toHaveText([
    'The question bank, field “areas.0.id”: has a value that cannot be used',
    'The question bank, field “areas.1.statements.0.text.en”: is missing',
  ]);
  // The brand still applies; the questions are ours, all six areas.
  await expect(page.getByRole('banner').locator('img')).toBeVisible();
  await page.getByLabel('Organisation').fill('Acme');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(steps(page, 'Workshop steps').getByRole('link')).toHaveCount(8);
  await expectNoAxeViolations(page);
});

// A new deploy while a workshop is open: the page says a new version is waiting, reloading keeps
// everything typed, and a page that asks for a chunk the host no longer has reloads once, not forever.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { NEXT_BUILD, NEXT_VERSION } from './global-setup';
import { hostSite, waitForOfflineCache, type Site } from './hosting';
import { createWorkshopEs, expectNoAxeViolations } from './support';

let site: Site | undefined;
test.afterEach(async () => site?.close());

const version = (page: Page, text: string) =>
  expect(page.getByRole('contentinfo')).toHaveText(`Momentos, versión ${text}`);
const reflection = (page: Page) =>
  page.getByRole('textbox', { name: /¿Quiénes son nuestros clientes/ });

/** Counts the page's own loads (the first one and every reload). */
function countLoads(page: Page): () => number {
  let loads = 0;
  page.on('load', () => loads++);
  return () => loads;
}

test('a new version is announced, and taking it keeps what was being typed', async ({
  browser,
}) => {
  site = await hostSite(browser, { serviceWorkers: 'allow' });
  const page = await site.context.newPage();
  await page.clock.install();
  await createWorkshopEs(page, { organisation: 'Hotel Mirador' });
  await waitForOfflineCache(page);
  await version(page, '0.1.0');
  await page
    .getByRole('navigation', { name: 'Pasos del taller' })
    .getByRole('link', { name: /^Clientes \d/ })
    .click();
  await reflection(page).fill('Huéspedes de empresa');

  // The consultant redeploys; the open page finds out at its hourly check.
  site.server.setRoot(NEXT_BUILD);
  await page.clock.fastForward('01:00:00');
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'Hay una versión nueva de Momentos. Las respuestas están guardadas.' });
  await expect(notice).toBeVisible();
  await expectNoAxeViolations(page);

  // Typing goes on up to the click: nothing may be lost on the way to the new version.
  await reflection(page).fill('Huéspedes de empresa y familias');
  await notice.getByRole('button', { name: 'Cargar la versión nueva' }).click();
  await version(page, NEXT_VERSION);
  await expect(reflection(page)).toHaveValue('Huéspedes de empresa y familias');
  await expect(notice).toBeHidden();
});

test('a broken deploy is never taken: the page keeps the version it has, whole', async ({
  browser,
}) => {
  site = await hostSite(browser, { serviceWorkers: 'allow' });
  const page = await site.context.newPage();
  await createWorkshopEs(page, { organisation: 'Hotel Mirador' });
  await waitForOfflineCache(page);

  // The next deploy lost one of its new files on upload: its worker cannot install. (A file that did
  // not change keeps its name and is already in the cache, so only a new one can be missing.)
  const broken = mkdtempSync(join(tmpdir(), 'momentos-broken-'));
  cpSync(NEXT_BUILD, broken, { recursive: true });
  const current = new Set(readdirSync(join(site.root, 'assets')));
  const added = readdirSync(join(broken, 'assets')).filter((f) => !current.has(f));
  expect(added.length).toBeGreaterThan(0);
  rmSync(join(broken, 'assets', added[0] ?? ''));
  site.server.setRoot(broken);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    await registration.update().catch(() => {});
  });
  // Its install ends (in failure) with nothing left waiting to take over.
  const pending = () =>
    page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (registration.installing) return 'installing';
      return registration.waiting ? 'waiting' : 'none';
    });
  await expect.poll(pending).toBe('none');
  await expect(page.getByText('Hay una versión nueva de Momentos')).toBeHidden();

  // The page and its chunks all still come from the version in the cache, never mixed with the host's.
  await page.reload();
  await version(page, '0.1.0');
  await page
    .getByRole('navigation', { name: 'Pasos del taller' })
    .getByRole('link', { name: 'Resultados' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Resultados' })).toBeVisible();
  rmSync(broken, { recursive: true, force: true });
});

test('after a redeploy, a page opened before it reloads once and carries on in the new version', async ({
  browser,
}) => {
  // No service worker yet (or none at all): the old page fetches its chunks from the host.
  site = await hostSite(browser, { serviceWorkers: 'block' });
  const page = await site.context.newPage();
  const loads = countLoads(page);
  await page.goto('./');
  await version(page, '0.1.0');
  await page.getByLabel('Organización').fill('Hotel Mirador');
  site.server.setRoot(NEXT_BUILD);
  await page.getByRole('button', { name: 'Crear taller' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Antes de empezar' })).toBeVisible();
  await version(page, NEXT_VERSION);
  expect(loads()).toBe(2);
});

test('a chunk still missing after that one reload shows the retry message, without a loop', async ({
  browser,
}) => {
  site = await hostSite(browser, { serviceWorkers: 'block' });
  const page = await site.context.newPage();
  const loads = countLoads(page);
  await page.goto('./');
  await page.getByLabel('Organización').fill('Hotel Mirador');
  const assets = join(site.root, 'assets');
  const walkThrough = readdirSync(assets).filter((f) => f.startsWith('WalkThrough-'));
  expect(walkThrough.length).toBeGreaterThan(0);
  for (const file of walkThrough) rmSync(join(assets, file));
  await page.getByRole('button', { name: 'Crear taller' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'No se pudo cargar esta parte de Momentos' }),
  ).toBeVisible();
  await page.waitForTimeout(1000);
  expect(loads()).toBe(2);
  await expect(page.getByRole('button', { name: 'Volver a cargar' })).toBeVisible();
});

// The boot shell in index.html: the first paint shows the header and the home heading in the user's
// language before the app's script arrives; if that script cannot load, a localized message says so.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support';

const ENTRY = '**/assets/index-*.js';

/** Holds the app's script back until the returned function is called. */
async function holdAppScript(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(ENTRY, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test.describe('in an English browser', () => {
  // A narrow phone, where the header wraps: nothing may move when the app replaces the shell.
  test.use({ locale: 'en-GB', viewport: { width: 360, height: 740 } });

  test('the home heading shows before the script, then the app takes over in place', async ({
    page,
  }) => {
    const release = await holdAppScript(page);
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'My workshops' })).toBeVisible();
    await expect(page.getByText('Everything is saved on this device only.')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Create workshop' })).toHaveCount(0);
    const before = await page.getByRole('heading', { level: 1 }).boundingBox();

    release();
    await expect(page.getByRole('button', { name: 'Create workshop' })).toBeVisible();
    expect(await page.getByRole('heading', { level: 1 }).boundingBox()).toEqual(before);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expectNoAxeViolations(page);
  });
});

test('a language chosen earlier wins over the browser language from the first paint', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('momentos:locale', 'en'));
  const release = await holdAppScript(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'My workshops' })).toBeVisible();
  release();
  await expect(page.getByRole('button', { name: 'Create workshop' })).toBeVisible();
});

test('a workshop link does not flash the home heading while the app loads', async ({ page }) => {
  const release = await holdAppScript(page);
  await page.goto('./#/w/some-id/intro');
  await expect(page.getByRole('link', { name: /^Momentos/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Mis talleres' })).toBeHidden();
  release();
  await expect(
    page.getByRole('heading', { level: 1, name: 'No encontramos este taller' }),
  ).toBeVisible();
});

test('if the app cannot be fetched, a Spanish message offers to reload', async ({ page }) => {
  await page.route(ENTRY, (route) => route.abort('internetdisconnected'));
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Puede que no haya conexión');
  await expect(page.getByRole('heading', { name: 'Mis talleres' })).toBeHidden();
  await expectNoAxeViolations(page);

  await page.unroute(ENTRY);
  await alert.getByRole('button', { name: 'Volver a cargar' }).click();
  await expect(page.getByRole('button', { name: 'Crear taller' })).toBeVisible();
});

test.describe('opened from disk (file://)', () => {
  const fileUrl = pathToFileURL(resolve('dist/index.html')).href;

  test('says in Spanish that it must be served, with the command, not that the network is down', async ({
    page,
  }) => {
    await page.goto(fileUrl);
    const alert = page.getByRole('alert');
    await expect(
      alert.getByRole('heading', {
        level: 1,
        name: 'Momentos tiene que abrirse desde una dirección web',
      }),
    ).toBeVisible();
    await expect(alert.getByText('python3 -m http.server 8000')).toBeVisible();
    await expect(page.getByText('Puede que no haya conexión')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Mis talleres' })).toBeHidden();
    await expectNoAxeViolations(page);
  });

  test.describe('in English', () => {
    test.use({ locale: 'en-GB' });
    test('says the same in English', async ({ page }) => {
      await page.goto(fileUrl);
      await expect(
        page.getByRole('heading', { level: 1, name: 'Momentos must be opened from a web address' }),
      ).toBeVisible();
      await expect(
        page.getByText('This is not a connection problem.', { exact: false }),
      ).toBeVisible();
    });
  });
});

// Offline after one visit: once the service worker has installed, the whole flow works with the host
// gone and the network off, from opening the app to a downloaded PDF.
import { expect, test } from '@playwright/test';
import { OFFLINE_SETUP_MS, hostSite, waitForOfflineCache, type Site } from './hosting';
import { expectReportOfFlow, runMainFlow } from './main-flow';
import { expectNoAxeViolations } from './support';

let site: Site | undefined;
test.afterEach(async () => site?.close());

test('after one visit the whole flow works offline, down to the PDF', async ({ browser }) => {
  site = await hostSite(browser, { base: '/clientes/cx-2026/', serviceWorkers: 'allow' });
  const page = await site.context.newPage();
  await page.goto('./');
  const ready = page.getByRole('status').filter({ hasText: 'Momentos ya funciona sin conexión' });
  await expect(ready).toBeVisible({ timeout: OFFLINE_SETUP_MS });
  await waitForOfflineCache(page);
  await expectNoAxeViolations(page);

  // The host goes away and the network with it.
  await site.server.close();
  await site.context.setOffline(true);
  const notFromWorker: string[] = [];
  page.on('response', (response) => {
    if (!response.fromServiceWorker() && !response.url().startsWith('blob:'))
      notFromWorker.push(response.url());
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Mis talleres' })).toBeVisible();
  // Said once: not on the next visit.
  await expect(ready).toBeHidden();

  expectReportOfFlow(await runMainFlow(page));
  expect(notFromWorker).toEqual([]);
  await expect(page.getByText('Momentos ya funciona sin conexión')).toBeHidden();
});

test('the "ready to work offline" notice is dismissed with the keyboard, and focus stays on the page', async ({
  browser,
}) => {
  site = await hostSite(browser, { serviceWorkers: 'allow', locale: 'en-GB' });
  const page = await site.context.newPage();
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('./');
  const ready = page.getByRole('status').filter({ hasText: 'Momentos now works offline' });
  await expect(ready).toBeVisible({ timeout: OFFLINE_SETUP_MS });
  // On the narrowest phone the notice fits the screen and adds no sideways scrolling.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true,
  );
  const box = await ready.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
  await expectNoAxeViolations(page);
  await ready.getByRole('button', { name: 'Got it' }).focus();
  await page.keyboard.press('Enter');
  await expect(ready).toBeHidden();
  await expect(page.getByRole('main')).toBeFocused();
});

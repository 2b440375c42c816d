// The main flow on a strict static host, at the root and (project "sub-path") under
// /clientes/cx-2026/: every file the app asks for exists (the host's config.json too, as built: `{}`),
// nothing leaves the origin, and the offline cache installs for the site's own path.
import { expect, test } from '@playwright/test';
import { expectReportOfFlow, runMainFlow } from './main-flow';

test.use({ serviceWorkers: 'allow' });

test('create, answer, moments, results and PDF work where the site is hosted', async ({
  page,
  baseURL,
}) => {
  const failed: string[] = [];
  const outside: string[] = [];
  const violations: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL ?? '')) outside.push(request.url());
  });
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });

  expectReportOfFlow(await runMainFlow(page));

  // The offline cache belongs to this site's path, and the page it controls is this one.
  const scope = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.scope;
  });
  expect(scope).toBe(baseURL);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null))
    .toBe(`${baseURL}sw.js`);
  expect(failed).toEqual([]);
  expect(outside).toEqual([]);
  expect(violations).toEqual([]);
});

test('the manifest installs from this path, with our own icons', async ({ page, baseURL }) => {
  await page.goto('./');
  // Linked once the page has settled, with the service worker.
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(1, { timeout: 20_000 });
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(href ?? '', baseURL).href;
  const response = await page.request.get(manifestUrl);
  expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
  const manifest = (await response.json()) as {
    name: string;
    lang: string;
    start_url: string;
    scope: string;
    icons: { src: string; sizes: string; purpose: string }[];
  };
  expect(manifest.name).toBe('Momentos: Autodiagnóstico de experiencia de cliente');
  expect(manifest.lang).toBe('es');
  expect(new URL(manifest.start_url, manifestUrl).href).toBe(baseURL);
  expect(new URL(manifest.scope, manifestUrl).href).toBe(baseURL);
  expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(
    expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
  );
  for (const icon of manifest.icons) {
    const file = await page.request.get(new URL(icon.src, manifestUrl).href);
    expect(file.status(), icon.src).toBe(200);
  }
});

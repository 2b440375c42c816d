// Odd links and hostile text: friendly pages, literal text, no request leaves the origin, no CSP violation.
import { expect, test } from '@playwright/test';
import { createWorkshopEs } from './support';

test('an unknown route shows a not-found page with a way home', async ({ page }) => {
  await page.goto('./#/w/abc/area/nowhere');
  await expect(
    page.getByRole('heading', { level: 1, name: 'No encontramos esta página' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Ir a mis talleres' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mis talleres' })).toBeVisible();
});

test('an unknown workshop id shows a friendly message in the chosen language', async ({ page }) => {
  await page.goto('./#/w/doesnotexist123/area/customers');
  await expect(
    page.getByRole('heading', { level: 1, name: 'No encontramos este taller' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'We can’t find this workshop' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to my workshops' })).toBeVisible();
});

test('hostile text is shown literally, nothing leaves the origin and the CSP is never violated', async ({
  page,
}) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1:')) outside.push(request.url());
  });
  page.on('dialog', (dialog) => {
    outside.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { cspViolations: string[] }).cspViolations.push(
        event.violatedDirective,
      );
    });
  });

  const hostile = '<img src=x onerror=alert(1)>';
  await createWorkshopEs(page, { organisation: hostile });
  await expect(page.getByText(hostile, { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Empezar por Clientes' }).click();
  await page.getByRole('textbox').first().fill(`<script>alert(2)</script> ${hostile}`);
  await page.getByRole('button', { name: 'English' }).click();
  // The page language changes right after the choice is saved; reloading before would lose it.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('textbox').first()).toHaveValue(
    `<script>alert(2)</script> ${hostile}`,
  );
  await expect(page.locator('img')).toHaveCount(0);

  // The charts and the PDF export stay inside the policy and the origin too.
  await page.getByRole('radiogroup').first().getByRole('radio', { name: '3 Defined' }).check();
  await page
    .getByRole('navigation', { name: 'Workshop steps' })
    .getByRole('link', { name: 'Results' })
    .click();
  await expect(page.locator('canvas[data-chart="radar"][data-drawn]')).toBeAttached();
  await page.getByRole('button', { name: 'Export workshop report (PDF)' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: 'Create PDF' }).click();
  expect((await downloading).suggestedFilename()).toMatch(/^momentos-img-src-x-onerror-alert-1-/);

  expect(outside).toEqual([]);
  expect(
    await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  ).toEqual([]);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
});

test('a part of the app that cannot be fetched gets a clear message, and a retry works', async ({
  page,
}) => {
  await createWorkshopEs(page, { organisation: 'Sin Red' });
  const url = page.url();
  await page.goto('./');
  await page
    .context()
    .route(/WalkThrough-[\w-]+\.js$/, (route) => route.abort('internetdisconnected'));
  await page.reload();
  await page.goto(url);
  await expect(
    page.getByRole('heading', { level: 1, name: 'No se pudo cargar esta parte de Momentos' }),
  ).toBeVisible();
  await page.context().unroute(/WalkThrough-[\w-]+\.js$/);
  await page.getByRole('button', { name: 'Volver a cargar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Antes de empezar' })).toBeVisible();
});

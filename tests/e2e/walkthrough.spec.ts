// The core flow: create a workshop, answer in Spanish, switch to English, reload, and find everything.
import { expect, test } from '@playwright/test';
import { createWorkshopEs, expectSaved, goHome } from './support';

test('answers given in Spanish survive a language switch and a reload', async ({ page }) => {
  await createWorkshopEs(page, { organisation: 'Banco Andino', team: 'Atención al cliente' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');

  const steps = page.getByRole('navigation', { name: 'Pasos del taller' });
  await steps.getByRole('link', { name: /^Clientes 0 de 9/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clientes' })).toBeVisible();
  await page
    .getByRole('textbox', { name: /¿Quiénes son nuestros clientes/ })
    .fill('Particulares, pymes y “clientes” que solo piden información');
  const segments = page.getByRole('radiogroup', {
    name: /Tenemos descritos por escrito los distintos tipos/,
  });
  await segments.getByRole('radio', { name: '3 Definido' }).check();
  await page
    .getByRole('radiogroup', { name: /Averiguamos qué espera cada tipo de cliente/ })
    .getByRole('radio', { name: 'No lo sabemos' })
    .check();
  await expect(steps.getByRole('link', { name: /^Clientes 3 de 9/ })).toBeVisible();

  await page.getByRole('link', { name: 'Siguiente: Clientes internos' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clientes internos' })).toBeVisible();
  await page
    .getByRole('textbox', { name: /¿Para qué unidades o equipos/ })
    .fill('Finanzas y Operaciones');
  await page
    .getByRole('radiogroup', { name: /Tenemos una lista escrita de los equipos internos/ })
    .getByRole('radio', { name: '5 Integrado' })
    .check();
  await expectSaved(page);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Internal customers' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /Which units or teams/ })).toHaveValue(
    'Finanzas y Operaciones',
  );

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Internal customers' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('textbox', { name: /Which units or teams/ })).toHaveValue(
    'Finanzas y Operaciones',
  );
  await expect(
    page
      .getByRole('radiogroup', { name: /We keep a written list of the internal teams/ })
      .getByRole('radio', { name: '5 Embedded' }),
  ).toBeChecked();
  await expect(page.getByText('Embedded: It is part of how we work every day')).toBeVisible();

  const stepsEn = page.getByRole('navigation', { name: 'Workshop steps' });
  await stepsEn.getByRole('link', { name: /^Customers 3 of 9/ }).click();
  await expect(page.getByRole('textbox', { name: /Who are our customers/ })).toHaveValue(
    'Particulares, pymes y “clientes” que solo piden información',
  );
  await expect(
    page
      .getByRole('radiogroup', { name: /written description of each type/ })
      .getByRole('radio', { name: '3 Defined' }),
  ).toBeChecked();
  await expect(
    page
      .getByRole('radiogroup', { name: /We find out what each type of customer expects/ })
      .getByRole('radio', {
        name: 'We don’t know',
      }),
  ).toBeChecked();

  await goHome(page);
  const card = page.getByRole('article', { name: 'Banco Andino — Atención al cliente' });
  await expect(card).toContainText('% complete');
  await expect(card).toContainText('Last saved:');
});

test('back and forward move between steps; opening a workshop returns to its last step', async ({
  page,
}) => {
  await createWorkshopEs(page, { organisation: 'Hotel Faro' });
  await page.getByRole('link', { name: 'Empezar por Clientes' }).click();
  await page.getByRole('link', { name: 'Siguiente: Clientes internos' }).click();
  await expect(page).toHaveURL(/#\/w\/[0-9a-f]+\/area\/internal-customers$/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Clientes' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Clientes internos' })).toBeVisible();

  await goHome(page);
  await page
    .getByRole('article', { name: 'Hotel Faro' })
    .getByRole('link', { name: 'Abrir' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clientes internos' })).toBeVisible();
});

test('a browser in English starts in English, and the choice of Spanish is remembered', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'My workshops' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mis talleres' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Mis talleres' })).toBeVisible();
  await context.close();
});

test('a rating can be cleared back to unanswered, in either language, and stays cleared', async ({
  page,
}) => {
  await createWorkshopEs(page, { organisation: 'Banco Andino' });
  const steps = page.getByRole('navigation', { name: 'Pasos del taller' });
  await steps.getByRole('link', { name: /^Clientes 0 de 9/ }).click();
  const segments = page.getByRole('radiogroup', {
    name: /Tenemos descritos por escrito los distintos tipos/,
  });
  const voice = page.getByRole('radiogroup', {
    name: /Averiguamos qué espera cada tipo de cliente/,
  });
  await segments.getByRole('radio', { name: '3 Definido' }).check();
  await voice.getByRole('radio', { name: '4 Gestionado y medido' }).check();
  await expect(steps.getByRole('link', { name: /^Clientes 2 de 9/ })).toBeVisible();

  // Each answered statement has its own "clear", described by its statement.
  const clear = page.getByRole('button', { name: 'Borrar la respuesta' });
  await expect(clear).toHaveCount(2);
  await clear.first().click();
  await expect(segments.getByRole('radio', { name: '1 No existe' })).toBeFocused();
  await expect(segments.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(steps.getByRole('link', { name: /^Clientes 1 de 9/ })).toBeVisible();
  await expectSaved(page);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Clear the answer' }).press('Enter');
  await expectSaved(page, 'en');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Clear the answer' })).toHaveCount(0);
});

// One workshop open in two tabs: the first edits, the second reads and follows it, "Edit here
// instead" hands it over, a tab that leaves frees it, and no answer of either tab is ever lost.
import { expect, test, type Page } from '@playwright/test';
import {
  createWorkshopEn,
  createWorkshopEs,
  expectNoAxeViolations,
  expectSaved,
  goHome,
} from './support';

const who = (page: Page) => page.getByRole('textbox', { name: /¿Quiénes son nuestros clientes/ });
const profile = (page: Page) => page.getByRole('textbox', { name: /¿Cómo son esos clientes/ });
const segments = (page: Page) =>
  page
    .getByRole('radiogroup', { name: /Tenemos descritos por escrito los distintos tipos/ })
    .getByRole('radio', { name: '3 Definido' });

function readOnlyNotice(page: Page, language: 'es' | 'en' = 'es') {
  return page.getByRole('status').filter({
    hasText:
      language === 'es'
        ? 'Este taller está abierto en otra pestaña. Aquí solo se puede consultar; los cambios se hacen en la otra pestaña.'
        : 'This workshop is open in another tab. You can read it here; changes are made in the other tab.',
  });
}

test('the second tab reads and follows the first; "Editar aquí" hands over, and both answers are kept', async ({
  context,
}) => {
  const a = await context.newPage();
  await createWorkshopEs(a, { organisation: 'Óptica Centro' });
  await a.getByRole('link', { name: 'Empezar por Clientes' }).click();
  await who(a).fill('Familias del barrio y personas mayores');
  await expectSaved(a);

  const b = await context.newPage();
  await b.goto(a.url());
  await expect(readOnlyNotice(b)).toBeVisible();
  await expect(who(b)).toHaveValue('Familias del barrio y personas mayores');
  await expect(who(b)).toBeDisabled();
  await expect(profile(b)).toBeDisabled();
  await expect(segments(b)).toBeDisabled();
  await expect(readOnlyNotice(a)).toHaveCount(0);
  await expectNoAxeViolations(b);

  // What the editing tab saves shows in the reading tab.
  await segments(a).check();
  await expectSaved(a);
  await expect(segments(b)).toBeChecked();

  await readOnlyNotice(b).getByRole('button', { name: 'Editar aquí' }).click();
  await expect(readOnlyNotice(b)).toHaveCount(0);
  await expect(readOnlyNotice(a)).toBeVisible();
  await expect(who(a)).toBeDisabled();
  await expect(profile(b)).toBeEnabled();
  await profile(b).fill('Vienen con poco tiempo y prefieren el móvil');
  await expectSaved(b);
  await expect(profile(a)).toHaveValue('Vienen con poco tiempo y prefieren el móvil');

  await a.reload();
  await b.reload();
  for (const page of [a, b]) {
    await expect(who(page)).toHaveValue('Familias del barrio y personas mayores');
    await expect(profile(page)).toHaveValue('Vienen con poco tiempo y prefieren el móvil');
    await expect(segments(page)).toBeChecked();
  }
  // After the reloads exactly one tab edits: whichever opened the workshop first (a reload
  // resolves before the app has opened it, so either tab may win).
  await expect
    .poll(async () => [await readOnlyNotice(a).count(), await readOnlyNotice(b).count()].sort())
    .toEqual([0, 1]);
});

test('when the editing tab leaves the workshop or closes, the reading tab can edit by itself', async ({
  context,
}) => {
  const a = await context.newPage();
  await createWorkshopEs(a, { organisation: 'Ferretería Sol' });
  await a.getByRole('link', { name: 'Empezar por Clientes' }).click();
  const b = await context.newPage();
  await b.goto(a.url());
  await expect(readOnlyNotice(b)).toBeVisible();

  await goHome(a);
  await expect(readOnlyNotice(b)).toHaveCount(0);
  await expect(who(b)).toBeEnabled();
  await who(b).fill('Profesionales de la construcción');
  await expectSaved(b);

  await a
    .getByRole('article', { name: 'Ferretería Sol' })
    .getByRole('link', { name: 'Abrir' })
    .click();
  await expect(readOnlyNotice(a)).toBeVisible();
  await expect(who(a)).toHaveValue('Profesionales de la construcción');

  await b.close();
  await expect(readOnlyNotice(a)).toHaveCount(0);
  await expect(who(a)).toBeEnabled();
  await who(a).fill('Profesionales de la construcción y particulares');
  await expectSaved(a);
  await a.reload();
  await expect(who(a)).toHaveValue('Profesionales de la construcción y particulares');
});

test('a workshop being edited in another tab is not renamed or deleted from the home screen', async ({
  context,
}) => {
  const a = await context.newPage();
  await createWorkshopEs(a, { organisation: 'Panadería Trigo' });
  const b = await context.newPage();
  await b.goto('./');
  const card = b.getByRole('article', { name: 'Panadería Trigo' });
  const refused =
    'No se pudo completar la acción: este taller está abierto para editar en otra pestaña; antes hay que cerrarlo allí.';

  await card.getByRole('button', { name: 'Renombrar' }).click();
  const rename = b.getByRole('dialog', { name: 'Renombrar taller' });
  await rename.getByLabel('Nuevo nombre').fill('Panadería Centeno');
  await rename.getByRole('button', { name: 'Guardar nombre' }).click();
  await expect(b.getByRole('alert')).toHaveText(refused);
  await expect(card).toBeVisible();
  await expect(b.getByRole('article', { name: 'Panadería Centeno' })).toHaveCount(0);

  await card.getByRole('button', { name: 'Eliminar' }).click();
  await b
    .getByRole('dialog', { name: '¿Eliminar este taller?' })
    .getByRole('button', { name: 'Eliminar definitivamente' })
    .click();
  await expect(b.getByRole('alert')).toHaveText(refused);
  await b.reload();
  await expect(card).toBeVisible();

  // Once the other tab has left it, the same delete works.
  await goHome(a);
  await card.getByRole('button', { name: 'Eliminar' }).click();
  await b
    .getByRole('dialog', { name: '¿Eliminar este taller?' })
    .getByRole('button', { name: 'Eliminar definitivamente' })
    .click();
  await expect(card).toHaveCount(0);
  await expect(b.getByRole('alert')).toHaveCount(0);
});

test.describe('in English', () => {
  test.use({ locale: 'en-GB' });

  async function addMoment(page: Page, name: string): Promise<void> {
    const form = page.getByRole('form', { name: 'Add a moment' });
    await form.getByRole('textbox', { name: 'Moment' }).fill(name);
    await form.getByRole('textbox', { name: 'Moment' }).press('Enter');
    await expect(page.getByRole('status').filter({ hasText: `“${name}” added.` })).toBeVisible();
    await expectSaved(page, 'en');
  }

  const takeOver = (page: Page) =>
    readOnlyNotice(page, 'en').getByRole('button', { name: 'Edit here instead' }).click();

  test('moments added in turns by two tabs (A1, B1, A2) are all there after both reload', async ({
    context,
  }) => {
    const a = await context.newPage();
    await createWorkshopEn(a, { organisation: 'Harbour Ferries' });
    await a
      .getByRole('navigation', { name: 'Workshop steps' })
      .getByRole('link', { name: /^Moments/ })
      .click();
    await expect(a.getByRole('heading', { level: 1, name: 'Moments of truth' })).toBeVisible();
    await addMoment(a, 'Buying a ticket at the pier');

    const b = await context.newPage();
    await b.goto(a.url());
    await expect(readOnlyNotice(b, 'en')).toBeVisible();
    await expect(b.getByText('Buying a ticket at the pier')).toBeVisible();
    await expect(
      b.getByRole('form', { name: 'Add a moment' }).getByRole('textbox', { name: 'Moment' }),
    ).toBeDisabled();

    await takeOver(b);
    await expect(readOnlyNotice(b, 'en')).toHaveCount(0);
    await expect(readOnlyNotice(a, 'en')).toBeVisible();
    await addMoment(b, 'Boarding with a bicycle');
    await expect(a.getByText('Boarding with a bicycle')).toBeVisible();

    await takeOver(a);
    await expect(readOnlyNotice(a, 'en')).toHaveCount(0);
    await expect(readOnlyNotice(b, 'en')).toBeVisible();
    await addMoment(a, 'Asking about a delayed crossing');

    await a.reload();
    await b.reload();
    for (const page of [a, b]) {
      const map = page.getByRole('region', { name: 'All customer types' });
      await expect(page.getByText('3 moments')).toBeVisible();
      for (const name of [
        'Buying a ticket at the pier',
        'Boarding with a bicycle',
        'Asking about a delayed crossing',
      ])
        await expect(map.getByText(name, { exact: true })).toBeVisible();
    }
  });
});

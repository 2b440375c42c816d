// The limits of a workshop hold where text comes in: a field stops at its cap (with a counter near it),
// a paste that does not fit says so, a bad date is refused before anything is written, and what was
// accepted always opens again after a reload. Text is stored composed (NFC).
import { expect, test, type Page } from '@playwright/test';
import { AT_LIMITS, limitsWorkshop, seedWorkshops } from '../../bench/limits-workshop.js';
import { readRecord, storedKeys, workshopIdOf } from './records';
import { createWorkshopEs, createWorkshopEn, expectSaved, goHome } from './support';

/** `length` characters of varied, realistic text (no two adjacent blanks, no blank at the cut). */
function longText(length: number, phrase: string): string {
  let text = '';
  for (let n = 1; text.length < length; n++) text += `${phrase} ${n}. `;
  return text.slice(0, length - 1) + 'x';
}

/** Pastes as a person does: the text is on the clipboard and Ctrl+V puts it into the focused field. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+V');
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('a 600-character organisation keeps its first 500, with a counter, and the workshop opens after a reload', async ({
  page,
}) => {
  const organisation = longText(600, 'Asociación de Comerciantes del Casco Antiguo');
  const kept = organisation.slice(0, 500);
  const team = longText(450, 'Atención');
  await page.goto('./');
  const field = page.getByLabel('Organización');
  await field.focus();
  await paste(page, organisation);
  await expect(field).toHaveValue(kept);
  await expect(field).toHaveAttribute('maxlength', '500');
  await expect(page.getByText('500 de 500 caracteres', { exact: true })).toBeVisible();

  const teamField = page.getByLabel('Equipo o unidad (opcional)');
  await teamField.fill(team.slice(0, 449));
  await expect(page.getByText(/de 500 caracteres/)).toHaveCount(1);
  await teamField.press('End');
  await teamField.pressSequentially(team.slice(449, 450));
  await expect(page.getByText('450 de 500 caracteres', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Crear taller' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Antes de empezar' })).toBeVisible();
  const title = `${kept} — ${team}`;
  await expect(page.getByText(title, { exact: true })).toBeVisible();
  const id = workshopIdOf(page);
  expect((await readRecord(page, id))?.data.meta.organisation).toBe(kept);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Antes de empezar' })).toBeVisible();
  await expect(page.getByText(title, { exact: true })).toBeVisible();
  await goHome(page);
  await expect(page.getByRole('article', { name: title, exact: true })).toBeVisible();
  // The data panel (it comes once the page has settled) lists no record it cannot read.
  await expect(
    page.getByRole('region', { name: 'Almacenamiento en este dispositivo' }),
  ).toBeVisible();
  await expect(page.getByText('Talleres que no se pueden abrir')).toHaveCount(0);
});

test('a date with a five-digit year is refused with a message in each language and creates nothing', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByLabel('Organización').fill('Relojería Milenio');
  const date = page.getByLabel('Fecha');
  await expect(date).toHaveAttribute('min', '1000-01-01');
  await expect(date).toHaveAttribute('max', '9999-12-31');
  await date.fill('20266-03-01');
  await page.getByRole('button', { name: 'Crear taller' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Hace falta una fecha válida (día, mes y un año de cuatro cifras).',
  );
  await expect(date).toBeFocused();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Enter a valid date (day, month and a four-digit year).',
  );
  await expect(page.getByText('There are no workshops on this device yet.')).toBeVisible();
  await expect(page).not.toHaveURL(/#\/w\//);
  expect(await storedKeys(page)).toEqual([]);

  await page.reload();
  await expect(page.getByText('There are no workshops on this device yet.')).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(0);

  await page.getByLabel('Organisation').fill('Relojería Milenio');
  await page.getByLabel('Date').fill('2026-03-01');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Before you start' })).toBeVisible();
  expect((await readRecord(page, workshopIdOf(page)))?.data.meta.date).toBe('2026-03-01');
});

test('a five-digit year typed into the date field is refused, not stored as another year', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByLabel('Organización').fill('Relojería Milenio');
  const date = page.getByLabel('Fecha');
  // Day, month and year are the three parts of the field; the year is the last in every order.
  await date.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('20266');
  await page.getByRole('button', { name: 'Crear taller' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Hace falta una fecha válida (día, mes y un año de cuatro cifras).',
  );
  await expect(page.getByRole('article')).toHaveCount(0);
  expect(await storedKeys(page)).toEqual([]);
});

test.describe('in English', () => {
  test.use({ locale: 'en-GB' });

  test('a 50,000-character paste into a reflection keeps 20,000, says so, and survives a reload', async ({
    page,
  }) => {
    const pasted = longText(
      50_000,
      'Customers who call twice because nobody confirmed the booking',
    );
    const kept = pasted.slice(0, 20_000);
    await createWorkshopEn(page, { organisation: 'Long Answers Ltd' });
    await page.getByRole('link', { name: 'Start with Customers' }).click();
    const answer = page.getByRole('textbox', { name: /Who are our customers/ });
    await expect(answer).toHaveAttribute('maxlength', '20000');
    await answer.focus();
    await paste(page, pasted);
    await expect(answer).toHaveValue(kept);
    await expect(page.getByText('20000 of 20000 characters')).toBeVisible();
    await expect(
      page.getByText('Only 20000 characters fit: the rest of the pasted text was not added.'),
    ).toBeVisible();
    await expectSaved(page, 'en');

    await page.reload();
    await expect(answer).toHaveValue(kept);
    await expect(page.getByText('20000 of 20000 characters')).toBeVisible();
    // The note was about that paste: once there is room again it goes, the counter stays.
    await answer.press('End');
    await answer.press('Backspace');
    await expect(page.getByText('19999 of 20000 characters')).toBeVisible();
    await expect(page.getByText(/Only 20000 characters fit/)).toHaveCount(0);
    await expectSaved(page, 'en');
    await page.reload();
    await expect(answer).toHaveValue(kept.slice(0, -1));
  });

  test('a workshop renamed with a 1,200-character name keeps 1,000 and still opens after a reload', async ({
    page,
  }) => {
    const name = longText(1200, 'Quarterly customer-experience review of the northern region');
    const kept = name.slice(0, 1000);
    await createWorkshopEn(page, { organisation: 'Northern Rail' });
    await goHome(page);
    await page
      .getByRole('article', { name: 'Northern Rail' })
      .getByRole('button', { name: 'Rename' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Rename workshop' });
    const field = dialog.getByLabel('New name');
    await field.fill(name);
    await expect(field).toHaveValue(kept);
    await expect(dialog.getByText('1000 of 1000 characters')).toBeVisible();
    await dialog.getByRole('button', { name: 'Save name' }).click();
    const card = page.getByRole('article', { name: kept, exact: true });
    await expect(card).toBeVisible();

    await page.reload();
    await card.getByRole('link', { name: 'Open' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Before you start' })).toBeVisible();
    await expect(page.getByText(kept, { exact: true })).toBeVisible();
    expect((await readRecord(page, workshopIdOf(page)))?.data.title).toBe(kept);
  });
});

test('decomposed accents, as a Mac pastes them, are stored composed', async ({ page }) => {
  const organisation = 'Cafe\u0301 Ñandu\u0301'; // "e" and "u" followed by a combining acute accent
  await createWorkshopEs(page, { organisation });
  const id = workshopIdOf(page);
  expect((await readRecord(page, id))?.data.meta.organisation).toBe('Café Ñandú');
  await page.getByRole('link', { name: 'Empezar por Clientes' }).click();
  const answer = page.getByRole('textbox', { name: /¿Quiénes son nuestros clientes/ });
  await answer.focus();
  await paste(page, 'Turistas y vecinos de la zona de la estacio\u0301n');
  await expectSaved(page);
  expect((await readRecord(page, id))?.data.prompts['customers.who']).toBe(
    'Turistas y vecinos de la zona de la estación',
  );
  await page.reload();
  await expect(answer).toHaveValue('Turistas y vecinos de la zona de la estación');
});

test('at the limits (300 moments, 100 customer types) the map draws its first rows at once and every one soon after, in both views', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const workshop = limitsWorkshop('e2e-moments-limits');
  await seedWorkshops(page, baseURL ?? '', [workshop]);
  await page.goto(`./#/w/${workshop.id}/area/moments`);
  await expect(page.getByText(`${AT_LIMITS.moments} momentos`, { exact: true })).toBeVisible();
  // A card for each customer type a moment concerns (one for "all" or no type).
  const expected = workshop.moments.reduce(
    (sum, moment) => sum + (moment.allCustomers ? 1 : Math.max(1, moment.customerTypeIds.length)),
    0,
  );
  const cards = page.getByRole('button', { name: /^Editar «Momento \d+\./ });
  await expect(cards.first()).toBeVisible();
  await expect(cards).toHaveCount(expected, { timeout: 60_000 });

  await page.getByRole('button', { name: 'Matriz' }).click();
  const rows = page
    .getByRole('table', { name: /Brecha entre lo que espera el cliente/ })
    .locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  await expect(rows).toHaveCount(AT_LIMITS.moments, { timeout: 60_000 });
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(
    AT_LIMITS.customerTypes + 1,
  );
});

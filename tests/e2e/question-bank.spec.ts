// Question bank version 2 in use (issue 13): a workshop answered with version 1 opens with every answer
// intact and is scored with its own statements; "we don't know" answers become "To find out";
// "does not apply", comments, evidence; the app's drafted actions follow the language.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readRecord, writeRecord } from './records';
import { createWorkshopEn, createWorkshopEs, expectNoAxeViolations, expectSaved } from './support';

type Json = Record<string, unknown>;
const es = JSON.parse(
  readFileSync(new URL('../../locales/es.json', import.meta.url), 'utf8'),
) as Json;
const en = JSON.parse(
  readFileSync(new URL('../../locales/en.json', import.meta.url), 'utf8'),
) as Json;

/** A text of a locale file by its dot path. */
function text(messages: Json, path: string): string {
  let node: unknown = messages;
  for (const part of path.split('.')) node = (node as Json)[part];
  if (typeof node !== 'string') throw new Error(`no text at ${path}`);
  return node;
}

const steps = (page: Page, name = 'Pasos del taller') => page.getByRole('navigation', { name });

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('a workshop answered with version 1 of the bank opens with every answer and is scored with it', async ({
  page,
}) => {
  // Stored by an earlier app: schema 4, bank version 1, the old moment rating.
  const stored = JSON.parse(
    readFileSync(new URL('../fixtures/workshop-v4.json', import.meta.url), 'utf8'),
  ) as { data: { id: string; ratings: Json } };
  await page.goto('./');
  await writeRecord(page, stored.data.id, stored);
  await page.reload();
  await page
    .getByRole('article', { name: 'Ayuntamiento de Villaverde — Atención ciudadana' })
    .getByRole('link', { name: 'Abrir' })
    .click();
  await steps(page)
    .getByRole('link', { name: /^Clientes \d/ })
    .click();

  // Version 1's five statements, with their answers; version 2's new ones are not asked here.
  await expect(page.getByRole('radiogroup')).toHaveCount(5);
  const individual = page.getByRole('radiogroup', {
    name: text(es, 'area.customers.statement.individual'),
  });
  await expect(individual.getByRole('radio', { name: '4 Gestionado y medido' })).toBeChecked();
  await expect(
    page
      .getByRole('radiogroup', { name: text(es, 'area.customers.statement.promise') })
      .getByRole('radio', { name: 'No lo sabemos' }),
  ).toBeChecked();
  await expect(
    page.getByRole('radiogroup', { name: text(es, 'area.customers.statement.history') }),
  ).toHaveCount(0);

  // Customers: 3, 2, 4 and 2 rated, one "don't know": 11 / 4 = 2.75, shown 2.8.
  await steps(page).getByRole('link', { name: 'Resultados' }).click();
  const row = page.getByRole('table', { name: /Puntuación, nivel/ }).getByRole('row', {
    name: /^Clientes \d/,
  });
  // 2.8 -> (2.8 - 1) / 4 = 45 %, level 3.
  await expect(row).toContainText('2,8 · 45 %');
  await expect(row).toContainText('Definido');
  // The one "don't know" of version 1 is a finding too.
  await expect(
    page.getByRole('region', { name: 'Por averiguar' }).getByRole('link', {
      name: new RegExp(text(es, 'area.customers.statement.promise').slice(0, 40)),
    }),
  ).toBeVisible();

  // An edit saves the workshop with the new schema: still version 1, every answer as it was.
  await steps(page)
    .getByRole('link', { name: /^Clientes \d/ })
    .click();
  await page.getByRole('textbox', { name: /Comentario sobre la afirmación 1/ }).fill('Revisado');
  await expectSaved(page);
  const saved = await readRecord(page, stored.data.id);
  expect(saved?.schemaVersion).toBe(5);
  expect(saved?.data.bank).toEqual({ id: 'momentos-cx', version: 1 });
  expect(saved?.data.ratings).toEqual(stored.data.ratings);
  expect(saved?.data.unread).toBeUndefined();
});

test.describe('in an English browser', () => {
  test.use({ locale: 'en-GB' });

  test('"we don\'t know" answers are listed to find out, in both languages; "does not apply" is not', async ({
    page,
  }) => {
    await createWorkshopEn(page, { organisation: 'Harbour Hotel' });
    await steps(page, 'Workshop steps')
      .getByRole('link', { name: /^Customers \d/ })
      .click();
    const voice = page.getByRole('radiogroup', {
      name: text(en, 'area.customers.statement.voice'),
    });
    await voice.getByRole('radio', { name: 'We don’t know' }).check();
    const promise = page.getByRole('radiogroup', {
      name: text(en, 'area.customers.statement.promise'),
    });
    await promise.getByRole('radio', { name: 'Does not apply to us' }).check();
    await page
      .getByRole('radiogroup', { name: text(en, 'area.customers.statement.segments') })
      .getByRole('radio', { name: '3 Defined' })
      .check();
    // Every statement says what evidence looks like.
    await expect(page.getByText('Evidence looks like:')).toHaveCount(6);
    await expectSaved(page, 'en');

    await steps(page, 'Workshop steps').getByRole('link', { name: 'Results' }).click();
    const findOut = page.getByRole('region', { name: 'To find out' });
    await expect(findOut.getByRole('listitem')).toHaveCount(1);
    await expect(findOut.getByRole('link')).toHaveText(
      `${text(en, 'area.customers.statement.voice')} (Customers)`,
    );
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Español' }).click();
    const porAveriguar = page.getByRole('region', { name: 'Por averiguar' });
    await expect(porAveriguar.getByRole('link')).toHaveText(
      `${text(es, 'area.customers.statement.voice')} (Clientes)`,
    );
    await porAveriguar.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Clientes' })).toBeVisible();
  });
});

test('a comment per statement appears on the results', async ({ page }) => {
  await createWorkshopEs(page, { organisation: 'Clínica Ñandú' });
  await steps(page)
    .getByRole('link', { name: /^Clientes \d/ })
    .click();
  await page
    .getByRole('textbox', { name: 'Comentario sobre la afirmación 2 (opcional)' })
    .fill('Solo lo preguntamos en recepción.');
  await expectSaved(page);
  await steps(page).getByRole('link', { name: 'Resultados' }).click();
  await expect(page.getByRole('region', { name: 'Nuestros comentarios' })).toContainText(
    `${text(es, 'area.customers.statement.voice')}: Solo lo preguntamos en recepción.`,
  );
});

test('drafted actions come from the library, follow the language, and stay as the team rewrites them', async ({
  page,
}) => {
  await createWorkshopEs(page, { organisation: 'Hotel Mirador' });
  await steps(page)
    .getByRole('link', { name: /^Procesos/ })
    .click();
  await page
    .getByRole('radiogroup', { name: text(es, 'area.processes.statement.customerSide') })
    .getByRole('radio', { name: '1 No existe' })
    .check();
  await expectSaved(page);
  await steps(page).getByRole('link', { name: 'Resultados' }).click();
  await page.getByRole('button', { name: 'Proponer acciones' }).click();

  const action = page.getByRole('article', { name: 'Acción 1' });
  // The compact row shows the drafted text; opened, every field.
  await expect(action).toContainText(text(es, 'advice.processes.customerSide.early'));
  await action.getByRole('button', { name: 'Editar la acción 1' }).click();
  await expect(action.getByRole('textbox', { name: 'Acción' })).toHaveValue(
    text(es, 'advice.processes.customerSide.early'),
  );
  await expect(action.getByRole('textbox', { name: 'Indicador de éxito' })).toHaveValue(
    text(es, 'advice.processes.customerSide.measure'),
  );
  await expect(action.getByRole('combobox', { name: 'Sobre' })).toHaveValue(
    'statement:processes.customerSide',
  );

  await page.getByRole('button', { name: 'English' }).click();
  const drafted = page.getByRole('article', { name: 'Action 1' });
  await expect(drafted.getByRole('textbox', { name: 'Action' })).toHaveValue(
    text(en, 'advice.processes.customerSide.early'),
  );

  // Rewritten by the team: their words stay in any language; the untouched measure still follows.
  await drafted.getByRole('textbox', { name: 'Action' }).fill('Map the sign-up with two guests.');
  await expectSaved(page, 'en');
  await page.getByRole('button', { name: 'Español' }).click();
  const own = page.getByRole('article', { name: 'Acción 1' });
  await expect(own.getByRole('textbox', { name: 'Acción' })).toHaveValue(
    'Map the sign-up with two guests.',
  );
  await expect(own.getByRole('textbox', { name: 'Indicador de éxito' })).toHaveValue(
    text(es, 'advice.processes.customerSide.measure'),
  );
});

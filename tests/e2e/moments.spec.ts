// Customer types and the moments-of-truth map: built in Spanish, read back in English after a reload.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createWorkshopEs, expectNoAxeViolations, expectSaved } from './support';

interface NewMoment {
  name: string;
  type: string;
  channel: string;
  /** Importance, promise, delivered; the customer's expectation is the importance unless given. */
  ratings: [number, number, number];
  expectation?: number;
  owner?: string;
}

async function addCustomerType(page: Page, name: string, kind?: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Añadir un tipo de cliente' });
  await form.getByRole('textbox', { name: 'Nombre' }).fill(name);
  if (kind) await form.getByRole('combobox', { name: 'Tipo' }).selectOption({ label: kind });
  await form.getByRole('textbox', { name: 'Nombre' }).press('Enter');
  await expect(
    page.getByRole('heading', { level: 3, name: new RegExp(`\\d\\. ${name}$`) }),
  ).toBeVisible();
}

/** Presses a rating's tile in the entry row (its name is the number and the scale's words). */
async function rate(form: Locator, rating: string, score: number): Promise<void> {
  await form
    .getByRole('radiogroup', { name: rating })
    .getByRole('radio', { name: new RegExp(`^${score} ·`) })
    .check();
}

/** Fills the entry row and adds the moment with Enter, as a facilitator typing fast would. */
async function addMoment(page: Page, moment: NewMoment): Promise<void> {
  const form = page.getByRole('form', { name: 'Añadir un momento' });
  await form.getByRole('textbox', { name: 'Momento' }).fill(moment.name);
  await form
    .getByRole('radiogroup', { name: 'Tipo de cliente' })
    .getByRole('radio', { name: moment.type, exact: true })
    .check();
  await form.getByRole('combobox', { name: 'Canal' }).selectOption({ label: moment.channel });
  const [importance, promise, delivered] = moment.ratings;
  await rate(form, 'Importancia para el cliente', importance);
  await rate(form, 'Expectativa del cliente', moment.expectation ?? importance);
  await rate(form, 'Promesa de marca', promise);
  await rate(form, 'Entregado hoy', delivered);
  if (moment.owner) await form.getByRole('textbox', { name: 'Responsable' }).fill(moment.owner);
  await form.getByRole('textbox', { name: 'Momento' }).press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: `Se ha añadido «${moment.name}».` }),
  ).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Momento' })).toBeFocused();
  await expect(form.getByRole('textbox', { name: 'Momento' })).toHaveValue('');
}

const MOMENTS: NewMoment[] = [
  {
    name: 'Reservar en la web',
    type: 'Familias',
    channel: 'Web o app',
    ratings: [5, 5, 2],
    owner: 'Lucía',
  },
  { name: 'Check-in en recepción', type: 'Familias', channel: 'En persona', ratings: [4, 5, 3] },
  {
    name: 'Llamar para cambiar la reserva',
    type: 'Todos los tipos de cliente',
    channel: 'Teléfono',
    ratings: [5, 4, 3],
    owner: 'Jorge',
  },
  {
    name: 'Recibir el informe de ocupación',
    type: 'Equipo comercial',
    channel: 'Correo electrónico',
    ratings: [3, 3, 1],
  },
  { name: 'Pagar la factura', type: 'Familias', channel: 'En persona', ratings: [4, 4, 4] },
];
// Hand-computed, expectation = importance: (expectation - delivered) x importance = 3x5=15, 2x5=10,
// 2x3=6, 1x4=4; "Pagar la factura" has no gap.
const RANKING = [
  'Reservar en la web',
  'Llamar para cambiar la reserva',
  'Recibir el informe de ocupación',
  'Check-in en recepción',
];

async function buildMap(page: Page): Promise<void> {
  await createWorkshopEs(page, { organisation: 'Hotel Mirador' });
  const steps = page.getByRole('navigation', { name: 'Pasos del taller' });
  await steps.getByRole('link', { name: /^Clientes \d/ }).click();
  await expect(page.getByText(/Aún no hay tipos de cliente/)).toBeVisible();
  await addCustomerType(page, 'Familias');
  await steps.getByRole('link', { name: /^Clientes internos/ }).click();
  await addCustomerType(page, 'Equipo comercial');
  // The type added here opens to edit, internal by default in this step; the earlier one is a row.
  const added = page.getByRole('article', { name: '2. Equipo comercial' });
  await expect(added.getByRole('radio', { name: 'Cliente interno' })).toBeChecked();
  const earlier = page.getByRole('article', { name: '1. Familias' });
  await expect(earlier).toContainText('Cliente externo');
  await expect(earlier.getByRole('textbox')).toHaveCount(0);
  await earlier.getByRole('button', { name: 'Editar «Familias»' }).click();
  await expect(earlier.getByRole('textbox', { name: 'Descripción breve' })).toBeVisible();
  await earlier.getByRole('button', { name: 'Cerrar «Familias»' }).click();
  await expect(earlier.getByRole('textbox')).toHaveCount(0);

  await steps.getByRole('link', { name: /^Momentos/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Momentos de la verdad' }),
  ).toBeVisible();
  await expect(page.getByText(/Aún no hay momentos\. Un momento/)).toBeVisible();
  for (const moment of MOMENTS) await addMoment(page, moment);
  await expectSaved(page);
}

test('two customer types and five moments survive a reload and read the same in English', async ({
  page,
}) => {
  await buildMap(page);
  await expect(page.getByText('5 momentos')).toBeVisible();
  const familias = page.getByRole('region', { name: 'Familias' });
  await expect(familias.getByText('Reservar en la web')).toBeVisible();
  await expect(familias.getByText('Se queda corto en 3')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Todos los tipos de cliente' })).toContainText(
    'Llamar para cambiar la reserva',
  );
  await expectNoAxeViolations(page);

  await page.reload();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Moments of truth' })).toBeVisible();
  await expect(page.getByText('5 moments')).toBeVisible();

  const critical = page.getByRole('region', { name: 'Most critical moments' });
  const items = critical.getByRole('listitem');
  await expect(items).toHaveCount(RANKING.length);
  for (const [index, name] of RANKING.entries()) await expect(items.nth(index)).toContainText(name);
  await expect(items.first()).toContainText('Gap 3 × importance 5 = 15');
  // No moment is delivered above what customers expect: nothing shines yet, and the step says so.
  await expect(page.getByRole('region', { name: 'Where we shine' })).toContainText(
    'No moment yet where we deliver more than customers expect.',
  );
  // The rule is stated in one sentence.
  await expect(critical).toContainText(
    'Criticality = how far delivery falls short of what the customer expects × how much the moment matters to them.',
  );
  await expect(items.first()).toContainText('Owner: Lucía');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Matrix' }).click();
  const matrix = page.getByRole('table', {
    name: /Gap between what customers expect and what we deliver/,
  });
  await expect(matrix.getByRole('columnheader')).toHaveText([
    'Moment',
    'Familias',
    'Equipo comercial',
  ]);
  const row = (name: string) => matrix.getByRole('row', { name: new RegExp(`^${name}`) });
  // "Does not apply" is said to screen readers; on screen it is a quiet dash.
  const notApplicable = /^— Does not apply$/;
  await expect(row('Reservar en la web').getByRole('cell')).toHaveText([
    'Falls short by 3',
    notApplicable,
  ]);
  await expect(row('Llamar para cambiar la reserva').getByRole('cell')).toHaveText([
    'Falls short by 2',
    'Falls short by 2',
  ]);
  await expect(row('Recibir el informe de ocupación').getByRole('cell')).toHaveText([
    notApplicable,
    'Falls short by 2',
  ]);
  await expect(row('Pagar la factura').getByRole('cell')).toHaveText(['No gap', notApplicable]);
  await expectNoAxeViolations(page);

  // Hiding the internal customer type leaves its column out, and with it the one moment that
  // concerns only that type; the matrix says how many moments it still shows.
  await page.getByText('Customer types in the matrix: 2 of 2').click();
  const columns = page.getByRole('group', { name: 'Show in the matrix' });
  await columns.getByRole('checkbox', { name: 'Equipo comercial' }).uncheck();
  await expect(page.getByText('Customer types in the matrix: 1 of 2')).toBeVisible();
  await expect(matrix.getByRole('columnheader')).toHaveText(['Moment', 'Familias']);
  await expect(matrix.getByRole('rowheader')).toHaveText([
    'Reservar en la web',
    'Check-in en recepción',
    'Llamar para cambiar la reserva',
    'Pagar la factura',
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'of 5 moments' })).toHaveText(
    '4 of 5 moments concern the customer types shown; the others are left out of the matrix.',
  );
  await expectNoAxeViolations(page);
  await columns.getByRole('button', { name: 'Hide all' }).click();
  await expect(matrix).toHaveCount(0);
  await expect(page.getByText('Every customer type is hidden.')).toBeVisible();
  await columns.getByRole('button', { name: 'Show all' }).click();
  await expect(matrix.getByRole('rowheader')).toHaveCount(5);
  await expect(page.getByText(/of 5 moments concern/)).toHaveCount(0);
});

test('deleting a customer type asks what happens to its moments, and a deleted moment can be undone', async ({
  page,
}) => {
  await buildMap(page);
  await page.getByRole('button', { name: 'Eliminar «Pagar la factura»' }).click();
  await expect(page.getByRole('button', { name: 'Deshacer' })).toBeFocused();
  await expect(page.getByText('4 momentos')).toBeVisible();
  await page.getByRole('button', { name: 'Deshacer' }).click();
  await expect(page.getByText('5 momentos')).toBeVisible();

  const steps = page.getByRole('navigation', { name: 'Pasos del taller' });
  await steps.getByRole('link', { name: /^Clientes \d/ }).click();
  await page.getByRole('button', { name: 'Eliminar «Familias»' }).click();
  const dialog = page.getByRole('dialog', { name: '¿Eliminar «Familias»?' });
  await expect(dialog).toContainText(
    '3 momentos de la verdad pertenecen solo a este tipo de cliente',
  );
  await dialog.getByRole('radio', { name: 'Conservarlos, para «Equipo comercial»' }).check();
  await dialog.getByRole('button', { name: 'Eliminar tipo de cliente' }).click();
  await expect(dialog).toBeHidden();

  await steps.getByRole('link', { name: /^Momentos/ }).click();
  await expect(page.getByRole('region', { name: 'Familias' })).toHaveCount(0);
  const comercial = page.getByRole('region', { name: 'Equipo comercial' });
  for (const name of ['Reservar en la web', 'Check-in en recepción', 'Pagar la factura'])
    await expect(comercial.getByText(name, { exact: true })).toBeVisible();
  await expect(page.getByText('5 momentos')).toBeVisible();
});

test('a moment can be entered with the keyboard alone, ratings included', async ({ page }) => {
  await createWorkshopEs(page, { organisation: 'Clínica Norte' });
  await page
    .getByRole('navigation', { name: 'Pasos del taller' })
    .getByRole('link', { name: /^Momentos/ })
    .click();
  const form = page.getByRole('form', { name: 'Añadir un momento' });
  await form.getByRole('textbox', { name: 'Momento' }).focus();
  await page.keyboard.type('Recibir los resultados');
  await page.keyboard.press('Tab'); // customer type
  await page.keyboard.press('Tab'); // channel
  await page.keyboard.type('T'); // "Teléfono", chosen by typing as in any select
  await page.keyboard.press('Tab');
  await page.keyboard.type('5'); // importance
  await page.keyboard.press('Tab');
  await page.keyboard.type('5'); // expectation
  await page.keyboard.press('Tab');
  await page.keyboard.type('4'); // promise
  await page.keyboard.press('Tab');
  await page.keyboard.type('2'); // delivered
  await page.keyboard.press('Enter');

  const card = page.getByRole('region', { name: 'Todos los tipos de cliente' });
  await expect(card).toContainText('Recibir los resultados');
  await expect(card).toContainText('Teléfono');
  // Ratings read as words, each on its own scale, with the number kept.
  await expect(card).toContainText(
    'Importancia: Decisiva (5) · Expectativa: Espera la excelencia (5) · Promesa: Prometido con claridad (4) · Entregado: Por debajo (2)',
  );
  const tiles = form
    .getByRole('radiogroup', { name: 'Importancia para el cliente' })
    .getByRole('radio');
  const tileNames = [
    'Sin valorar',
    '1 · Menor',
    '2 · Algo importante',
    '3 · Importante',
    '4 · Muy importante',
    '5 · Decisiva',
  ];
  await expect(tiles).toHaveCount(tileNames.length);
  for (const [index, name] of tileNames.entries())
    await expect(tiles.nth(index)).toHaveAccessibleName(name);
  await expect(card).toContainText('Se queda corto en 3');
  await expect(card).toContainText('Promesa 1 por debajo de lo que espera el cliente');
  await expect(card).toContainText('Promesa incumplida en 2');
  await expect(form.getByRole('textbox', { name: 'Momento' })).toBeFocused();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('both views of the map have no axe violations', async ({ page }) => {
    await buildMap(page);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Matriz' }).click();
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoAxeViolations(page);
    // The choice of columns, open, with one type hidden.
    await page.getByText('Tipos de cliente en la matriz: 2 de 2').click();
    await page
      .getByRole('group', { name: 'Mostrar en la matriz' })
      .getByRole('checkbox', { name: 'Familias' })
      .uncheck();
    await expect(page.getByRole('table').getByRole('columnheader')).toHaveText([
      'Momento',
      'Equipo comercial',
    ]);
    await expect(page.getByRole('status').filter({ hasText: 'de 5 momentos' })).toHaveText(
      '2 de 5 momentos se refieren a los tipos de cliente mostrados; los demás quedan fuera de la matriz.',
    );
    await expectNoAxeViolations(page);
  });
});

test('a moment with its name, customer type, three ratings and owner takes six clicks', async ({
  page,
}) => {
  await createWorkshopEs(page, { organisation: 'Hotel Mirador' });
  const steps = page.getByRole('navigation', { name: 'Pasos del taller' });
  await steps.getByRole('link', { name: /^Clientes \d/ }).click();
  await addCustomerType(page, 'Familias');
  await addCustomerType(page, 'Equipo comercial');
  await steps.getByRole('link', { name: /^Momentos/ }).click();
  const form = page.getByRole('form', { name: 'Añadir un momento' });
  const tile = (rating: string, score: number) =>
    form
      .getByRole('radiogroup', { name: rating })
      .getByRole('radio', { name: new RegExp(`^${score} ·`) });

  let clicks = 0;
  const click = async (target: Locator) => {
    await target.click();
    clicks++;
  };
  await click(form.getByRole('textbox', { name: 'Momento' }));
  await page.keyboard.type('Check-in');
  await click(form.getByRole('radio', { name: 'Familias', exact: true }));
  await click(tile('Importancia para el cliente', 5));
  await click(tile('Promesa de marca', 4));
  await click(tile('Entregado hoy', 2));
  await click(form.getByRole('textbox', { name: 'Responsable' }));
  await page.keyboard.type('Recepción');
  await page.keyboard.press('Enter');
  expect(clicks).toBeLessThanOrEqual(6);

  const card = page.getByRole('region', { name: 'Familias' });
  await expect(card).toContainText('Check-in');
  await expect(card).toContainText('Importancia: Decisiva (5)');
  await expect(card).toContainText('Promesa: Prometido con claridad (4)');
  await expect(card).toContainText('Entregado: Por debajo (2)');
  await expect(card).toContainText('Recepción');
  // The customer type stays chosen for the next moment, in sight, and one click puts it back.
  await expect(form.getByRole('radio', { name: 'Familias', exact: true })).toBeChecked();
  await expect(tile('Importancia para el cliente', 5)).not.toBeChecked();
  await form.getByRole('radio', { name: 'Todos los tipos de cliente' }).click();
  await expect(form.getByRole('radio', { name: 'Todos los tipos de cliente' })).toBeChecked();
  await expectNoAxeViolations(page);
});

test('a moment delivered above what customers expect is listed where we shine, on the step and in the results', async ({
  page,
}) => {
  await createWorkshopEs(page, { organisation: 'Hotel Mirador' });
  const steps = page.getByRole('navigation', { name: 'Pasos del taller' });
  await steps.getByRole('link', { name: /^Momentos/ }).click();
  await addMoment(page, {
    name: 'Bienvenida con zumo',
    type: 'Todos los tipos de cliente',
    channel: 'En persona',
    ratings: [2, 3, 5],
  });
  const shine = page.getByRole('region', { name: 'Donde brillamos' });
  await expect(shine.getByRole('listitem')).toHaveText([
    'Bienvenida con zumo entregado 5 donde el cliente espera 2: 3 por encima',
  ]);
  await expectSaved(page);
  await steps.getByRole('link', { name: 'Resultados' }).click();
  await expect(page.getByRole('region', { name: 'Donde brillamos' })).toContainText(
    'Bienvenida con zumo',
  );
  await expectNoAxeViolations(page);
});

// A keyboard-only pass through one area: no mouse from the home screen to the next area.
import { expect, test, type Page } from '@playwright/test';

/** Presses Tab until the focused element matches, as a keyboard user would, with a sane limit. */
async function tabTo(page: Page, matches: () => Promise<boolean>, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await matches()) return;
  }
  throw new Error('Focus never reached the target');
}

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() : '';
  });

test('a team can create a workshop and answer a whole area with the keyboard alone', async ({
  page,
}) => {
  await page.goto('./');
  const organisation = page.getByLabel('Organización');
  await tabTo(page, () => organisation.evaluate((el) => el === document.activeElement));
  await page.keyboard.type('Cooperativa Teclado');
  await tabTo(page, async () => (await focusedName(page)) === 'Crear taller');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Antes de empezar' })).toBeFocused();

  await tabTo(page, async () => (await focusedName(page)) === 'Empezar por Clientes');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Clientes' })).toBeFocused();

  // Prompts: Tab into each text area and type.
  const prompts = page.getByRole('region', { name: 'Para conversar' }).getByRole('textbox');
  const promptCount = await prompts.count();
  for (let i = 0; i < promptCount; i++) {
    await tabTo(page, () => prompts.nth(i).evaluate((el) => el === document.activeElement));
    await page.keyboard.type(`Respuesta ${i + 1}`);
  }

  // Statements: Tab lands on each radio group; arrow keys choose the level.
  const groups = page.getByRole('radiogroup');
  const groupCount = await groups.count();
  for (let i = 0; i < groupCount; i++) {
    const group = groups.nth(i);
    await tabTo(page, () => group.evaluate((el) => el.contains(document.activeElement)));
    await page.keyboard.press('Space');
    await expect(group.getByRole('radio', { name: '1 No existe' })).toBeChecked();
    await page.keyboard.press('ArrowRight');
    await expect(group.getByRole('radio', { name: '2 Ocasional' })).toBeChecked();
    await expect(group).toContainText('Ocasional: Ocurre a veces');
  }
  const steps = page.getByRole('navigation', { name: 'Pasos del taller' });
  await expect(
    steps.getByRole('link', { name: /^Clientes ✓ 9 de 9|^Clientes 9 de 9/ }),
  ).toBeVisible();

  await tabTo(page, async () => (await focusedName(page)) === 'Siguiente: Clientes internos');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Clientes internos' })).toBeFocused();
  for (let i = 0; i < promptCount; i++) {
    await expect(page.getByText(`Respuesta ${i + 1}`)).toHaveCount(0);
  }
  await page.goBack();
  await expect(page.getByRole('textbox').first()).toHaveValue('Respuesta 1');
});

/** Tabs to the control whose accessible name (or text) is `name` and presses Enter. */
async function press(page: Page, name: string): Promise<void> {
  await tabTo(page, async () => (await focusedName(page)) === name, 200);
  await page.keyboard.press('Enter');
}

test('the whole flow with the keyboard alone: a moment, presenter mode and its timer, the results and the PDF', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('./');
  await tabTo(page, () =>
    page.getByLabel('Organización').evaluate((el) => el === document.activeElement),
  );
  await page.keyboard.type('Hotel Teclado');
  await press(page, 'Crear taller');
  await expect(page.getByRole('heading', { level: 1, name: 'Antes de empezar' })).toBeFocused();

  // The moments step, from the step bar: a moment typed and rated without the mouse.
  const stepTo = (step: string) =>
    tabTo(
      page,
      () =>
        page.evaluate(
          (end) => (document.activeElement?.getAttribute('href') ?? '').endsWith(end),
          step,
        ),
      200,
    );
  await stepTo('/area/moments');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Momentos de la verdad' }),
  ).toBeFocused();
  const name = page.getByRole('form', { name: 'Añadir un momento' }).getByRole('textbox', {
    name: 'Momento',
  });
  await tabTo(page, () => name.evaluate((el) => el === document.activeElement), 200);
  await page.keyboard.type('Llegada y check-in');
  for (const key of ['Tab', 'Tab', 'Tab', '5', 'Tab', '5', 'Tab', '4', 'Tab', '2', 'Enter'])
    await page.keyboard.press(key);
  await expect(
    page.getByRole('status').filter({ hasText: 'Se ha añadido «Llegada y check-in».' }),
  ).toBeVisible();

  // Presenter mode on this area: number keys answer, the timer runs, Esc leaves.
  await page.clock.install();
  await press(page, 'Presentar esta área');
  await expect(
    page.getByRole('heading', { level: 1, name: /^Pregunta 1 de 3 · Momentos/ }),
  ).toBeFocused();
  const timer = page.getByRole('timer', { name: 'Tiempo en esta área' });
  await press(page, 'Iniciar el cronómetro');
  await page.clock.fastForward('01:05');
  await expect(timer).toHaveText(/^01:0\d$/);
  await press(page, 'Pausar el cronómetro');
  const paused = await timer.textContent();
  await page.clock.fastForward('00:30');
  await expect(timer).toHaveText(paused ?? '');
  await press(page, 'Poner el cronómetro a cero');
  await expect(timer).toHaveText('00:00');
  for (const key of ['PageDown', 'PageDown', 'PageDown']) await page.keyboard.press(key);
  await expect(
    page.getByRole('heading', { level: 1, name: /^Afirmación 1 de \d+ · Momentos/ }),
  ).toBeFocused();
  await page.keyboard.press('4');
  await page.keyboard.press('Escape');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Momentos de la verdad' }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('radiogroup')
      .filter({ has: page.getByRole('radio', { name: '4 Gestionado y medido', checked: true }) }),
  ).toHaveCount(1);

  // The results and the PDF, from the step bar.
  await stepTo('/results');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Resultados' })).toBeFocused();
  await press(page, 'Exportar informe PDF');
  const dialog = page.getByRole('dialog', { name: 'Exportar el informe' });
  await expect(dialog).toBeVisible();
  const downloading = page.waitForEvent('download');
  await press(page, 'Crear PDF');
  expect((await downloading).suggestedFilename()).toMatch(/\.pdf$/);
});

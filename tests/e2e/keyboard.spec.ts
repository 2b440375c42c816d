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

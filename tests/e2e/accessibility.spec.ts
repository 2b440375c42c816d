// axe (WCAG 2.1 A and AA) on every screen of this flow, in both languages.
import { expect, test } from '@playwright/test';
import { createWorkshopEs, expectNoAxeViolations, goHome } from './support';

for (const language of ['es', 'en'] as const) {
  test(`home, introduction, an area step and not-found pages have no axe violations (${language})`, async ({
    page,
  }) => {
    await createWorkshopEs(page, { organisation: 'Museo Claro', team: 'Taquilla' });
    if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expectNoAxeViolations(page);

    const start = language === 'es' ? 'Empezar por Clientes' : 'Start with Customers';
    await page.getByRole('link', { name: start }).click();
    await page.getByRole('radio').nth(2).check();
    await page.getByRole('textbox').first().fill('Visitantes');
    await expectNoAxeViolations(page);

    await goHome(page);
    await expect(page.getByRole('article')).toHaveCount(1);
    await expectNoAxeViolations(page);

    await page
      .getByRole('article')
      .getByRole('button', { name: language === 'es' ? 'Eliminar' : 'Delete' })
      .click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');

    await page.goto('./#/no/such/page');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('on a phone the rating boxes keep their full names and the step has no axe violations', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await createWorkshopEs(page, { organisation: 'Tienda Móvil' });
  await page.getByRole('link', { name: 'Empezar por Clientes' }).click();
  const group = page.getByRole('radiogroup').first();
  await group.getByRole('radio', { name: '4 Gestionado y medido' }).check();
  await expect(group).toContainText('Gestionado y medido: Tiene responsable');
  await expectNoAxeViolations(page);
});

// Shared steps for the end-to-end tests: they act as a user would, by role and accessible name.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

export interface NewWorkshop {
  organisation: string;
  team?: string;
}

/** Creates a workshop from the Spanish home screen and waits for its introduction. */
export async function createWorkshopEs(page: Page, workshop: NewWorkshop): Promise<void> {
  await page.goto('./');
  await page.getByLabel('Organización').fill(workshop.organisation);
  if (workshop.team) await page.getByLabel('Equipo o unidad (opcional)').fill(workshop.team);
  await page.getByRole('button', { name: 'Crear taller' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Antes de empezar' })).toBeVisible();
}

/** Creates a workshop from the English home screen (a browser in English) and waits for its introduction. */
export async function createWorkshopEn(page: Page, workshop: NewWorkshop): Promise<void> {
  await page.goto('./');
  await page.getByLabel('Organisation').fill(workshop.organisation);
  if (workshop.team) await page.getByLabel('Team or unit (optional)').fill(workshop.team);
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Before you start' })).toBeVisible();
}

/** Waits until the header says the last change was written to IndexedDB. */
export async function expectSaved(page: Page, language: 'es' | 'en' = 'es'): Promise<void> {
  await expect(
    page.getByRole('status', { name: language === 'es' ? 'Estado del guardado' : 'Save status' }),
  ).toContainText(language === 'es' ? 'Guardado a las' : 'Saved at');
}

/** The brand link in the header leads back to the list of workshops. */
export async function goHome(page: Page): Promise<void> {
  await page
    .getByRole('banner')
    .getByRole('link', { name: /^Momentos/ })
    .click();
}

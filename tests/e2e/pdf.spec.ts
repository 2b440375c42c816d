// The PDF export from the results screen, in the interface language and in the other one.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createWorkshopEs, expectNoAxeViolations, expectSaved } from './support';

const ANSWER = '¿Qué…? “Comillas” de Łukasz y Øyvind – 15 €';
/** This workshop's report had 9 pages while each area and the inventories began a page of their own
 * (the same bank, measured 2026-12-02); flowing, it has 8, the method on a page of its own. */
const PAGES_ES = 8;

async function answerSome(page: Page): Promise<void> {
  await createWorkshopEs(page, { organisation: 'Clínica Ñandú', team: 'Admisión' });
  const steps = page.getByRole('navigation', { name: 'Pasos del taller' });
  await steps.getByRole('link', { name: /^Clientes \d/ }).click();
  await page.getByRole('textbox', { name: /¿Quiénes son nuestros clientes/ }).fill(ANSWER);
  await page
    .getByRole('radiogroup')
    .first()
    .getByRole('radio', { name: '4 Gestionado y medido' })
    .check();
  await expectSaved(page);
  await steps.getByRole('link', { name: 'Resultados' }).click();
}

/** Exports in `language` from the dialog and returns the downloaded file's bytes and name. */
async function exportIn(page: Page, language: 'Español' | 'English') {
  await page.getByRole('button', { name: 'Exportar informe PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exportar el informe' });
  await dialog.getByRole('radio', { name: language }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Crear PDF' }).click();
  const download = await downloading;
  const path = await download.path();
  return { bytes: readFileSync(path), name: download.suggestedFilename(), path };
}

const textOf = (path: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-']).toString('utf8');

const pagesOf = (path: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path]).toString('utf8'))?.[1]);

/** Whitespace-insensitive, as pdftotext breaks lines where the layout wraps them. */
const loose = (text: string) =>
  new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));

test('exports the report in Spanish, with the answers and Spanish headings', async ({ page }) => {
  await answerSome(page);
  await page.getByRole('button', { name: 'Exportar informe PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exportar el informe' });
  await expect(dialog.getByRole('radio', { name: 'Español' })).toBeChecked();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Cancelar' }).click();

  const { bytes, name, path } = await exportIn(page, 'Español');
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(name).toMatch(/^momentos-clinica-nandu-\d{4}-\d{2}-\d{2}\.pdf$/);
  const text = textOf(path);
  for (const heading of ['Resumen ejecutivo', 'Afirmaciones', 'Reflexiones', 'Plan de acción'])
    expect(text).toContain(heading);
  expect(text).toContain(ANSWER);
  expect(text).toContain('4 · Gestionado y medido');
  // The cover: the score and the bank in words; the summary's score table; the method page.
  expect(text).toMatch(loose('Madurez global: 4,0 de 5 (75\u00a0%), nivel «Gestionado y medido».'));
  expect(text).toContain('Diagnóstico Momentos CX, edición 2026');
  expect(text).toMatch(loose('Procesos de servicio Sin responder'));
  expect(text).toContain('Sobre este diagnóstico');
  expect(text).toMatch(/Próxima revisión sugerida: \d+ de \w+ de \d{4}/);
  // Areas flow instead of taking a page each: cover, summary, areas, then map, plan and method.
  expect(pagesOf(path)).toBeLessThanOrEqual(PAGES_ES);
  await expect(
    page.getByRole('status').filter({ hasText: 'Se ha descargado el PDF' }),
  ).toBeVisible();
});

test('exports the report in English from the Spanish interface', async ({ page }) => {
  await answerSome(page);
  const { bytes, path } = await exportIn(page, 'English');
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = textOf(path);
  for (const heading of ['Executive summary', 'Statements', 'Reflections', 'Action plan'])
    expect(text).toContain(heading);
  expect(text).not.toContain('Resumen ejecutivo');
  expect(text).toContain(ANSWER);
  expect(text).toContain('4 · Managed and measured');
  expect(text).toMatch(loose('Overall maturity: 4.0 of 5 (75%), level “Managed and measured”.'));
  expect(text).toContain('Momentos CX diagnosis, 2026 edition');
  expect(text).toContain('About this diagnosis');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('when the PDF cannot be made, a Spanish message says so and a retry works', async ({
  page,
}) => {
  // In place before the results screen, which fetches the font ahead of the export.
  await page.route('**/fonts/*.ttf', (route) => route.abort('internetdisconnected'));
  await answerSome(page);
  await page.getByRole('button', { name: 'Exportar informe PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exportar el informe' });
  await dialog.getByRole('button', { name: 'Crear PDF' }).click();
  await expect(dialog.getByRole('alert')).toContainText('No se ha podido crear el PDF');
  await expect(dialog.getByRole('button', { name: 'Crear PDF' })).toBeEnabled();

  await page.unroute('**/fonts/*.ttf');
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Crear PDF' }).click();
  expect((await downloading).suggestedFilename()).toMatch(/^momentos-clinica-nandu-/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Resultados' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Pasos del taller' })
    .getByRole('link', { name: /^Clientes \d/ })
    .click();
  await expect(page.getByRole('textbox', { name: /¿Quiénes son nuestros clientes/ })).toHaveValue(
    ANSWER,
  );
});

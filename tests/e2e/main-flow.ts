// The main flow a workshop goes through, as one user journey: create, answer, map a moment of truth,
// see the results with the radar, add an action, export the PDF. Used at the root, under a sub-path
// and with the network off.
import { execFileSync } from 'node:child_process';
import { expect, type Page } from '@playwright/test';
import { createWorkshopEs, expectSaved } from './support';

export const FLOW = {
  organisation: 'Clínica Ñandú',
  reflection: '¿Quiénes nos eligen? “Familias” y pymes – 15 €',
  moment: 'Pedir cita por teléfono',
  action: 'Devolver las llamadas',
};

/** Runs the flow from the Spanish home screen and returns the exported PDF's text. */
export async function runMainFlow(page: Page): Promise<string> {
  await createWorkshopEs(page, { organisation: FLOW.organisation });
  const steps = page.getByRole('navigation', { name: 'Pasos del taller' });

  await steps.getByRole('link', { name: /^Clientes \d/ }).click();
  await page.getByRole('textbox', { name: /¿Quiénes son nuestros clientes/ }).fill(FLOW.reflection);
  const groups = page.getByRole('radiogroup');
  await groups.nth(0).getByRole('radio', { name: '4 Gestionado y medido' }).check();
  await groups.nth(1).getByRole('radio', { name: '2 Ocasional' }).check();

  await steps.getByRole('link', { name: /^Momentos/ }).click();
  const form = page.getByRole('form', { name: 'Añadir un momento' });
  await form.getByRole('textbox', { name: 'Momento' }).fill(FLOW.moment);
  await form
    .getByRole('radiogroup', { name: 'Importancia para el cliente' })
    .getByRole('radio', { name: /^5 ·/ })
    .check();
  await form
    .getByRole('radiogroup', { name: 'Entregado hoy' })
    .getByRole('radio', { name: /^2 ·/ })
    .check();
  await form.getByRole('textbox', { name: 'Momento' }).press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: `Se ha añadido «${FLOW.moment}».` }),
  ).toBeVisible();
  await expectSaved(page);

  await steps.getByRole('link', { name: 'Resultados' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Resultados' })).toBeVisible();
  await expect(page.locator('canvas[data-chart="radar"][data-drawn]')).toBeAttached();
  const plan = page.getByRole('region', { name: 'Plan de acción' });
  await plan.getByRole('textbox', { name: 'Acción' }).last().fill(FLOW.action);
  await plan.getByRole('button', { name: 'Añadir acción' }).click();
  await expectSaved(page);

  await page.getByRole('button', { name: 'Exportar informe PDF' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exportar el informe' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Crear PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^momentos-clinica-nandu-\d{4}-\d{2}-\d{2}\.pdf$/);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', await download.path(), '-']).toString('utf8');
}

/** The PDF holds what the flow typed. */
export function expectReportOfFlow(text: string): void {
  for (const part of [FLOW.organisation, FLOW.reflection, FLOW.moment, FLOW.action])
    expect(text).toContain(part);
  expect(text).toContain('Resumen ejecutivo');
}

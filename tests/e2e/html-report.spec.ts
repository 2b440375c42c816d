// "Download as web page": the report as one self-contained HTML file, opened on its own in a fresh
// page, where it must pass axe (WCAG 2.1 AA), show every area with its score, and fetch nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { createWorkshopEn, createWorkshopEs, expectNoAxeViolations, expectSaved } from './support';

interface Language {
  steps: string;
  /** Each area's name in the step bar, its full name in the report, its rating and the score. */
  areas: { step: RegExp; name: string; rating: string; score: string }[];
  results: string;
  exportButton: string;
  dialog: string;
  download: string;
  hint: RegExp;
  done: string;
  table: string;
  radar: string;
}

const ES: Language = {
  steps: 'Pasos del taller',
  areas: [
    { step: /^Clientes \d/, name: 'Clientes', rating: '4 Gestionado y medido', score: '4,0' },
    { step: /^Clientes internos/, name: 'Clientes internos', rating: '3 Definido', score: '3,0' },
    { step: /^Momentos/, name: 'Momentos de la verdad', rating: '5 Integrado', score: '5,0' },
    { step: /^Procesos/, name: 'Procesos de servicio', rating: '2 Ocasional', score: '2,0' },
    { step: /^Mejora/, name: 'Prácticas de mejora', rating: '4 Gestionado y medido', score: '4,0' },
    { step: /^Liderazgo/, name: 'Liderazgo y decisiones', rating: '1 No existe', score: '1,0' },
  ],
  results: 'Resultados',
  exportButton: 'Exportar informe PDF',
  dialog: 'Exportar el informe',
  download: 'Descargar como página web',
  hint: /versión accesible del informe/,
  done: 'Se ha descargado la página web',
  table: 'Puntuación, nivel y respuestas por área',
  radar: 'Madurez por área',
};

const EN: Language = {
  steps: 'Workshop steps',
  areas: [
    { step: /^Customers \d/, name: 'Customers', rating: '4 Managed and measured', score: '4.0' },
    { step: /^Internal customers/, name: 'Internal customers', rating: '3 Defined', score: '3.0' },
    { step: /^Moments/, name: 'Moments of truth', rating: '5 Embedded', score: '5.0' },
    { step: /^Processes/, name: 'Service processes', rating: '2 Ad hoc', score: '2.0' },
    {
      step: /^Improvement/,
      name: 'Improvement practices',
      rating: '4 Managed and measured',
      score: '4.0',
    },
    {
      step: /^Leadership/,
      name: 'Leadership and decisions',
      rating: '1 Not in place',
      score: '1.0',
    },
  ],
  results: 'Results',
  exportButton: 'Export workshop report (PDF)',
  dialog: 'Export the workshop report',
  download: 'Download as web page',
  hint: /accessible version of the report/,
  done: 'The web page “',
  table: 'Score, level and answers by area',
  radar: 'Maturity by area',
};

const HOSTILE = '<script>alert(1)</script> "><img src=x onerror=alert(1)> {{x}}';

/** Rates the first statement of every area, then opens the results. */
async function answerEveryArea(page: Page, lang: Language): Promise<void> {
  const steps = page.getByRole('navigation', { name: lang.steps });
  for (const area of lang.areas) {
    await steps.getByRole('link', { name: area.step }).click();
    await page.getByRole('radio', { name: area.rating }).first().check();
  }
  await expectSaved(page, lang === ES ? 'es' : 'en');
  await steps.getByRole('link', { name: lang.results }).click();
}

/** Downloads the web page from the export dialog and returns its text and file name. */
async function downloadPage(page: Page, lang: Language) {
  await page.getByRole('button', { name: lang.exportButton }).click();
  const dialog = page.getByRole('dialog', { name: lang.dialog });
  const button = dialog.getByRole('button', { name: lang.download });
  await expect(button).toHaveAccessibleDescription(lang.hint);
  const downloading = page.waitForEvent('download');
  await button.click();
  const download = await downloading;
  const html = readFileSync(await download.path(), 'utf8');
  await expect(page.getByRole('status').filter({ hasText: lang.done })).toBeVisible();
  return { html, name: download.suggestedFilename() };
}

/**
 * Opens the file on its own, from disk, in a fresh context of the same browser (no storage, no
 * service worker of the app's); returns its page and every other request it made.
 */
async function openOnItsOwn(page: Page, html: string, testInfo: TestInfo) {
  const file = testInfo.outputPath('report.html');
  writeFileSync(file, html);
  const context = await page.context().browser()!.newContext();
  const report = await context.newPage();
  const requests: string[] = [];
  report.on('request', (request) => requests.push(request.url()));
  const url = pathToFileURL(file).href;
  await report.goto(url);
  return { report, context, requests: () => requests.filter((r) => r !== url) };
}

async function expectReport(report: Page, html: string, lang: Language): Promise<void> {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/https?:/i);
  await expect(report.locator('script')).toHaveCount(0);
  await expect(report.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(report.getByRole('main')).toBeVisible();
  const table = report.getByRole('table', { name: lang.table });
  for (const area of lang.areas) {
    await expect(
      report.getByRole('heading', { level: 2, name: area.name, exact: true }),
    ).toBeVisible();
    const row = table
      .getByRole('row')
      .filter({ has: report.getByRole('rowheader', { name: area.name, exact: true }) });
    await expect(row.getByRole('cell').first()).toHaveText(new RegExp(`^${area.score} · `));
    // The radar says every score in words too.
    await expect(report.getByRole('img', { name: new RegExp(lang.radar) })).toHaveAccessibleName(
      new RegExp(`${area.name} ${area.score.replace('.', '\\.')}`),
    );
  }
  await expectNoAxeViolations(report);
}

test('downloads the report as an accessible web page in Spanish, with the gap chart', async ({
  page,
}, testInfo) => {
  test.setTimeout(60_000);
  await createWorkshopEs(page, { organisation: HOSTILE, team: 'Admisión' });
  const steps = page.getByRole('navigation', { name: ES.steps });
  await steps.getByRole('link', { name: /^Momentos/ }).click();
  const form = page.getByRole('form', { name: 'Añadir un momento' });
  await form.getByRole('textbox', { name: 'Momento' }).fill('Pedir cita por teléfono');
  await form
    .getByRole('radiogroup', { name: 'Importancia para el cliente' })
    .getByRole('radio', { name: /^5 ·/ })
    .check();
  await form
    .getByRole('radiogroup', { name: 'Expectativa del cliente' })
    .getByRole('radio', { name: /^5 ·/ })
    .check();
  await form
    .getByRole('radiogroup', { name: 'Entregado hoy' })
    .getByRole('radio', { name: /^2 ·/ })
    .check();
  await form.getByRole('textbox', { name: 'Momento' }).press('Enter');
  await answerEveryArea(page, ES);

  const { html, name } = await downloadPage(page, ES);
  expect(name).toMatch(
    /^momentos-script-alert-1-script-img-src-x-onerror-.*-\d{4}-\d{2}-\d{2}\.html$/,
  );
  const dialogs: string[] = [];
  const { report, context, requests } = await openOnItsOwn(page, html, testInfo);
  report.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await expect(report).toHaveTitle(`Autodiagnóstico de experiencia de cliente · ${HOSTILE}`);
  await expect(report.locator('html')).toHaveAttribute('lang', 'es');
  // The organisation's hostile name is shown as text, never run.
  await expect(report.getByText(HOSTILE, { exact: true }).first()).toBeVisible();
  await expect(report.locator('img')).toHaveCount(0);
  await expectReport(report, html, ES);
  await expect(
    report.getByRole('img', {
      name: /Brecha de los momentos más críticos: Pedir cita por teléfono 3/,
    }),
  ).toBeVisible();
  expect(dialogs).toEqual([]);
  expect(requests()).toEqual([]);
  await context.close();
});

test.describe('in English', () => {
  test.use({ locale: 'en-GB' });

  test('downloads the report as an accessible web page in English', async ({ page }, testInfo) => {
    test.setTimeout(60_000);
    await createWorkshopEn(page, { organisation: 'Clínica Ñandú' });
    await answerEveryArea(page, EN);
    const { html, name } = await downloadPage(page, EN);
    expect(name).toMatch(/^momentos-clinica-nandu-\d{4}-\d{2}-\d{2}\.html$/);
    const { report, context, requests } = await openOnItsOwn(page, html, testInfo);
    await expect(report.locator('html')).toHaveAttribute('lang', 'en');
    await expect(
      report.getByRole('heading', { level: 2, name: 'Executive summary' }),
    ).toBeVisible();
    await expectReport(report, html, EN);
    expect(requests()).toEqual([]);
    await context.close();
  });
});

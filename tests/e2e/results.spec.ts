// The results screen: scores, radar and its table, strengths and priorities, the action plan.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createWorkshopEs, expectNoAxeViolations, expectSaved } from './support';

const steps = (page: Page) => page.getByRole('navigation', { name: 'Pasos del taller' });

/** Rates the statements of the open area, in order, by the visible name of the level. */
async function rate(page: Page, levels: string[]): Promise<void> {
  const groups = page.getByRole('radiogroup');
  for (const [index, level] of levels.entries())
    await groups.nth(index).getByRole('radio', { name: level }).check();
}

/** Customers 5, 4, 4, 3, "don't know", 4 (mean 4.0); Processes all 2 (mean 2.0); nothing else. */
async function answerFixture(page: Page): Promise<void> {
  await createWorkshopEs(page, { organisation: 'Hotel Mirador' });
  await steps(page)
    .getByRole('link', { name: /^Clientes \d/ })
    .click();
  await rate(page, [
    '5 Integrado',
    '4 Gestionado y medido',
    '4 Gestionado y medido',
    '3 Definido',
    'No lo sabemos',
    '4 Gestionado y medido',
  ]);
  await steps(page)
    .getByRole('link', { name: /^Procesos/ })
    .click();
  await rate(page, Array<string>(7).fill('2 Ocasional'));
  await expectSaved(page);
}

/** How many pixels of the radar's canvas are not transparent. */
const inkedPixels = (page: Page) =>
  page.locator('canvas[data-chart="radar"]').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++;
    return inked;
  });

const radarImage = (page: Page) =>
  page
    .locator('canvas[data-chart="radar"]')
    .evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('scores, radar and its table show the same numbers, and the chart follows the language', async ({
  page,
}) => {
  await answerFixture(page);
  await steps(page).getByRole('link', { name: 'Resultados' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Resultados' })).toBeVisible();
  await expect(page.getByText('Madurez global: 3,0 de 5 (50 %), nivel «Definido»')).toBeVisible();
  // Four areas are not rated yet: the overall score says it is provisional.
  await expect(page.getByText(/^Resultado provisional: hay áreas sin valorar/)).toBeVisible();

  const scores = page.getByRole('table', { name: 'Puntuación, nivel y respuestas por área' });
  const row = (area: string) =>
    scores
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: area, exact: true }) });
  await expect(row('Clientes').getByRole('cell')).toHaveText([
    '4,0 · 75 %',
    'Gestionado y medido',
    '6 de 9',
  ]);
  await expect(row('Procesos de servicio').getByRole('cell')).toHaveText([
    '2,0 · 25 %',
    'Ocasional',
    '7 de 9',
  ]);
  await expect(row('Liderazgo y decisiones').getByRole('cell')).toHaveText([
    'Sin responder',
    '0 de 9',
  ]);

  const unfinished = page.getByRole('region', { name: 'Falta por responder' });
  await expect(unfinished.getByRole('link')).toHaveCount(4);
  await expect(unfinished.getByRole('link', { name: /sin responder en «Clientes»$/ })).toHaveCount(
    0,
  );
  await expect(
    unfinished.getByRole('link', { name: '6 afirmaciones sin responder en «Clientes internos»' }),
  ).toBeVisible();

  // The radar's axes carry the areas' full names, as the table does, and their scores.
  const radar = page.getByRole('img', { name: /^Madurez por área, de 1 a 5:/ });
  await expect(radar).toHaveAccessibleName(
    'Madurez por área, de 1 a 5: Clientes 4,0, Clientes internos sin responder, Momentos de la verdad sin responder, Procesos de servicio 2,0, Prácticas de mejora sin responder, Liderazgo y decisiones sin responder.',
  );
  await expect(page.locator('canvas[data-chart="radar"][data-drawn]')).toBeAttached();
  expect(await inkedPixels(page)).toBeGreaterThan(1000);

  const strengths = page.getByRole('region', { name: 'Fortalezas', exact: true });
  await expect(strengths).toContainText('Clientes 4,0 de 5 · Gestionado y medido');
  await expect(strengths.getByRole('listitem').nth(1)).toHaveText(
    'Tenemos descritos por escrito los distintos tipos de clientes que atendemos. (5 de 5)',
  );
  await expect(page.getByRole('region', { name: 'Prioridades', exact: true })).toContainText(
    'Procesos de servicio',
  );
  await expectNoAxeViolations(page);

  const before = await radarImage(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(
    page.getByRole('img', { name: /^Maturity by area, from 1 to 5:/ }),
  ).toHaveAccessibleName(
    'Maturity by area, from 1 to 5: Customers 4.0, Internal customers not answered, Moments of truth not answered, Service processes 2.0, Improvement practices not answered, Leadership and decisions not answered.',
  );
  await expect.poll(() => radarImage(page)).not.toBe(before);
  await expect(
    page
      .getByRole('table', { name: 'Score, level and answers by area' })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Customers', exact: true }) })
      .getByRole('cell'),
  ).toHaveText(['4.0 · 75%', 'Managed and measured', '6 of 9']);
  await expectNoAxeViolations(page);
});

test('with no answers the results say so and draw no chart', async ({ page }) => {
  await createWorkshopEs(page, { organisation: 'Nuevo' });
  await steps(page).getByRole('link', { name: 'Resultados' }).click();
  await expect(page.getByText(/Aún no hay respuestas/)).toBeVisible();
  await expect(page.locator('canvas')).toHaveCount(0);
  await page.getByRole('link', { name: 'Ir a la primera área' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clientes' })).toBeVisible();
});

test('the action plan drafts actions from the weakest statements of the priorities, keeps edits across a reload, and undoes a deletion', async ({
  page,
}) => {
  await answerFixture(page);
  await steps(page).getByRole('link', { name: 'Resultados' }).click();
  const plan = page.getByRole('region', { name: 'Plan de acción' });
  await expect(plan).toContainText('Ninguna acción abierta');
  await plan.getByRole('button', { name: 'Proponer acciones' }).click();
  // The priority is Processes, every statement at 2: its first two statements, "early" next steps.
  await expect(plan.getByRole('status')).toContainText('Se han propuesto 2 acciones');
  const first = plan.getByRole('article', { name: 'Acción 1' });
  // Each action is a compact row (its text, owner, status) until opened to edit.
  await expect(first).toContainText('Sin responsable');
  await expect(first.getByRole('textbox')).toHaveCount(0);
  await first.getByRole('button', { name: 'Editar la acción 1' }).click();
  await plan.getByRole('button', { name: 'Editar la acción 2' }).click();
  await expect(first.getByRole('textbox', { name: 'Acción' })).toHaveValue(
    'Redibujar con dos clientes, paso a paso, un proceso clave tal como lo vive el cliente y marcar los pasos útiles solo para nosotros.',
  );
  await expect(first.getByRole('combobox', { name: 'Sobre' })).toHaveValue(
    'statement:processes.customerSide',
  );
  await expect(
    plan.getByRole('article', { name: 'Acción 2' }).getByRole('combobox', { name: 'Sobre' }),
  ).toHaveValue('statement:processes.oneContact');
  await first.getByRole('textbox', { name: 'Responsable' }).fill('Marta');
  await first.getByRole('combobox', { name: 'Estado' }).selectOption({ label: 'En curso' });

  await plan.getByRole('textbox', { name: 'Acción' }).last().fill('Formar al equipo de recepción');
  await plan.getByRole('button', { name: 'Añadir acción' }).click();
  await expect(plan).toContainText('3 acciones abiertas');
  await expectSaved(page);

  await page.reload();
  const again = page.getByRole('region', { name: 'Plan de acción' });
  await expect(again.getByRole('article', { name: 'Acción 1' })).toContainText('Marta');
  await expect(again.getByRole('article', { name: 'Acción 1' })).toContainText('En curso');
  await again.getByRole('button', { name: 'Editar la acción 1' }).click();
  await again.getByRole('button', { name: 'Editar la acción 3' }).click();
  await expect(
    again.getByRole('article', { name: 'Acción 1' }).getByRole('textbox', { name: 'Responsable' }),
  ).toHaveValue('Marta');
  await expect(
    again.getByRole('article', { name: 'Acción 3' }).getByRole('textbox', { name: 'Acción' }),
  ).toHaveValue('Formar al equipo de recepción');
  await again.getByRole('button', { name: 'Eliminar la acción 1' }).click();
  await expect(again.getByRole('article')).toHaveCount(2);
  await expect(again.getByRole('button', { name: 'Deshacer' })).toBeFocused();
  await again.getByRole('button', { name: 'Deshacer' }).click();
  await expect(again.getByRole('article')).toHaveCount(3);
  await expect(
    again.getByRole('article', { name: 'Acción 1' }).getByRole('textbox', { name: 'Responsable' }),
  ).toHaveValue('Marta');
  await expectNoAxeViolations(page);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the results and the action plan have no axe violations', async ({ page }) => {
    await answerFixture(page);
    await steps(page).getByRole('link', { name: 'Resultados' }).click();
    await page.getByRole('button', { name: 'Proponer acciones' }).click();
    await expect(page.getByRole('article', { name: 'Acción 1' })).toBeVisible();
    await expect(page.locator('canvas[data-chart="radar"][data-drawn]')).toBeAttached();
    await expectNoAxeViolations(page);
  });
});

/** Whether the whole of `box` lies inside the first screen of a `width`×`height` window. */
function withinFirstScreen(
  box: { x: number; y: number; width: number; height: number } | null,
  { width, height }: { width: number; height: number },
): boolean {
  return (
    !!box && box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height
  );
}

for (const [language, names] of [
  [
    'es',
    {
      results: 'Resultados',
      table: 'Puntuación, nivel y respuestas por área',
      radar: /^Madurez por área/,
      overall: /^Madurez global:/,
      english: false,
    },
  ],
  [
    'en',
    {
      results: 'Results',
      table: 'Score, level and answers by area',
      radar: /^Maturity by area/,
      overall: /^Overall maturity:/,
      english: true,
    },
  ],
] as const) {
  test(`the first screen of the results is a slide at 1366×768 (${language})`, async ({ page }) => {
    await answerFixture(page);
    if (names.english) await page.getByRole('button', { name: 'English' }).click();
    const viewport = { width: 1366, height: 768 };
    await page.setViewportSize(viewport);
    await page.getByRole('link', { name: names.results, exact: true }).click();
    await expect(page.locator('canvas[data-chart="radar"][data-drawn]')).toBeAttached();
    await page.evaluate(() => window.scrollTo(0, 0));
    const slide = [
      page.getByText(names.overall),
      page.getByRole('img', { name: names.radar }),
      ...(await page.getByRole('table', { name: names.table }).getByRole('row').all()),
    ];
    expect(slide).toHaveLength(2 + 7); // the score, the radar, the header row and six area rows
    for (const part of slide) {
      const box = await part.boundingBox();
      expect(withinFirstScreen(box, viewport), `${String(part)}: ${JSON.stringify(box)}`).toBe(
        true,
      );
    }
    // Nothing of it is covered by the heading kept in view.
    const head = await page.getByRole('heading', { level: 1, name: names.results }).boundingBox();
    expect(head!.y + head!.height).toBeLessThan((await slide[0]!.boundingBox())!.y);
  });
}

test('projected at 1920×1080, the slide is large enough to read from the back of a room', async ({
  page,
}) => {
  await answerFixture(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await steps(page).getByRole('link', { name: 'Resultados' }).click();
  await expect(page.locator('canvas[data-chart="radar"][data-drawn]')).toBeAttached();
  const px = (locator: ReturnType<Page['locator']>) =>
    locator.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  const table = page.getByRole('table', { name: 'Puntuación, nivel y respuestas por área' });
  expect(await px(table.getByRole('cell').first())).toBeGreaterThanOrEqual(20);
  expect(await px(table.getByRole('rowheader').first())).toBeGreaterThanOrEqual(20);
  const radar = await page.getByRole('img', { name: /^Madurez por área/ }).boundingBox();
  expect(radar!.height).toBeGreaterThanOrEqual(500);
  expect(radar!.y + radar!.height).toBeLessThanOrEqual(1080);
});

test('"Export PDF" and "Back up" stay in reach at the end of a long results page', async ({
  page,
}) => {
  await answerFixture(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await steps(page).getByRole('link', { name: 'Resultados' }).click();
  const plan = page.getByRole('region', { name: 'Plan de acción' });
  await plan.getByRole('button', { name: 'Proponer acciones' }).click();
  await expect(plan.getByRole('article', { name: 'Acción 2' })).toBeVisible();
  await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
  const bar = page.getByRole('group', { name: 'Informe y copia de seguridad' });
  await expect(bar).toBeInViewport();
  // One of each on the page, so each name leads to one control.
  await expect(page.getByRole('button', { name: 'Exportar informe PDF' })).toHaveCount(1);
  await expect(bar.getByRole('button', { name: 'Descargar copia de seguridad' })).toBeInViewport();
  await bar.getByRole('button', { name: 'Exportar informe PDF' }).click();
  await expect(page.getByRole('dialog', { name: 'Exportar el informe' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancelar' }).click();

  // On a phone the two buttons sit at the bottom of the screen, over nothing they hide for good.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(bar).toBeInViewport();
  const barBox = (await bar.boundingBox())!;
  expect(barBox.y + barBox.height).toBeCloseTo(844, 0);
  await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
  const footer = (await page.getByRole('contentinfo').boundingBox())!;
  expect(footer.y + footer.height).toBeLessThanOrEqual(barBox.y + 1);
  const downloading = page.waitForEvent('download');
  await bar.getByRole('button', { name: 'Descargar copia de seguridad' }).click();
  expect((await downloading).suggestedFilename()).toMatch(
    /^momentos-hotel-mirador-.*\.momentos\.json$/,
  );
  await expectNoAxeViolations(page);
});

test('the results print on A4 without the app around them', async ({ page }) => {
  await answerFixture(page);
  await steps(page).getByRole('link', { name: 'Resultados' }).click();
  await expect(page.locator('canvas[data-chart="radar"][data-drawn]')).toBeAttached();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(steps(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Exportar informe PDF' })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Resultados' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Puntuación, nivel y respuestas por área' }),
  ).toBeVisible();

  // The browser's own print to PDF, on A4: the results, none of the chrome.
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const path = test.info().outputPath('results-print.pdf');
  writeFileSync(path, pdf);
  const info = execFileSync('pdfinfo', [path]).toString('utf8');
  expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-']).toString('utf8');
  expect(text).toContain('Madurez global');
  expect(text).toContain('Procesos de servicio');
  expect(text).not.toContain('Pasos del taller');
  expect(text).not.toContain('Exportar informe PDF');
  expect(text).not.toContain('Añadir acción');
});

// Presenter mode (the projector), on the built app as a facilitator uses it: entered from an area,
// answered with the number keys alone, moved with the arrows and a clicker's PageDown, timed, shown
// full screen, left with Esc; the answers are in the normal view and survive a reload. In Spanish
// and in English, with axe at 1920×1080 and on a 360 px phone.
import { expect, test, type Page } from '@playwright/test';
import { createWorkshopEs, expectNoAxeViolations, expectSaved } from './support';

const TEXTS = {
  es: {
    start: 'Empezar por Clientes',
    present: 'Presentar esta área',
    presentResults: 'Presentar los resultados',
    exit: 'Salir de la presentación',
    prompt: (n: number, area = 'Clientes') => new RegExp(`^Pregunta ${n} de 3 · ${area}`),
    statement: (n: number, area = 'Clientes') => new RegExp(`^Afirmación ${n} de 6 · ${area}`),
    firstPrompt: /¿Quiénes son nuestros clientes/,
    reflection: 'Familias, pymes y quien solo pide información',
    tiles: {
      4: '4 Gestionado y medido',
      dontKnow: 'No lo sabemos',
      na: 'No se aplica a nuestro caso',
    },
    areaHeading: 'Clientes',
    timer: 'Tiempo en esta área',
    startTimer: 'Iniciar el cronómetro',
    pauseTimer: 'Pausar el cronómetro',
    resumeTimer: 'Reanudar el cronómetro',
    resetTimer: 'Poner el cronómetro a cero',
    over: 'Más de 15 minutos',
    fullscreen: 'Pantalla completa',
    results: 'Resultados',
    export: 'Exportar informe PDF',
    steps: 'Pasos del taller',
  },
  en: {
    start: 'Start with Customers',
    present: 'Present this area',
    presentResults: 'Present the results',
    exit: 'Exit presenter mode',
    prompt: (n: number, area = 'Customers') => new RegExp(`^Question ${n} of 3 · ${area}`),
    statement: (n: number, area = 'Customers') => new RegExp(`^Statement ${n} of 6 · ${area}`),
    firstPrompt: /Who are our customers/,
    reflection: 'Families, small firms and people who only ask',
    tiles: { 4: '4 Managed and measured', dontKnow: 'We don’t know', na: 'Does not apply to us' },
    areaHeading: 'Customers',
    timer: 'Time on this area',
    startTimer: 'Start the timer',
    pauseTimer: 'Pause the timer',
    resumeTimer: 'Resume the timer',
    resetTimer: 'Reset the timer',
    over: 'Over 15 minutes',
    fullscreen: 'Full screen',
    results: 'Results',
    export: 'Export workshop report (PDF)',
    steps: 'Workshop steps',
  },
} as const;

async function openCustomers(page: Page, language: 'es' | 'en', organisation: string) {
  await createWorkshopEs(page, { organisation });
  if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await page.getByRole('link', { name: TEXTS[language].start }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: TEXTS[language].areaHeading }),
  ).toBeFocused();
}

const item = (page: Page) => page.getByRole('heading', { level: 1 });
const tile = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

for (const language of ['es', 'en'] as const) {
  const t = TEXTS[language];

  test(`a facilitator presents an area with the keyboard, times it and leaves with Esc; the answers are saved (${language})`, async ({
    page,
  }) => {
    await page.clock.install();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openCustomers(page, language, `Hotel Proyector ${language}`);

    await page.getByRole('link', { name: t.present }).click();
    await expect(page).toHaveURL(/#\/w\/[^/]+\/present\/customers$/);
    await expect(item(page)).toHaveAccessibleName(t.prompt(1));
    await expect(item(page)).toBeFocused();
    // The app's header is gone; the way out, the save status and the timer are there.
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('link', { name: t.exit })).toBeVisible();
    await expect(page.getByRole('timer', { name: t.timer })).toHaveText('00:00');

    // A prompt: the team's answer in a large box, saved as it is typed; digits typed stay text.
    const answer = page.getByRole('textbox', { name: t.firstPrompt });
    await answer.fill(t.reflection);
    await answer.press('Escape');
    await expect(item(page)).toBeFocused();
    await expectSaved(page, language);

    // The timer keeps running from item to item of the area.
    await page.getByRole('button', { name: t.startTimer }).click();
    await page.clock.fastForward('02:05');
    await expect(page.getByRole('timer', { name: t.timer })).toHaveText('02:05');

    await page.keyboard.press('ArrowRight');
    await expect(item(page)).toHaveAccessibleName(t.prompt(2));
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(item(page)).toHaveAccessibleName(t.statement(1));
    await expect(item(page)).toBeFocused();
    // Large type on a projector: the statement and its evidence line are at least 28 px.
    for (const part of [item(page), page.locator('#presenter-evidence')]) {
      const size = await part.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(size).toBeGreaterThanOrEqual(28);
    }

    await page.keyboard.press('4');
    await expect(tile(page, t.tiles[4])).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(item(page)).toHaveAccessibleName(t.statement(2));
    await page.keyboard.press('0');
    await expect(tile(page, t.tiles.dontKnow)).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('PageDown');
    await expect(item(page)).toHaveAccessibleName(t.statement(3));
    await page.keyboard.press('n');
    await expect(tile(page, t.tiles.na)).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(item(page)).toHaveAccessibleName(t.statement(2));
    await expect(tile(page, t.tiles.dontKnow)).toHaveAttribute('aria-pressed', 'true');
    await expectSaved(page, language);

    const timer = page.getByRole('timer', { name: t.timer });
    await expect(timer).toHaveText(/^02:0\d$/);
    await page.getByRole('button', { name: t.pauseTimer }).click();
    const paused = await timer.textContent();
    await page.clock.fastForward('05:00');
    await expect(timer).toHaveText(paused ?? '');
    await page.getByRole('button', { name: t.resumeTimer }).click();
    await expect(page.getByText(t.over)).toHaveCount(0);
    await page.clock.fastForward('13:00');
    await expect(timer).toHaveText(/^15:\d\d$/);
    await expect(page.getByText(t.over)).toBeVisible();
    await page.getByRole('button', { name: t.resetTimer }).click();
    await expect(timer).toHaveText('00:00');
    await expect(page.getByRole('button', { name: t.startTimer })).toBeVisible();
    await expect(page.getByText(t.over)).toHaveCount(0);

    // Full screen where the browser offers it (the button is not shown where it does not).
    const fullscreen = page.getByRole('button', { name: t.fullscreen });
    if (await page.evaluate(() => document.fullscreenEnabled)) {
      await fullscreen.click();
      await expect(fullscreen).toHaveAttribute('aria-pressed', 'true');
      expect(await page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
      await fullscreen.click();
      await expect(fullscreen).toHaveAttribute('aria-pressed', 'false');
    } else {
      await expect(fullscreen).toHaveCount(0);
    }

    await item(page).focus();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/#\/w\/[^/]+\/area\/customers$/);
    await expect(page.getByRole('heading', { level: 1, name: t.areaHeading })).toBeVisible();

    const expectAnswers = async () => {
      await expect(page.getByRole('textbox', { name: t.firstPrompt })).toHaveValue(t.reflection);
      const groups = page.getByRole('radiogroup');
      await expect(groups.nth(0).getByRole('radio', { name: t.tiles[4] })).toBeChecked();
      await expect(groups.nth(1).getByRole('radio', { name: t.tiles.dontKnow })).toBeChecked();
      await expect(groups.nth(2).getByRole('radio', { name: t.tiles.na })).toBeChecked();
      for (let i = 3; i < 6; i++)
        await expect(groups.nth(i).getByRole('radio', { checked: true })).toHaveCount(0);
    };
    await expectAnswers();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: t.areaHeading })).toBeVisible();
    await expectAnswers();
  });

  test(`a clicker moves across areas and on to the results slide, shown without editing controls (${language})`, async ({
    page,
  }) => {
    await openCustomers(page, language, `Clínica Clicker ${language}`);
    await page.getByRole('link', { name: t.present }).click();
    await expect(item(page)).toHaveAccessibleName(t.prompt(1));

    for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
    await page.keyboard.press('5');
    for (let i = 0; i < 5; i++) await page.keyboard.press('PageDown');
    await expect(item(page)).toHaveAccessibleName(t.statement(6));
    // Past an area's last item comes the next area's first, and back.
    await page.keyboard.press('PageDown');
    const internal = language === 'es' ? 'Clientes internos' : 'Internal customers';
    await expect(page).toHaveURL(/\/present\/internal-customers$/);
    await expect(item(page)).toHaveAccessibleName(t.prompt(1, internal));
    await expect(item(page)).toBeFocused();
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(/\/present\/customers$/);
    await expect(item(page)).toHaveAccessibleName(t.statement(6));

    // The results slide in presenter mode: entered from the results, left back to them with Esc.
    await page.getByRole('link', { name: t.exit }).click();
    await page
      .getByRole('navigation', { name: t.steps })
      .getByRole('link', { name: t.results })
      .click();
    await page.getByRole('link', { name: t.presentResults }).click();
    await expect(page).toHaveURL(/\/present\/results$/);
    await expect(page.getByRole('heading', { level: 1, name: t.results })).toBeVisible();
    await expect(page.locator('canvas[data-chart="radar"][data-drawn]')).toBeAttached();
    await expect(page.getByRole('table')).toContainText(t.areaHeading);
    await expect(page.getByRole('button', { name: t.export })).toHaveCount(0);
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/\/present\/leadership$/);
    // The last area's last item is on screen (not only in the address) before the clicker moves on.
    await expect(item(page)).toHaveAccessibleName(/ · (Liderazgo|Leadership)/);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\/present\/results$/);
    // The slide is on screen (not only in the address) before Esc leaves it.
    await expect(page.locator('canvas[data-chart="radar"][data-drawn]')).toBeAttached();
    await expect(page.getByRole('table')).toContainText(t.areaHeading);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/#\/w\/[^/]+\/results$/);
    await expect(page.getByRole('button', { name: t.export })).toBeVisible();
  });

  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 360, height: 740 },
  ])
    test(`presenter mode has no axe violations at ${viewport.width}×${viewport.height} (${language})`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await openCustomers(page, language, `Museo Axe ${language}`);
      await page.getByRole('link', { name: t.present }).click();
      await expect(item(page)).toHaveAccessibleName(t.prompt(1));
      await page.getByRole('textbox', { name: t.firstPrompt }).fill(t.reflection);
      await expectNoAxeViolations(page);

      await item(page).focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('4');
      await expect(tile(page, t.tiles[4])).toHaveAttribute('aria-pressed', 'true');
      await page.getByRole('button', { name: t.startTimer }).click();
      await expectNoAxeViolations(page);

      await page.goto(page.url().replace(/present\/customers$/, 'present/results'));
      await expect(page.locator('canvas[data-chart="radar"][data-drawn]')).toBeAttached();
      await expectNoAxeViolations(page);
    });
}

test('every control of presenter mode is reached with Tab, and keys typed in the answer box stay text', async ({
  page,
}) => {
  await openCustomers(page, 'es', 'Teatro Tabulador');
  await page.getByRole('link', { name: TEXTS.es.present }).click();
  await expect(item(page)).toBeFocused();
  const reached = new Set<string>();
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    reached.add(
      await page.evaluate(() => {
        const el = document.activeElement;
        return el?.tagName === 'TEXTAREA' ? 'the answer box' : (el?.textContent ?? '').trim();
      }),
    );
  }
  for (const control of [
    'Iniciar el cronómetro',
    'Poner el cronómetro a cero',
    'Salir de la presentación',
    'the answer box',
    'Siguiente →',
  ])
    expect([...reached]).toContain(control);

  const answer = page.getByRole('textbox', { name: TEXTS.es.firstPrompt });
  await answer.click();
  await page.keyboard.type('3 hoteles y 5 agencias, N');
  await page.keyboard.press('ArrowLeft');
  await expect(answer).toHaveValue('3 hoteles y 5 agencias, N');
  await expect(item(page)).toHaveAccessibleName(TEXTS.es.prompt(1));
});

// Light and dark: the device's setting by default, a choice in the header that this device remembers,
// and every screen readable in both (axe, WCAG 2.1 AA contrast included), in Spanish and English.
import { expect, test, type Page } from '@playwright/test';
import { seedWorkshops } from '../../bench/limits-workshop.js';
import { clinicWorkshop, hotelWorkshop, t } from '../fixtures/reference-workshops.js';
import { expectNoAxeViolations } from './support';
import { withTeam } from '../fixtures/team';

const scheme = (page: Page) => page.locator('html').getAttribute('data-theme');

test.describe('on a device set to dark', () => {
  test.use({ colorScheme: 'dark' });

  test('the app is dark from the first paint, and the header choice overrides it until set back', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const button = (mode: string) =>
      page.getByRole('button', { name: t('es', 'app.theme.label', { mode }) });
    await button('Automática').click();
    await expect(button('Clara')).toBeVisible();
    expect(await scheme(page)).toBe('light');
    await page.reload();
    // Remembered on this device, and applied by the boot script before the app starts.
    await expect(button('Clara')).toBeVisible();
    expect(await scheme(page)).toBe('light');
    await button('Clara').click();
    expect(await scheme(page)).toBe('dark');
    await button('Oscura').click();
    await expect(button('Automática')).toBeVisible();
    expect(await scheme(page)).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  for (const [lang, locale, workshop] of [
    ['es', 'es-ES', hotelWorkshop()],
    ['en', 'en-GB', clinicWorkshop()],
  ] as const) {
    test.describe(`in ${lang}`, () => {
      test.use({ locale });
      for (const viewport of [
        { width: 1366, height: 768 },
        { width: 360, height: 740 },
      ]) {
        test(`every screen passes axe in dark, in ${lang} at ${viewport.width} px`, async ({
          page,
          baseURL,
        }) => {
          test.setTimeout(60_000);
          await page.setViewportSize(viewport);
          await seedWorkshops(page, baseURL ?? '', [workshop]);
          await page.goto('./');
          await expect(page.getByRole('article')).toHaveCount(1);
          expect(await scheme(page)).toBe('dark');
          await expectNoAxeViolations(page);
          for (const step of ['intro', 'area/customers', 'area/moments', 'results']) {
            await page.goto(`./#/w/${workshop.id}/${step}`);
            await expect(page.locator('main h1')).toBeVisible();
            if (step === 'results')
              await expect(page.locator('canvas[data-chart="radar"][data-drawn]')).toBeAttached();
            await expectNoAxeViolations(page);
          }
          await page
            .getByRole('group', { name: t(lang, 'results.barLabel') })
            .getByRole('button', { name: t(lang, 'report.export.button') })
            .click();
          await expect(
            page.getByRole('dialog', { name: t(lang, 'report.export.heading') }),
          ).toBeVisible();
          await expectNoAxeViolations(page);
          await page.keyboard.press('Escape');
          // Presenter mode too: an area's first item and the results slide.
          for (const target of ['moments', 'results']) {
            await page.goto(`./#/w/${workshop.id}/present/${target}`);
            await expect(page.locator('#presenter-heading')).toBeVisible();
            if (target === 'results')
              await expect(page.locator('canvas[data-chart="radar"][data-drawn]')).toBeAttached();
            await expectNoAxeViolations(page);
          }
          // Team mode: the facilitator's screen with answers revealed, and the join screen.
          const team = withTeam(workshop, `${workshop.id}-team`, 6, true);
          await seedWorkshops(page, baseURL ?? '', [team]);
          await page.goto(`./#/w/${team.id}/team`);
          await expect(page.locator('canvas[data-chart="team-radar"][data-drawn]')).toBeAttached();
          await expectNoAxeViolations(page);
          await page.goto(
            await page.getByRole('textbox', { name: t(lang, 'team.setup.linkLabel') }).inputValue(),
          );
          await expect(
            page.getByRole('button', { name: t(lang, 'team.join.start') }),
          ).toBeVisible();
          await expectNoAxeViolations(page);
        });
      }
    });
  }
});

// Phones (320 and 360 px wide), in both languages, with a full workshop: no screen or dialog scrolls
// sideways, except the containers built to (marked data-scrolls, like the step bar), and what a
// finger presses is at least 44 × 44 px.
import { expect, test, type Page } from '@playwright/test';
import { seedWorkshops } from '../../bench/limits-workshop.js';
import { clinicWorkshop, hotelWorkshop, t } from '../fixtures/reference-workshops.js';
import { participantCopy, withTeam } from '../fixtures/team';

/** What overflows sideways on the page now: the document, or a clipping or scrolling box that is not meant to scroll. */
function sidewaysOverflow(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      found.push(`the page: ${root.scrollWidth} px in ${root.clientWidth} px`);
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      // Text fields scroll their own value; a 1 px box is text hidden for screen readers only.
      if (element.matches('input, textarea, select') || element.clientWidth <= 1) continue;
      if (element.closest('[data-scrolls]')) continue;
      if (getComputedStyle(element).overflowX === 'visible') continue;
      if (element.scrollWidth > element.clientWidth + 1)
        found.push(
          `<${element.tagName.toLowerCase()} class="${element.className}">: ${element.scrollWidth} px in ${element.clientWidth} px ("${(element.textContent ?? '').trim().slice(0, 40)}")`,
        );
    }
    return found;
  });
}

/** Buttons, fields and choice labels on screen smaller than 44 × 44 px. */
function smallTargets(page: Page, within = 'body') {
  return page.evaluate((scope) => {
    const found: string[] = [];
    const targets = document
      .querySelector(scope)
      ?.querySelectorAll<HTMLElement>(
        'button, select, input:not([type=radio]):not([type=checkbox]), label:has(> input[type=radio]), label:has(> input[type=checkbox])',
      );
    for (const target of targets ?? []) {
      const box = target.getBoundingClientRect();
      if (box.width === 0 || target.closest('[hidden], .visually-hidden')) continue;
      if (box.width < 44 || box.height < 43.5)
        found.push(
          `${target.tagName.toLowerCase()} "${(target.textContent ?? '').trim().slice(0, 30)}": ${Math.round(box.width)} × ${Math.round(box.height)}`,
        );
    }
    return found;
  }, within);
}

async function expectFits(page: Page, within?: string) {
  expect(await sidewaysOverflow(page)).toEqual([]);
  expect(await smallTargets(page, within)).toEqual([]);
}

for (const [lang, locale, workshop] of [
  ['es', 'es-ES', hotelWorkshop()],
  ['en', 'en-GB', clinicWorkshop()],
] as const) {
  for (const width of [320, 360]) {
    test.describe(`${width} px wide, in ${lang}`, () => {
      test.use({ locale, viewport: { width, height: 740 } });

      test('every screen fits the width, and what is pressed is 44 px or more', async ({
        page,
        baseURL,
      }) => {
        test.setTimeout(60_000);
        await seedWorkshops(page, baseURL ?? '', [workshop]);
        await page.goto('./');
        await expect(page.getByRole('article')).toHaveCount(1);
        await expectFits(page);

        const steps = page.getByRole('navigation', { name: t(lang, 'step.stepsLabel') });
        await page.goto(`./#/w/${workshop.id}/intro`);
        await expect(steps).toBeVisible();
        await expectFits(page);
        for (const link of await steps.getByRole('link').all()) {
          await link.click();
          await expect(link).toHaveAttribute('aria-current', 'step');
          // The step bar keeps the step the team is on in view.
          await expect(link).toBeInViewport();
          if (await page.getByRole('radiogroup').count())
            await expect(page.getByRole('radiogroup').first()).toBeVisible();
          await expectFits(page);
        }

        await page.goto(`./#/w/${workshop.id}/area/moments`);
        await page.getByRole('button', { name: t(lang, 'inventory.moments.viewMatrix') }).click();
        const matrix = page.getByRole('table', {
          name: t(lang, 'inventory.moments.matrixCaption'),
        });
        await expect(matrix).toBeVisible();
        await expectFits(page);
        // As cards, a moment lists only the customer types it concerns.
        await expect(
          matrix.getByText(t(lang, 'inventory.moments.notApplicable')).first(),
        ).toBeHidden();

        await page.goto(`./#/w/${workshop.id}/results`);
        await expect(page.locator('canvas[data-chart="radar"][data-drawn]')).toBeAttached();
        await expect(page.locator('canvas[data-chart="gaps"]')).toBeAttached();
        const table = page.getByRole('table', { name: t(lang, 'results.table.caption') });
        await expect(table.getByRole('row')).toHaveCount(7);
        await expectFits(page);

        // Team mode: the facilitator's screen with twelve participants' answers revealed, and the
        // screen a participant sees on opening the setup link.
        const team = withTeam(workshop, `${workshop.id}-team`, 12);
        await seedWorkshops(page, baseURL ?? '', [team]);
        await page.goto(`./#/w/${team.id}/team`);
        await page.getByRole('button', { name: t(lang, 'team.reveal.show') }).click();
        await expect(page.locator('canvas[data-chart="team-radar"][data-drawn]')).toBeAttached();
        await expectFits(page);
        const setupLink = await page
          .getByRole('textbox', { name: t(lang, 'team.setup.linkLabel') })
          .inputValue();
        await page.goto(setupLink);
        await expect(page.getByRole('button', { name: t(lang, 'team.join.start') })).toBeVisible();
        await expectFits(page);
      });

      test('every dialog fits the width, and what is pressed is 44 px or more', async ({
        page,
        baseURL,
      }) => {
        await seedWorkshops(page, baseURL ?? '', [workshop]);
        const [type] = workshop.customerTypes;
        const [moment] = workshop.moments;
        if (!type || !moment) throw new Error('the fixture has customer types and moments');
        /** Opens a dialog with `open`, checks it, and closes it with Escape. */
        const check = async (open: () => Promise<void>, name: string) => {
          await open();
          const dialog = page.getByRole('dialog', { name });
          await expect(dialog).toBeVisible();
          await expectFits(page, 'dialog[open]');
          await page.keyboard.press('Escape');
          await expect(dialog).toBeHidden();
        };

        await page.goto('./');
        const card = page.getByRole('article');
        await check(
          () => card.getByRole('button', { name: t(lang, 'home.list.rename') }).click(),
          t(lang, 'manage.rename.heading'),
        );
        await check(
          () => card.getByRole('button', { name: t(lang, 'home.list.delete') }).click(),
          t(lang, 'manage.delete.heading'),
        );

        await page.goto(`./#/w/${workshop.id}/area/customers`);
        await check(
          () =>
            page
              .getByRole('button', { name: t(lang, 'inventory.types.delete', { name: type.name }) })
              .click(),
          t(lang, 'inventory.types.remove.heading', { name: type.name }),
        );

        await page.goto(`./#/w/${workshop.id}/area/moments`);
        await check(
          () =>
            page
              .getByRole('button', {
                name: t(lang, 'inventory.moments.edit', { name: moment.name }),
              })
              .first()
              .click(),
          t(lang, 'inventory.moments.editHeading'),
        );

        await page.goto(`./#/w/${workshop.id}/results`);
        await check(
          () =>
            page
              .getByRole('group', { name: t(lang, 'results.barLabel') })
              .getByRole('button', { name: t(lang, 'report.export.button') })
              .click(),
          t(lang, 'report.export.heading'),
        );

        // A participant hands back their answers: the link, its QR code and the file.
        const copy = participantCopy(workshop, `${workshop.id}-copy`);
        await seedWorkshops(page, baseURL ?? '', [copy]);
        await page.goto(`./#/w/${copy.id}/intro`);
        await check(
          async () => {
            await page.getByRole('button', { name: t(lang, 'team.handBack.button') }).click();
            await expect(
              page.getByRole('img', { name: t(lang, 'team.handBack.qrLabel') }),
            ).toBeVisible();
          },
          t(lang, 'team.handBack.heading'),
        );
      });
    });
  }
}

for (const viewport of [
  { width: 360, height: 740 },
  { width: 1366, height: 768 },
]) {
  test.describe(`an area step at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('keeps "Previous" and "Next" in reach from its top to its end', async ({
      page,
      baseURL,
    }) => {
      const workshop = hotelWorkshop();
      await seedWorkshops(page, baseURL ?? '', [workshop]);
      await page.goto(`./#/w/${workshop.id}/area/processes`);
      const pager = page.getByRole('navigation', { name: t('es', 'step.pagerLabel') });
      const next = pager.getByRole('link', { name: 'Siguiente: Mejora' });
      await expect(next).toBeInViewport();
      const groups = page.getByRole('radiogroup');
      for (const index of [3, 6]) {
        await groups.nth(index).scrollIntoViewIfNeeded();
        await expect(next).toBeInViewport();
        await expect(pager.getByRole('link', { name: 'Anterior: Momentos' })).toBeInViewport();
        // The bar never covers what was brought into view.
        const [bar, group] = await Promise.all([
          pager.boundingBox(),
          groups.nth(index).boundingBox(),
        ]);
        expect((group?.y ?? 0) + 10).toBeLessThan(bar?.y ?? 0);
      }
      await next.click();
      await expect(
        page.getByRole('heading', { level: 1, name: t('es', 'area.improvement.title') }),
      ).toBeFocused();
    });
  });
}

test.describe('at 1366 px', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the moments matrix shows every customer type without scrolling sideways', async ({
    page,
    baseURL,
  }) => {
    const workshop = hotelWorkshop();
    await seedWorkshops(page, baseURL ?? '', [workshop]);
    await page.goto(`./#/w/${workshop.id}/area/moments`);
    await page.getByRole('button', { name: 'Matriz' }).click();
    const matrix = page.getByRole('region', { name: t('es', 'inventory.moments.matrixCaption') });
    await expect(matrix.getByRole('columnheader')).toHaveCount(workshop.customerTypes.length + 1);
    const fits = await matrix.evaluate((box) => box.scrollWidth <= box.clientWidth);
    expect(fits).toBe(true);
    await expect(matrix.getByRole('columnheader').last()).toBeInViewport();
  });
});

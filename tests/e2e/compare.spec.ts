// A follow-up compared with its baseline, in Spanish and in English, as a user reaches it: from the
// follow-up's results, by role and name. The expected scores and deltas are worked out here from the
// fixture's ratings (tests/fixtures/follow-up-workshops.js), not read from the app.
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { seedWorkshops } from '../../bench/limits-workshop.js';
import { STATEMENT_IDS } from '../../src/domain/bank-versions';
import type { Workshop } from '../../src/domain/workshop';
import { followUpPair, UNKNOWN_AFTER } from '../fixtures/follow-up-workshops.js';
import { hotelWorkshop, t } from '../fixtures/reference-workshops.js';
import { readRecord, storedKeys, workshopIdOf } from './records';
import { expectNoAxeViolations } from './support';

type Lang = 'es' | 'en';
const AREAS = [
  'customers',
  'internal-customers',
  'moments',
  'processes',
  'improvement',
  'leadership',
] as const;

/**
 * An area's score worked out here on its own: the mean of the 1-5 answers to the statements the
 * workshop's bank version asks in that area, half up to one decimal; null when none is rated.
 */
function areaMean(workshop: Workshop, area: (typeof AREAS)[number]): number | null {
  const version = workshop.bank.version === 1 ? 1 : 2;
  const values = STATEMENT_IDS[version][area]
    .map((local) => workshop.ratings[`${area}.${local}`])
    .filter((r): r is 1 | 2 | 3 | 4 | 5 => typeof r === 'number');
  if (values.length === 0) return null;
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return Math.round(Math.round(mean * 1e9) / 1e8) / 10;
}

/** Each area before and after, the delta and its trend with the 0.25 threshold. */
function expectedAreas(baseline: Workshop, followUp: Workshop) {
  return AREAS.map((area) => {
    const before = areaMean(baseline, area);
    const after = areaMean(followUp, area);
    const delta = before === null || after === null ? null : Math.round((after - before) * 10) / 10;
    const trend =
      delta === null
        ? 'notComparable'
        : Math.abs(delta) < 0.25
          ? 'same'
          : delta > 0
            ? 'improved'
            : 'declined';
    return { area, before, after, delta, trend };
  });
}

const score = (lang: Lang, value: number) =>
  new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
const signed = (lang: Lang, value: number) =>
  value > 0
    ? `+${score(lang, value)}`
    : value < 0
      ? `\u2212${score(lang, -value)}`
      : score(lang, 0);
const dateOf = (lang: Lang, ymd: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${ymd}T00:00:00Z`),
  );
const areaTitle = (lang: Lang, area: string) => t(lang, `area.${area}.title`);

/** Each area's row as the screen and the report write it. */
function areaRows(lang: Lang, pair: ReturnType<typeof followUpPair>) {
  return expectedAreas(pair.baseline, pair.followUp).map((a) => [
    areaTitle(lang, a.area),
    a.before === null ? t(lang, 'compare.notScored') : score(lang, a.before),
    a.after === null ? t(lang, 'compare.notScored') : score(lang, a.after),
    a.delta === null ? '–' : signed(lang, a.delta),
    t(lang, `compare.trend.${a.trend}`),
  ]);
}

async function openComparison(page: Page, lang: Lang, pair: ReturnType<typeof followUpPair>) {
  await page.goto(`./#/w/${pair.followUp.id}/results`);
  await page.getByRole('link', { name: t(lang, 'compare.seeChanges') }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: t(lang, 'compare.heading') }),
  ).toBeVisible();
  await expect(page.locator('canvas[data-chart="compare-radar"][data-drawn]')).toBeAttached();
}

for (const [lang, locale] of [
  ['es', 'es-ES'],
  ['en', 'en-GB'],
] as const) {
  test.describe(`comparing a follow-up in ${lang}`, () => {
    test.use({ locale });

    test('shows each area before and now with its delta and trend in words, the threshold, the statements, moments and actions', async ({
      page,
      baseURL,
    }) => {
      const pair = followUpPair(lang);
      await seedWorkshops(page, baseURL ?? '', [pair.baseline, pair.followUp]);
      await openComparison(page, lang, pair);
      expect(page.url()).toContain(`#/w/${pair.followUp.id}/compare/${pair.baseline.id}`);

      await expect(
        page.getByText(
          t(lang, 'compare.threshold', {
            threshold: new Intl.NumberFormat(lang, { minimumFractionDigits: 2 }).format(0.25),
          }),
        ),
      ).toBeVisible();
      const table = page.getByRole('table', { name: t(lang, 'compare.areas.caption') });
      const rows = areaRows(lang, pair);
      // Hand-made data: each trend occurs, so the check covers improved, declined and the same.
      const trends = new Set(expectedAreas(pair.baseline, pair.followUp).map((a) => a.trend));
      expect(trends).toContain('improved');
      expect(trends).toContain('declined');
      for (const [name, ...cells] of rows) {
        const row = table
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name, exact: true }) });
        await expect(row.getByRole('rowheader')).toHaveText(name ?? '');
        await expect(row.getByRole('cell')).toHaveText(cells);
      }

      // The radar's text alternative gives every area's two scores.
      const radar = page.getByRole('img', {
        name: new RegExp(t(lang, 'compare.radar.label', { list: '' })),
      });
      const first = expectedAreas(pair.baseline, pair.followUp)[0];
      await expect(radar).toHaveAccessibleName(
        new RegExp(
          t(lang, 'compare.radar.item', {
            area: areaTitle(lang, 'customers'),
            before: score(lang, first?.before ?? 0),
            after: score(lang, first?.after ?? 0),
          }),
        ),
      );

      // A statement both asked and rated: its delta. The one answered "don't know" now: not compared.
      const customers = page.getByRole('table', {
        name: t(lang, 'compare.statements.caption', { area: areaTitle(lang, 'customers') }),
      });
      const segments = customers.getByRole('row', {
        name: new RegExp(`^${t(lang, 'area.customers.statement.segments')}`),
      });
      const before = pair.baseline.ratings['customers.segments'];
      const after = pair.followUp.ratings['customers.segments'];
      if (typeof before !== 'number' || typeof after !== 'number') throw new Error('fixture');
      // Statements move by whole levels: their change has no decimals.
      const step = after - before;
      await expect(segments.getByRole('cell').last()).toHaveText(
        step > 0 ? `+${step}` : step < 0 ? `\u2212${-step}` : '0',
      );
      expect(step).toBe(1);
      const notComparable = page.getByRole('region', {
        name: t(lang, 'compare.notComparable.heading'),
      });
      const [area = '', local = ''] = UNKNOWN_AFTER.split('.');
      await expect(
        notComparable
          .getByRole('listitem')
          .filter({ hasText: t(lang, `area.${area}.statement.${local}`) }),
      ).toContainText(t(lang, 'scale.dontKnow.label'));

      // Moments: the first one's gap closed, the second's widened.
      const moments = page.getByRole('table', { name: t(lang, 'compare.moments.caption') });
      const [m1, m2] = pair.followUp.moments;
      await expect(moments.getByRole('row', { name: new RegExp(`^${m1?.name}`) })).toContainText(
        t(lang, 'compare.moments.changes.closed'),
      );
      await expect(moments.getByRole('row', { name: new RegExp(`^${m2?.name}`) })).toContainText(
        t(lang, 'compare.moments.changes.widened'),
      );

      // The actions open in the baseline and done now.
      const done = pair.followUp.actions.filter(
        (a) =>
          a.status === 'done' &&
          pair.baseline.actions.find((b) => b.id === a.id)?.status !== 'done',
      );
      expect(done).toHaveLength(2);
      const actions = page.getByRole('heading', { name: t(lang, 'compare.actions.sinceBaseline') });
      await expect(actions).toBeVisible();

      if (lang === 'en') {
        // The clinic's baseline used version 1 of the bank: statements only one version asks.
        await expect(
          page.getByRole('heading', { level: 2, name: t(lang, 'compare.onlyInOne.heading') }),
        ).toBeVisible();
        await expect(
          page
            .getByRole('listitem')
            .filter({ hasText: t(lang, 'area.customers.statement.outsideIn') }),
        ).toBeVisible();
      }
      await expectNoAxeViolations(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolations(page);
    });

    test('the PDF includes the comparison when asked', async ({ page, baseURL }) => {
      const pair = followUpPair(lang);
      await seedWorkshops(page, baseURL ?? '', [pair.baseline, pair.followUp]);
      await page.goto(`./#/w/${pair.followUp.id}/results`);
      await expect(page.locator('canvas[data-chart="radar"][data-drawn]')).toBeAttached();
      const bar = page.getByRole('group', { name: t(lang, 'results.barLabel') });
      await bar.getByRole('button', { name: t(lang, 'report.export.button') }).click();
      const dialog = page.getByRole('dialog', { name: t(lang, 'report.export.heading') });
      const include = dialog.getByRole('checkbox', {
        name: t(lang, 'compare.pdf.include', {
          title: pair.baseline.title,
          date: dateOf(lang, pair.baseline.meta.date),
        }),
      });
      await expect(include).toBeEnabled();
      await expect(include).not.toBeChecked();
      await include.check();
      await expectNoAxeViolations(page);
      const downloading = page.waitForEvent('download');
      await dialog.getByRole('button', { name: t(lang, 'report.export.create') }).click();
      const path = await (await downloading).path();
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', path, '-']).toString(
        'utf8',
      );
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain(
        t(lang, 'compare.report.heading', {
          title: pair.baseline.title,
          date: dateOf(lang, pair.baseline.meta.date),
        }).replace(/\s+/g, ' '),
      );
      // Every area's row: name, before, now, change and trend, in that order on one line.
      for (const row of areaRows(lang, pair))
        expect(text).toMatch(
          new RegExp(row.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')),
        );
      expect(flat).toContain(t(lang, 'compare.moments.changes.closed'));
      expect(flat).toContain(t(lang, 'compare.moments.changes.widened'));
      expect(flat).toContain(t(lang, 'compare.actions.sinceBaseline'));
      expect(flat).toContain(t(lang, 'compare.report.improved'));
      expect(flat).toContain(t(lang, 'compare.report.declined'));
    });
  });
}

test.describe('starting a follow-up', () => {
  test.use({ locale: 'es-ES' });

  test('copies the setup without ratings and with the open actions, dated today, linked to the baseline', async ({
    page,
    baseURL,
  }) => {
    const hotel = hotelWorkshop();
    await seedWorkshops(page, baseURL ?? '', [hotel]);
    await page.goto(`./#/w/${hotel.id}/results`);
    await page.getByRole('button', { name: t('es', 'compare.start.button') }).click();
    const dialog = page.getByRole('dialog', { name: t('es', 'compare.start.heading') });
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: t('es', 'compare.start.confirm') }).click();
    await expect(page).toHaveURL(/#\/w\/[^/]+\/intro$/);
    const id = workshopIdOf(page);
    expect(id).not.toBe(hotel.id);
    expect(await storedKeys(page)).toHaveLength(2);
    const stored = (await readRecord(page, id))?.data;
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expect(stored?.meta).toEqual({ ...hotel.meta, date: today });
    expect(stored?.ratings).toEqual({});
    expect(stored?.prompts).toEqual({});
    expect(stored?.customerTypes).toEqual(hotel.customerTypes);
    expect(stored?.moments).toEqual(
      hotel.moments.map((m) => ({
        ...m,
        importance: null,
        expectation: null,
        promise: null,
        delivered: null,
      })),
    );
    expect(stored?.actions).toEqual(hotel.actions.filter((a) => a.status !== 'done'));
    expect(stored?.followUpOf).toEqual({ id: hotel.id, title: hotel.title, date: hotel.meta.date });

    // The new workshop's comparison picks its baseline first; nothing is rated yet, so every
    // area cannot be compared.
    await page.goto(`./#/w/${id}/compare`);
    const choice = page.getByRole('radio', { name: new RegExp(hotel.title) });
    await expect(choice).toBeChecked();
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: t('es', 'compare.pick.submit') }).press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/w/${id}/compare/${hotel.id}$`));
    await expect(
      page
        .getByRole('table', { name: t('es', 'compare.areas.caption') })
        .getByRole('row')
        .filter({
          has: page.getByRole('rowheader', { name: areaTitle('es', 'customers'), exact: true }),
        }),
    ).toContainText(t('es', 'compare.trend.notComparable'));
    await expectNoAxeViolations(page);
  });
});

test.describe('on a phone', () => {
  test.use({ locale: 'en-GB', viewport: { width: 320, height: 640 } });

  test('the comparison fits 320 px without sideways scrolling', async ({ page, baseURL }) => {
    const pair = followUpPair('en');
    await seedWorkshops(page, baseURL ?? '', [pair.baseline, pair.followUp]);
    await openComparison(page, 'en', pair);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});

test.describe('the baseline from a backup file', () => {
  test.use({ locale: 'en-GB' });

  test('is restored on this device, then compared; a broken file changes nothing', async ({
    page,
    baseURL,
  }) => {
    const pair = followUpPair('en');
    // Only the follow-up is on this device; the baseline travels as a backup file.
    await seedWorkshops(page, baseURL ?? '', [pair.followUp]);
    await page.goto(`./#/w/${pair.followUp.id}/compare`);
    await expect(
      page.getByText(
        t('en', 'compare.pick.none', { organisation: pair.followUp.meta.organisation }),
      ),
    ).toBeVisible();
    const restore = page.getByRole('button', { name: t('en', 'data.restore.button') });

    const chooser = page.waitForEvent('filechooser');
    await restore.click();
    await (
      await chooser
    ).setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{') });
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await storedKeys(page)).toHaveLength(1);

    const backup = {
      app: 'momentos',
      kind: 'backup',
      schemaVersion: 5,
      exportedAt: '2026-12-01T10:00:00.000Z',
      bank: { id: 'momentos-cx', version: 2 },
      workshops: [pair.baseline],
    };
    const again = page.waitForEvent('filechooser');
    await restore.click();
    await (
      await again
    ).setFiles({
      name: 'baseline.momentos.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    await expect(page).toHaveURL(
      new RegExp(`#/w/${pair.followUp.id}/compare/${pair.baseline.id}$`),
    );
    expect(await storedKeys(page)).toHaveLength(2);
    const table = page.getByRole('table', { name: t('en', 'compare.areas.caption') });
    for (const [name, ...cells] of areaRows('en', pair))
      await expect(
        table
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name, exact: true }) })
          .getByRole('cell'),
      ).toHaveText(cells);
    await expectNoAxeViolations(page);
  });
});

test.describe('on a laptop', () => {
  test.use({ locale: 'es-ES', viewport: { width: 1366, height: 768 } });

  test('the comparison at 1366×768: no sideways scrolling, every table within the page', async ({
    page,
    baseURL,
  }) => {
    const pair = followUpPair('es');
    await seedWorkshops(page, baseURL ?? '', [pair.baseline, pair.followUp]);
    await openComparison(page, 'es', pair);
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    for (const table of await page.getByRole('table').all()) {
      const box = await table.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 1366).toBe(true);
    }
  });
});

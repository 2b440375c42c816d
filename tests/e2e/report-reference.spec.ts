// The report of a full, realistic workshop (every statement rated, five customer types, eight
// moments, eight actions), exported in Spanish and in English as a user does, read with pdftotext.
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { seedWorkshops } from '../../bench/limits-workshop.js';
import { clinicWorkshop, hotelWorkshop, t } from '../fixtures/reference-workshops.js';

/**
 * Pages of these reports. Before issue 14 (472bfab: the same bank and workshops, each area starting
 * a page, no score table, gap chart or method page) both had 13; measured 2026-12-02.
 */
const PAGES = { es: 12, en: 11 };

const pdfText = (path: string, page?: number) =>
  execFileSync('pdftotext', [
    '-enc',
    'UTF-8',
    ...(page ? ['-f', String(page), '-l', String(page)] : []),
    path,
    '-',
  ]).toString('utf8');

const pagesOf = (path: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path]).toString('utf8'))?.[1]);

/** Whitespace-insensitive, as pdftotext breaks lines where the layout wraps them. */
const loose = (text: string) =>
  new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));

async function exportReport(page: Page, lang: 'es' | 'en') {
  const bar = page.getByRole('group', { name: t(lang, 'results.barLabel') });
  await bar.getByRole('button', { name: t(lang, 'report.export.button') }).click();
  const dialog = page.getByRole('dialog', { name: t(lang, 'report.export.heading') });
  await expect(dialog.getByRole('radio', { name: t(lang, `lang.${lang}`) })).toBeChecked();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: t(lang, 'report.export.create') }).click();
  return (await downloading).path();
}

for (const [lang, locale, workshop] of [
  ['es', 'es-ES', hotelWorkshop()],
  ['en', 'en-GB', clinicWorkshop()],
] as const) {
  test.describe(`the report of a full workshop in ${lang}`, () => {
    test.use({ locale });

    test('reads as a deliverable: cover score, summary table, gap chart, method, words not numbers', async ({
      page,
      baseURL,
    }) => {
      await seedWorkshops(page, baseURL ?? '', [workshop]);
      await page.goto(`./#/w/${workshop.id}/results`);
      await expect(page.locator('canvas[data-chart="radar"][data-drawn]')).toBeAttached();
      const path = await exportReport(page, lang);

      // The cover: the organisation and the overall score and level, the bank in words.
      const cover = pdfText(path, 1);
      expect(cover).toContain(workshop.meta.organisation);
      expect(cover).toMatch(
        lang === 'es'
          ? /Madurez global: \d,\d de 5 \(\d+\s%\), nivel «[^»]+»/
          : /Overall maturity: \d\.\d of 5 \(\d+%\), level “[^”]+”/,
      );
      expect(cover).toContain(t(lang, 'report.bankName.v2'));
      expect(cover).not.toContain('momentos-cx');

      // One page of summary: the six areas' rows, the gap chart's values, the open actions.
      const summary = pdfText(path, 2);
      expect(summary).toContain(t(lang, 'report.summaryHeading'));
      const areaIds = new Set(Object.keys(workshop.ratings).map((id) => id.split('.')[0]));
      expect(areaIds.size).toBe(6);
      for (const id of areaIds)
        expect(summary).toMatch(
          new RegExp(
            `${t(lang, `area.${id}.title`).replace(/\s+/g, '\\s+')}\\s+\\d[,.]\\d · \\d+\\s?%`,
          ),
        );
      expect(summary).toMatch(
        lang === 'es' ? /brecha \d · criticidad \d+/ : /gap \d · criticality \d+/,
      );
      expect(summary).toMatch(
        lang === 'es' ? /acciones? abiertas? en el plan/ : /open actions? in the plan/,
      );

      const text = pdfText(path);
      // The moments map in words: no bare "n / n / n".
      expect(text).not.toMatch(/\b[1-5]\s*\/\s*[1-5]\s*\/\s*[1-5]\b/);
      expect(text).toMatch(loose(`${t(lang, 'inventory.moments.importance')}:`));
      for (const moment of workshop.moments) expect(text).toMatch(loose(moment.name));
      // The method page, with the next review six months after the workshop.
      expect(text).toContain(t(lang, 'report.method.heading'));
      expect(text).toMatch(
        lang === 'es'
          ? /Próxima revisión sugerida: \d+ de \w+ de \d{4}/
          : /Suggested next review: [^\n]*\d{4}/,
      );
      expect(pagesOf(path)).toBeLessThanOrEqual(PAGES[lang]);
    });
  });
}

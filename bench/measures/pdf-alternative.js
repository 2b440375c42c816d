// Side by side with a survey library: the same questions and answers as the pdf measure (every
// statement rated, every prompt and comment written, 20 moments, 10 actions) exported to PDF by
// SurveyJS (survey-core + survey-pdf, its PDF add-on, also built on jsPDF), and by Momentos, in
// turns, in the same browser, each with a cold HTTP cache, from the click on "Crear PDF" to the
// download. SurveyJS loads all its code with the page, as a survey app does; Momentos fetches
// jsPDF and the font while the results are on screen (PERSON_DWELL_MS, as in pdf.js).
// pdfAlternativeMs, pdfOursMs: each run's times; pdfSpeedup: the alternative's time over ours.
// survey-pdf is under a commercial licence that allows evaluation: it is not a dependency of the
// project and is never shipped. Install it yourself to run this measure:
//   npm install --prefix bench/alternative
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'rolldown';
import es from '../../locales/es.json' with { type: 'json' };
import { startStaticServer } from '../../scripts/static-server.js';
import {
  PERSON_DWELL_MS,
  answerEverything,
  instrumentPdfExport,
  newContext,
  seededWorkshop,
  timePdfExport,
} from '../lib.js';

const ALTERNATIVE = fileURLToPath(new URL('../alternative/', import.meta.url));
const MOMENTS = 20;
const ACTIONS = 10;
/** What answerEverything types in every text box. */
const ANSWER = 'Respuesta del equipo: “clientes” ¿Qué…? 15 €';

/** The bank's latest version as a survey, with the answers answerEverything gives. */
function surveyOf() {
  /** @type {Record<string, unknown>} */
  const data = {};
  /** @type {{ name: string; title: string; elements: object[] }[]} */
  const pages = Object.entries(es.area).map(([areaId, area]) => {
    const prompts = Object.entries(area.prompt).map(([key, prompt]) => {
      data[`${areaId}.${key}`] = ANSWER;
      return { type: 'comment', name: `${areaId}.${key}`, title: prompt.text };
    });
    // The latest version's statements are the ones with an evidence line.
    const statements = Object.keys(area.evidence).map((key, i) => {
      const name = `${areaId}.${key}`;
      data[name] = (i % 5) + 1;
      data[`${name}-Comment`] = ANSWER;
      return {
        type: 'rating',
        name,
        title: area.statement[/** @type {keyof typeof area.statement} */ (key)],
        rateMin: 1,
        rateMax: 5,
        showCommentArea: true,
      };
    });
    return { name: areaId, title: area.title, elements: [...prompts, ...statements] };
  });
  const m = es.inventory.moments;
  const rating = (/** @type {string} */ name, /** @type {string} */ title) => ({
    type: 'rating',
    name,
    title,
    rateMin: 1,
    rateMax: 5,
  });
  pages.push({
    name: 'moments',
    title: es.area.moments.title,
    elements: [
      {
        type: 'paneldynamic',
        name: 'moments',
        title: m.heading,
        templateElements: [
          { type: 'text', name: 'name', title: m.name },
          rating('importance', m.expectation),
          rating('promise', m.promise),
          rating('delivered', m.delivered),
          { type: 'text', name: 'owner', title: m.owner },
          { type: 'comment', name: 'note', title: m.note },
        ],
      },
    ],
  });
  data.moments = Array.from({ length: MOMENTS }, (_, i) => ({
    name: `Momento ${i + 1}`,
    importance: (i % 5) + 1,
    delivered: ((i + 2) % 5) + 1,
  }));
  pages.push({
    name: 'actions',
    title: es.results.actions.heading,
    elements: [
      {
        type: 'paneldynamic',
        name: 'actions',
        title: es.results.actions.heading,
        templateElements: [{ type: 'text', name: 'action', title: es.results.actions.text }],
      },
    ],
  });
  data.actions = Array.from({ length: ACTIONS }, (_, i) => ({
    action: `Acción ${i + 1} del plan`,
  }));
  return { json: { title: 'Banco de pruebas', pages }, data };
}

/**
 * The alternative's page count, as pdfinfo (poppler-utils) reads it, to show the file is the whole survey.
 * @param {string} path
 */
async function pagesOf(path) {
  try {
    const { stdout } = await promisify(execFile)('pdfinfo', [path]);
    return `the survey library's PDF has ${/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? '?'} pages`;
  } catch {
    return 'pdfinfo (poppler-utils) is missing: the page count of the survey library PDF is unknown';
  }
}

/** Bundles the alternative's page into a temporary folder. */
async function buildAlternative() {
  const folder = join(os.tmpdir(), 'momentos-bench-alternative');
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await build({
    input: join(ALTERNATIVE, 'entry.js'),
    platform: 'browser',
    logLevel: 'silent',
    output: { dir: folder, entryFileNames: 'alternative.js', format: 'esm', minify: true },
  });
  const survey = JSON.stringify(surveyOf()).replaceAll('<', '\\u003c');
  await writeFile(
    join(folder, 'index.html'),
    `<!doctype html><html lang="es"><meta charset="utf-8"><title>SurveyJS</title>` +
      `<script>window.__survey = ${survey};</script>` +
      `<script type="module" src="alternative.js"></script></html>`,
  );
  return folder;
}

/** @type {import('./index.js').Measure} */
export default {
  id: 'pdfAlternative',
  title: 'PDF export beside a survey library',
  async run({ browser, baseUrl, runs }) {
    /** @type {Record<string, number[]>} */
    const samples = { pdfAlternativeMs: [], pdfOursMs: [], pdfSpeedup: [] };
    /** @type {string[]} */
    const notes = [];
    if (!existsSync(join(ALTERNATIVE, 'node_modules', 'survey-pdf')))
      return {
        samples: {},
        notes: ['pdfAlternative: skipped; run `npm install --prefix bench/alternative` first'],
      };
    const site = await startStaticServer({ root: await buildAlternative(), port: 4518 });
    const { storageState, areaUrl } = await seededWorkshop(browser, baseUrl, (page) =>
      answerEverything(page, MOMENTS, ACTIONS),
    );
    const resultsUrl = areaUrl.replace(/\/area\/[^/]+$/, '/results');
    try {
      for (let i = 0; i < runs; i++) {
        let context = await newContext(browser);
        let page = await context.newPage();
        await page.addInitScript(instrumentPdfExport);
        await page.goto(site.url);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(PERSON_DWELL_MS);
        const downloading = page.waitForEvent('download');
        await page.getByRole('button', { name: 'Crear PDF' }).click();
        const download = await downloading;
        if (i === 0) notes.push(`pdfAlternative: ${await pagesOf(await download.path())}`);
        const alternative = await page.evaluate(() => {
          const { click, download } =
            /** @type {{ __bench: { click: number; download: number } }} */ (
              /** @type {unknown} */ (window)
            ).__bench;
          return download - click;
        });
        await context.close();

        context = await newContext(browser, { storageState });
        page = await context.newPage();
        await page.addInitScript(instrumentPdfExport);
        await page.goto(resultsUrl);
        await page.locator('canvas[data-chart="radar"][data-drawn]').waitFor({ state: 'attached' });
        const { ms: ours } = await timePdfExport(page, { dwellMs: PERSON_DWELL_MS });
        await context.close();

        samples.pdfAlternativeMs?.push(alternative);
        samples.pdfOursMs?.push(ours);
        samples.pdfSpeedup?.push(alternative / ours);
      }
    } finally {
      await site.close();
    }
    return { samples, notes };
  },
};

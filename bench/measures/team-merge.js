// Team mode's merge (issue 16) in the built app: a facilitator's workshop open for individual answers,
// its results already revealed, takes in 100 participants' answer files picked at once. teamMergeMs:
// from the file input's change event until the list of participants shows all 100 and the team's
// results say "100 participantes" (each file read and checked by the one reader, the statistics
// computed and drawn). Each participant answered every statement of the bank (answers spread 1-5,
// "we don't know" and "does not apply" among them), wrote 3 short comments and rated 2 moments.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { newContext } from '../lib.js';
import { limitsWorkshop, seedWorkshops } from '../limits-workshop.js';

const PARTICIPANTS = 100;
const CODE = 'K7MQ2X';

/** The facilitator's workshop: the bank's statements from the limits workshop, nothing answered. */
function teamWorkshop() {
  const workshop = limitsWorkshop('bench-team', { blank: true });
  return {
    ...workshop,
    ratings: {},
    team: {
      setup: {
        code: CODE,
        organisation: workshop.meta.organisation,
        bank: workshop.bank,
        namesRequired: false,
      },
      revealed: true,
      participants: [],
    },
  };
}

/**
 * One participant's answer file, as the app writes it (src/persistence/participant-file.ts).
 * @param {string[]} statements
 * @param {number} n
 */
function answerFile(statements, n) {
  const kinds = [1, 2, 3, 4, 5, 'dontKnow', 'notApplicable'];
  const ratings = Object.fromEntries(
    statements.map((id, i) => [id, i % 11 === 10 ? kinds[5 + (n % 2)] : ((i + n * 3) % 5) + 1]),
  );
  const comments = Object.fromEntries(
    statements.slice(0, 3).map((id, i) => [id, `Comentario ${i + 1} de la persona ${n + 1}.`]),
  );
  return JSON.stringify({
    app: 'momentos',
    kind: 'participant',
    schemaVersion: 1,
    exportedAt: new Date().toISOString(),
    answers: {
      participantId: `bench-participant-${n}`,
      name: n % 4 === 3 ? '' : `Participante ${n + 1}`,
      code: CODE,
      bank: { id: 'momentos-cx', version: 2 },
      submittedAt: new Date(Date.UTC(2026, 11, 1, 10, 0, n)).toISOString(),
      ratings,
      comments,
      moments: [
        { name: 'Check-in', importance: 5, expectation: 4, promise: 4, delivered: (n % 5) + 1 },
        { name: 'Factura', importance: 3, expectation: 3, promise: null, delivered: 2 },
      ],
    },
  });
}

/** Installed before the app loads: stamps the files given to the file input. */
function instrumentMerge() {
  const marks = { set: NaN };
  Object.assign(window, { __bench: marks });
  document.addEventListener(
    'change',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file')
        marks.set = performance.now();
    },
    true,
  );
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseUrl
 * @param {string[]} paths
 */
async function mergeOnce(browser, baseUrl, paths) {
  const workshop = teamWorkshop();
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.addInitScript(instrumentMerge);
  await seedWorkshops(page, baseUrl, [workshop]);
  await page.goto(`${baseUrl}#/w/${workshop.id}/team`);
  await page.getByRole('heading', { level: 1, name: 'Respuestas del equipo' }).waitFor();
  await page.waitForLoadState('networkidle');
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Elegir archivos de respuestas' }).click();
  await (await choosing).setFiles(paths);
  const done = await page.waitForFunction(
    (count) => {
      const rows = document.querySelectorAll('#team-participants-caption ~ tbody tr').length;
      const merged = [...document.querySelectorAll('p')].some(
        (p) => p.textContent?.trim() === `${count} participantes en total.`,
      );
      if (rows !== count || !merged) return false;
      const { set } = /** @type {{ __bench: { set: number } }} */ (/** @type {unknown} */ (window))
        .__bench;
      return performance.now() - set;
    },
    PARTICIPANTS,
    { timeout: 30_000, polling: 'raf' },
  );
  const ms = /** @type {number} */ (await done.jsonValue());
  await context.close();
  return ms;
}

/** @type {import('./index.js').Measure} */
export default {
  id: 'teamMerge',
  title: 'Team mode: 100 participants’ answer files merged on the team screen',
  async run({ browser, baseUrl, runs }) {
    const statements = Object.keys(limitsWorkshop('statements').ratings);
    const folder = await mkdtemp(join(os.tmpdir(), 'momentos-team-merge-'));
    /** @type {Record<string, number[]>} */
    const samples = { teamMergeMs: [] };
    let bytes = 0;
    try {
      const paths = [];
      for (let n = 0; n < PARTICIPANTS; n++) {
        const path = join(folder, `participante-${n + 1}.momentos.json`);
        const text = answerFile(statements, n);
        bytes += text.length;
        await writeFile(path, text);
        paths.push(path);
      }
      for (let i = 0; i < runs; i++)
        samples.teamMergeMs?.push(await mergeOnce(browser, baseUrl, paths));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
    return {
      samples,
      notes: [
        `teamMerge: ${PARTICIPANTS} files, ${statements.length} statements each, ${(bytes / 1024).toFixed(0)} kB in all; results revealed while merging`,
      ],
    };
  },
};

// Team mode's link codec (issue 16) in the browser: src/persistence/team-link.ts bundled on its own
// (rolldown, as the app's build would include it), run in a blank Chromium page of a new context.
// teamLinkColdMs: the first encode + decode of one participant's answers in the page (what a
// participant's phone and the facilitator's laptop each do once: the first call starts the
// platform's zlib); teamLinkMs: the median of 20 more; teamLinkChars: the full return link's length
// on the served address, against the link budget (LINK_BUDGET). The answers are typical: every
// statement of the current bank rated, 5 short comments, 5 moments of truth.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { newContext } from '../lib.js';

/**
 * What the bundle sets on the page's global object.
 * @typedef {typeof import('../../src/persistence/team-link.ts') &
 *   Pick<typeof import('../../src/persistence/team-schema.ts'), 'statementIdsOf'> &
 *   Pick<typeof import('../../src/domain/bank-ids.ts'), 'BANK_ID' | 'BANK_VERSION'>} Codec
 */

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const GLOBAL = 'momentosTeamLink';

/** The codec and what the page needs to build answers, as one script that sets window[GLOBAL]. */
export async function bundleCodec() {
  const folder = await mkdtemp(join(os.tmpdir(), 'momentos-team-link-'));
  try {
    const entry = join(folder, 'entry.js');
    await writeFile(
      entry,
      [
        `export * from ${JSON.stringify(join(SRC, 'persistence/team-link.ts'))};`,
        `export { statementIdsOf } from ${JSON.stringify(join(SRC, 'persistence/team-schema.ts'))};`,
        `export { BANK_ID, BANK_VERSION } from ${JSON.stringify(join(SRC, 'domain/bank-ids.ts'))};`,
      ].join('\n'),
    );
    const { output } = await build({
      input: entry,
      platform: 'browser',
      logLevel: 'silent',
      write: false,
      output: { format: 'iife', name: GLOBAL, minify: true },
    });
    const chunk = output.find((o) => o.type === 'chunk');
    if (!chunk) throw new Error('team-link: the bundle has no chunk');
    return chunk.code;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * Runs in the page (or in Node, given the bundle): times encode + decode of typical answers.
 * Self-contained: Playwright sends its source to the page.
 * @param {{ origin: string; global: string; warmRuns: number }} arg
 */
export async function timeCodec({ origin, global, warmRuns }) {
  const lib = /** @type {Codec} */ (/** @type {Record<string, unknown>} */ (globalThis)[global]);
  const ids = lib.statementIdsOf(lib.BANK_VERSION);
  /** @type {Record<string, 1 | 2 | 3 | 4 | 5>} */
  const ratings = {};
  ids.forEach((id, i) => (ratings[id] = /** @type {1 | 2 | 3 | 4 | 5} */ (((i * 7) % 5) + 1)));
  /** @type {Record<string, string>} */
  const comments = {};
  for (let i = 0; i < 5; i++)
    comments[/** @type {string} */ (ids[i * 7])] =
      `Comentario ${i + 1}: en recepción no siempre sabemos a quién derivar la llamada.`;
  /** @type {import('../../src/domain/team.ts').ParticipantAnswers} */
  const answers = {
    participantId: 'Xq3v_9Lk2mPz8RtW',
    name: 'Ana Belén Rodríguez',
    code: 'K7MQ2X',
    bank: { id: lib.BANK_ID, version: lib.BANK_VERSION },
    submittedAt: new Date().toISOString(),
    ratings,
    comments,
    moments: Array.from({ length: 5 }, (_, i) => ({
      name: `Momento ${i + 1}: la primera llamada del cliente`,
      importance: 5,
      expectation: 4,
      promise: 4,
      delivered: 2,
    })),
  };
  const once = async () => {
    const started = performance.now();
    const payload = await lib.encodeAnswers(answers);
    const read = await lib.decodeAnswers(payload);
    const ms = performance.now() - started;
    if (!read.ok) throw new Error(`team-link: the link did not read back: ${JSON.stringify(read)}`);
    return { ms, payload };
  };
  const cold = await once();
  /** @type {number[]} */
  const warm = [];
  for (let i = 0; i < warmRuns; i++) warm.push((await once()).ms);
  warm.sort((a, b) => a - b);
  const link = lib.linkTo(origin, lib.RETURN_ROUTE, cold.payload);
  return {
    coldMs: cold.ms,
    warmMs: warm[Math.floor(warm.length / 2)] ?? NaN,
    chars: link.length,
    budget: lib.LINK_BUDGET,
  };
}

/** @type {import('./index.js').Measure} */
export default {
  id: 'teamLink',
  title: 'Team link: encode and decode one participant’s answers',
  async run({ browser, baseUrl, runs }) {
    const code = await bundleCodec();
    /** @type {Record<string, number[]>} */
    const samples = { teamLinkColdMs: [], teamLinkMs: [], teamLinkChars: [] };
    let budget = NaN;
    for (let i = 0; i < runs; i++) {
      const context = await newContext(browser);
      const page = await context.newPage();
      // A blank page: the app's Content-Security-Policy (rightly) allows no inline script.
      await page.goto('about:blank');
      await page.addScriptTag({ content: code });
      const result = await page.evaluate(timeCodec, {
        origin: baseUrl,
        global: GLOBAL,
        warmRuns: 20,
      });
      await context.close();
      samples.teamLinkColdMs?.push(result.coldMs);
      samples.teamLinkMs?.push(result.warmMs);
      samples.teamLinkChars?.push(result.chars);
      budget = result.budget;
    }
    return {
      samples,
      notes: [
        `teamLink: the codec bundled alone is ${code.length} bytes minified; links up to ${budget} characters are offered`,
      ],
    };
  },
};

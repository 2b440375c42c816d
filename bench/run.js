// `npm run bench`: builds the app (`npm run build`, with the dist check; skipped with --no-build),
// serves dist/ on http://127.0.0.1:4517 with the tests' strict static server (scripts/static-server.js:
// real 404s, gzip, the rules of dist/_headers), at the root or under --base=/a/sub/path/, runs the
// chosen measurements in Debian Chromium, prints a table and writes bench/results/latest.json.
//   node bench/run.js [--only=load,lighthouse,interactive,autosave,results,pdf,offline,limits,backup,teamLink,teamMerge]
//                     [--runs=5] [--lighthouse-runs=3] [--base=/clientes/cx-2026/] [--no-build]
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { startStaticServer } from '../scripts/static-server.js';
import { chromiumPath, launchBrowser, summarise } from './lib.js';
import { MEASURES, TARGETS } from './measures/index.js';

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key = '', value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const only = args.only ? new Set(args.only.split(',')) : null;
const runs = Number(args.runs ?? 5);
const lighthouseRuns = Number(args['lighthouse-runs'] ?? 3);
const chosen = MEASURES.filter((m) => !only || only.has(m.id));
if (chosen.length === 0)
  throw new Error(`--only matched nothing; known: ${MEASURES.map((m) => m.id).join(', ')}`);

if (args['no-build'] !== 'true') execSync('npm run build --silent', { stdio: 'inherit' });
const server = await startStaticServer({ root: 'dist', port: 4517, base: args.base ?? '/' });
const baseUrl = server.url;
const browser = await launchBrowser();
const started = Date.now();

/** @type {{ measure: string; metric: string; median: number; min: number; max: number; runs: number; target: string; ok: boolean | null }[]} */
const rows = [];
/** @type {string[]} */
const notes = [];
try {
  for (const measure of chosen) {
    const t0 = Date.now();
    const result = await measure.run({
      browser,
      baseUrl,
      runs: measure.id === 'lighthouse' ? lighthouseRuns : runs,
    });
    for (const [metric, samples] of Object.entries(result.samples)) {
      const stats = summarise(samples);
      const target = TARGETS[metric];
      const ok = target
        ? (target.max === undefined || stats.median <= target.max) &&
          (target.min === undefined || stats.median >= target.min)
        : null;
      const targetText = target
        ? target.max !== undefined
          ? `<= ${target.max}`
          : `>= ${target.min}`
        : '';
      rows.push({ measure: measure.id, metric, ...stats, target: targetText, ok });
    }
    notes.push(...result.notes, `${measure.id}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
} finally {
  await browser.close();
  await server.close();
}

const round = (/** @type {number} */ n) =>
  Number.isInteger(n) ? String(n) : n.toFixed(n < 1 ? 3 : 1);
console.log(
  `\n${'measure'.padEnd(12)} ${'metric'.padEnd(16)} ${'median'.padStart(9)} ${'min'.padStart(9)} ${'max'.padStart(9)}  target`,
);
for (const r of rows) {
  const mark = r.ok === null ? '' : r.ok ? ' ok' : ' MISSED';
  console.log(
    `${r.measure.padEnd(12)} ${r.metric.padEnd(16)} ${round(r.median).padStart(9)} ${round(r.min).padStart(9)} ${round(r.max).padStart(9)}  ${r.target}${mark}`,
  );
}
for (const note of notes) console.log(`- ${note}`);

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  chromium: execSync(`${chromiumPath()} --version`, { stdio: ['ignore', 'pipe', 'ignore'] })
    .toString()
    .trim(),
  platform: `${os.platform()} ${os.release()}`,
};
mkdirSync('bench/results', { recursive: true });
const report = {
  date: new Date().toISOString(),
  seconds: (Date.now() - started) / 1000,
  machine,
  rows,
  notes,
};
writeFileSync('bench/results/latest.json', `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nWrote bench/results/latest.json (${report.seconds.toFixed(0)} s of measuring).`);

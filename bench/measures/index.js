// The registry of benchmark measurements: one module each, with the shape below. A new measurement is
// one more module listed in MEASURES (its id is what --only takes).
import autosave from './autosave.js';
import backup from './backup.js';
import comparison from './comparison.js';
import firstLoad from './first-load.js';
import interactive from './interactive.js';
import lighthouse from './lighthouse.js';
import limits from './limits.js';
import momentsLimits from './moments-limits.js';
import offline from './offline.js';
import pdf from './pdf.js';
import pdfAlternative from './pdf-alternative.js';
import reportLimits from './report-limits.js';
import results from './results.js';
import teamLink from './team-link.js';
import teamMerge from './team-merge.js';

/**
 * @typedef {object} MeasureContext
 * @property {import('@playwright/test').Browser} browser
 * @property {string} baseUrl  the served dist/, ending in '/'
 * @property {number} runs
 *
 * @typedef {object} Measure
 * @property {string} id      the name used with --only
 * @property {string} title
 * @property {(ctx: MeasureContext) => Promise<{ samples: Record<string, number[]>; notes: string[] }>} run
 */

/** @type {Measure[]} */
export const MEASURES = [
  firstLoad,
  lighthouse,
  interactive,
  autosave,
  results,
  pdf,
  offline,
  limits,
  reportLimits,
  momentsLimits,
  backup,
  pdfAlternative,
  teamLink,
  teamMerge,
  comparison,
];

/** Targets from the issues; `max` is an upper bound, `min` a lower bound. */
export const TARGETS = /** @type {Record<string, { max?: number; min?: number }>} */ ({
  gzipTotal: { max: 45_000 },
  requests: { max: 4 },
  outsideRequests: { max: 0 },
  configRequests: { max: 1 },
  configBeforePaint: { max: 0 },
  performance: { min: 98 },
  accessibility: { min: 100 },
  'best-practices': { min: 100 },
  lcpMs: { max: 1000 },
  tbtMs: { max: 50 },
  autosaveMs: { max: 350 },
  resultsMs: { max: 300 },
  pdfMs: { max: 250 },
  pdfBytes: { max: 250_000 },
  pdfSpeedup: { min: 2 },
  resultsLimitsMs: { max: 300 },
  pdfLimitsMs: { max: 800 },
  momentsOpenMs: { max: 300 },
  momentsMatrixMs: { max: 300 },
  momentsAddMs: { max: 100 },
  offlineHomeMs: { max: 500 },
  offlinePdfMs: { max: 250 },
  typingPerKeyMs: { max: 16 },
  limitsAutosaveMs: { max: 350 },
  backupExportMs: { max: 200 },
  restoreMs: { max: 300 },
  teamLinkColdMs: { max: 20 },
  teamLinkMs: { max: 20 },
  teamLinkChars: { max: 2000 },
  teamMergeMs: { max: 200 },
  comparisonMs: { max: 300 },
});

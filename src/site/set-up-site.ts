// Reads the host's config.json (with the one reader of persistence/site-config.ts), fetches what it
// names (the question bank, the logo) and applies it: the bank's areas and texts, the colours, the
// languages offered. Anything wrong falls back to ours, is logged naming the field, and is listed in
// the notice the app shows; nothing here can stop the app.
import { brandPalette } from '../domain/colour';
import { useSiteBank } from '../domain/site-bank';
import {
  siteLanguage,
  type CustomBank,
  type SiteConfig,
  type SiteProblem,
} from '../domain/site-config';
import { loadLaterTexts, switchLocale } from '../i18n';
import { registerBankTexts } from '../i18n/site-bank-texts';
import { readSavedLocale } from '../persistence/preferences';
import { readQuestionBank, readSiteConfig } from '../persistence/site-config';
import { manifestHref } from '../state/manifest-href';
import { site } from '../state/site.svelte';
import { applyBrandColours, type BrandVars } from './brand-colours';
import { siteProblems } from './site-problems';

/** A file next to index.html (the config's paths are relative to it, under any sub-path). */
const siteUrl = (path: string) => new URL(path, document.baseURI).href;

async function fetchText(path: string): Promise<string | null> {
  try {
    const response = await fetch(siteUrl(path), { cache: 'no-cache' });
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}

function imageLoads(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const image = new Image();
    image.onload = () => resolve(image.naturalWidth > 0 || url.endsWith('.svg'));
    image.onerror = () => resolve(false);
    image.src = url;
  });
}

/** A bank file read whole, or null with its problems (named by its path when it is an earlier one). */
async function readBank(
  path: string,
  problems: SiteProblem[],
  earlier: boolean,
): Promise<CustomBank | null> {
  const source = earlier ? { source: path } : {};
  const text = await fetchText(path);
  if (text === null) {
    problems.push({ file: 'bank', field: '', kind: 'unreadable', ...source });
    return null;
  }
  const read = readQuestionBank(text);
  if (!read.ok) {
    problems.push(...read.problems.map((p) => ({ ...p, ...source })));
    return null;
  }
  return read.bank;
}

/** The earlier banks that can be used: read, and neither the current bank nor one read before. */
async function readEarlier(
  paths: readonly string[],
  current: CustomBank | null,
  problems: SiteProblem[],
): Promise<CustomBank[]> {
  const read = await Promise.all(paths.map((path) => readBank(path, problems, true)));
  const kept: CustomBank[] = [];
  for (const [i, bank] of read.entries()) {
    if (!bank) continue;
    const same = (b: CustomBank | null) => b?.id === bank.id && b.version === bank.version;
    if (same(current) || kept.some(same))
      problems.push({ file: 'config', field: `olderQuestionBanks.${i}`, kind: 'duplicate' });
    else kept.push(bank);
  }
  return kept;
}

function palette(hex: string | null, mode: 'light' | 'dark'): BrandVars | null {
  if (hex === null) return null;
  const result = brandPalette(hex, mode);
  return result.ok ? result.vars : null;
}

/** Logged for the host, in English, naming the file and the field. */
function logProblem(problem: SiteProblem): void {
  const where = problem.field ? `field "${problem.field}"` : 'the file';
  const file = problem.file === 'config' ? 'config.json' : (problem.source ?? 'question bank');
  console.error(`Momentos ${file}: ${where}: ${problem.kind}; using the default instead.`);
}

/**
 * Reads and applies the site's settings (see the top of this file); resolves true once they are in
 * place, with the question bank's areas and texts when it has one.
 */
export async function setUpSite(configText: string): Promise<true> {
  const { config, problems } = readSiteConfig(configText);
  const [bank, logoLoads] = await Promise.all([
    config.questionBank ? readBank(config.questionBank, problems, false) : null,
    config.logo ? imageLoads(siteUrl(config.logo)) : false,
  ]);
  // Earlier banks only beside a current one: without it new workshops use ours.
  const earlier = bank ? await readEarlier(config.olderQuestionBanks, bank, problems) : [];
  if (config.logo && !logoLoads)
    problems.push({ file: 'config', field: 'logo', kind: 'unreadable' });
  if (bank) {
    for (const each of [bank, ...earlier]) registerBankTexts(each);
    useSiteBank(bank, earlier);
  }
  applyBrandColours(
    palette(config.primaryColor, 'light'),
    palette(config.primaryColorDark, 'dark'),
  );
  await offerLanguages(config);
  site.brand = config.brand;
  document.querySelector('link[rel="manifest"]')?.setAttribute('href', manifestHref(config.brand));
  site.logo = config.logo && logoLoads ? siteUrl(config.logo) : null;
  site.languages = config.languages;
  for (const problem of problems) logProblem(problem);
  if (problems.length > 0) {
    siteProblems.push(...problems);
    const [notice] = await Promise.all([import('./SiteNotice.svelte'), loadLaterTexts()]);
    site.Notice = notice.default;
  }
  return true;
}

async function offerLanguages(config: SiteConfig): Promise<void> {
  const current = document.documentElement.lang === 'en' ? 'en' : 'es';
  const next = siteLanguage(config, current, readSavedLocale());
  // The site's default is not the user's choice: it is not saved on the device.
  if (next) await switchLocale(next, false);
}

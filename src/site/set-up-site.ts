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

async function readBank(path: string, problems: SiteProblem[]): Promise<CustomBank | null> {
  const text = await fetchText(path);
  if (text === null) {
    problems.push({ file: 'bank', field: '', kind: 'unreadable' });
    return null;
  }
  const read = readQuestionBank(text);
  if (!read.ok) {
    problems.push(...read.problems);
    return null;
  }
  return read.bank;
}

function palette(hex: string | null, mode: 'light' | 'dark'): BrandVars | null {
  if (hex === null) return null;
  const result = brandPalette(hex, mode);
  return result.ok ? result.vars : null;
}

/** Logged for the host, in English, naming the file and the field. */
function logProblem(problem: SiteProblem): void {
  const where = problem.field ? `field "${problem.field}"` : 'the file';
  console.error(
    `Momentos ${problem.file === 'config' ? 'config.json' : 'question bank'}: ${where}: ${problem.kind}; using the default instead.`,
  );
}

/**
 * Reads and applies the site's settings (see the top of this file); resolves true once they are in
 * place, with the question bank's areas and texts when it has one.
 */
export async function setUpSite(configText: string): Promise<true> {
  const { config, problems } = readSiteConfig(configText);
  const [bank, logoLoads] = await Promise.all([
    config.questionBank ? readBank(config.questionBank, problems) : null,
    config.logo ? imageLoads(siteUrl(config.logo)) : false,
  ]);
  if (config.logo && !logoLoads)
    problems.push({ file: 'config', field: 'logo', kind: 'unreadable' });
  if (bank) {
    registerBankTexts(bank);
    useSiteBank(bank);
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

// svelte-i18n set-up: the shell texts of both languages are in the entry chunk (small, and one round
// trip fewer before the first paint); the walk-through texts load with the first workshop opened.
import { get } from 'svelte/store';
import { addMessages, format, init, locale } from 'svelte-i18n';
import enShell from '../../locales/en.json?part=shell';
import esShell from '../../locales/es.json?part=shell';
import { readSavedLocale, saveLocale } from '../persistence/preferences';
import type { LocalePart } from './locale-parts';
import { pickLocale, type Locale } from './locales';

/** A nested message tree, as in locales/*.json. */
export type Messages = Parameters<typeof addMessages>[1];
type Loader = () => Promise<{ default: Messages }>;
const loaders: Record<LocalePart, Record<Locale, Loader>> = {
  shell: {
    es: () => Promise.resolve({ default: esShell }),
    en: () => Promise.resolve({ default: enShell }),
  },
  workshop: {
    es: () => import('../../locales/es.json?part=workshop'),
    en: () => import('../../locales/en.json?part=workshop'),
  },
};

const loaded = new Map<string, Promise<void>>();
let workshopTexts = false;
let current: Locale = 'es';

function load(part: LocalePart, lang: Locale): Promise<void> {
  const key = `${part}:${lang}`;
  let pending = loaded.get(key);
  if (!pending) {
    pending = loaders[part][lang]().then((module) => addMessages(lang, module.default));
    void pending.catch(() => loaded.delete(key));
    loaded.set(key, pending);
  }
  return pending;
}

export async function setupI18n(): Promise<Locale> {
  current = pickLocale(readSavedLocale(), navigator.languages ?? []);
  await load('shell', current);
  // Both files always hold the same keys (tests/unit/locales.test.ts), so the fallback never shows.
  await init({ fallbackLocale: current, initialLocale: current });
  applyDocumentLanguage(current);
  return current;
}

/** Loads the question bank and step texts; from then on, switching language loads them too. */
export function loadWorkshopTexts(): Promise<void> {
  workshopTexts = true;
  return load('workshop', current);
}

export async function switchLocale(next: Locale): Promise<void> {
  await Promise.all([load('shell', next), workshopTexts ? load('workshop', next) : undefined]);
  current = next;
  await locale.set(next);
  saveLocale(next);
  applyDocumentLanguage(next);
}

function applyDocumentLanguage(next: Locale): void {
  document.documentElement.lang = next;
}

/**
 * A formatter fixed to one language, whatever the interface shows (the PDF can be in the other
 * one): loads that language's texts first.
 */
export async function translatorFor(
  lang: Locale,
): Promise<(key: string, values?: Record<string, string | number>) => string> {
  await Promise.all([load('shell', lang), load('workshop', lang)]);
  const formatMessage = get(format);
  return (key, values) => formatMessage(key, { locale: lang, values });
}

// svelte-i18n set-up: only the shell texts of the language shown are fetched at start (the boot script
// in index.html asks for them together with the app, so they come without a second round trip); the
// walk-through texts load with the first workshop opened, the data texts once the home screen settled.
import { addMessages, init, locale } from 'svelte-i18n';
import { readSavedLocale, saveLocale } from '../persistence/preferences';
import type { LocalePart } from './locale-parts';
import { pickLocale, type Locale } from './locales';

/** A nested message tree, as in locales/*.json. */
export type Messages = Parameters<typeof addMessages>[1];
type Loader = () => Promise<{ default: Messages }>;
/** Where each part of each language's texts comes from (tests replace one to fail a fetch). */
export const loaders: Record<Exclude<LocalePart, 'boot'>, Record<Locale, Loader>> = {
  shell: {
    es: () => import('../../locales/es.json?part=shell'),
    en: () => import('../../locales/en.json?part=shell'),
  },
  workshop: {
    es: () => import('../../locales/es.json?part=workshop'),
    en: () => import('../../locales/en.json?part=workshop'),
  },
  later: {
    es: () => import('../../locales/es.json?part=later'),
    en: () => import('../../locales/en.json?part=later'),
  },
};

const loaded = new Map<string, Promise<void>>();
/** Parts beyond the shell in use: switching language loads them in the new language too. */
const inUse = new Set<Exclude<LocalePart, 'boot'>>(['shell']);
let current: Locale = 'es';

export function load(part: Exclude<LocalePart, 'boot'>, lang: Locale): Promise<void> {
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
  inUse.add('workshop');
  return load('workshop', current);
}

/** Loads the texts used once the first screen has settled (backups, storage, dialogs, notices). */
export function loadLaterTexts(): Promise<void> {
  inUse.add('later');
  return load('later', current);
}

/** Shows the interface in `next`; the user's own choice is saved, the site's default is not. */
export async function switchLocale(next: Locale, save = true): Promise<void> {
  await Promise.all([...inUse].map((part) => load(part, next)));
  current = next;
  await locale.set(next);
  if (save) saveLocale(next);
  applyDocumentLanguage(next);
}

function applyDocumentLanguage(next: Locale): void {
  document.documentElement.lang = next;
}

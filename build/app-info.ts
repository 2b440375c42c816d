// What the build reads about the app: its version and, from the locale files, the texts written into
// index.html (the boot shell) and the web app manifest.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Locale } from '../src/i18n/locales.ts';
import { bootTexts, type BootLocales } from './boot-texts.ts';
import type { ManifestTexts } from './pwa.ts';

const root = (path: string) => new URL(`../${path}`, import.meta.url);

/**
 * The version shown in the app: package.json's, or MOMENTOS_VERSION (the end-to-end tests build a
 * "next" one to test updates).
 */
export function appVersion(env: Record<string, string | undefined> = process.env): string {
  if (env.MOMENTOS_VERSION) return env.MOMENTOS_VERSION;
  const pkg = JSON.parse(readFileSync(root('package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** The boot shell's texts in both languages, read when index.html is written (so edits show in dev). */
export async function readBootLocales(): Promise<BootLocales> {
  const read = async (lang: Locale) =>
    bootTexts(JSON.parse(await readFile(root(`locales/${lang}.json`), 'utf8')));
  return { es: await read('es'), en: await read('en') };
}

/** The app's name and tagline in the default language, for the web app manifest. */
export function readManifestTexts(): ManifestTexts {
  const es = JSON.parse(readFileSync(root('locales/es.json'), 'utf8')) as {
    app: { name: string; tagline: string };
  };
  return { name: es.app.name, tagline: es.app.tagline };
}

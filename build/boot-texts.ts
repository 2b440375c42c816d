// The texts the boot shell shows (build/boot-shell.ts), taken from the locale files at build time.
import type { Locale } from '../src/i18n/locales.ts';

export interface BootTexts {
  brandName: string;
  tagline: string;
  heading: string;
  intro: string;
  loadHeading: string;
  loadBody: string;
  reload: string;
  fileHeading: string;
  fileBody: string;
  fileCommand: string;
  langEs: string;
  langEn: string;
}
export type BootLocales = Record<Locale, BootTexts>;

const PATHS: Record<keyof BootTexts, readonly string[]> = {
  brandName: ['app', 'name'],
  tagline: ['app', 'tagline'],
  heading: ['home', 'heading'],
  intro: ['home', 'intro'],
  loadHeading: ['error', 'loadHeading'],
  loadBody: ['error', 'loadBody'],
  reload: ['error', 'reload'],
  fileHeading: ['boot', 'fileHeading'],
  fileBody: ['boot', 'fileBody'],
  fileCommand: ['boot', 'fileCommand'],
  langEs: ['lang', 'es'],
  langEn: ['lang', 'en'],
};

export function bootTexts(messages: unknown): BootTexts {
  const entries = Object.entries(PATHS).map(([key, path]) => {
    let node: unknown = messages;
    for (const segment of path) {
      node =
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[segment]
          : undefined;
    }
    if (typeof node !== 'string') throw new Error(`Locale text ${path.join('.')} is missing`);
    return [key, node];
  });
  return Object.fromEntries(entries) as BootTexts;
}

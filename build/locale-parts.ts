// Serves `locales/<lang>.json?part=shell|workshop|later` as a module holding only that part's sections
// (src/i18n/locale-parts.ts says which), so each screen fetches only the texts it shows.
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { isLocalePart, pickPart } from '../src/i18n/locale-parts.ts';

const LOCALE_FILE = /[\\/]locales[\\/](?:es|en)\.json$/;

/** The module for one part of a locale file's text, or null when `id` is not such a request. */
export function localePartModule(id: string, json: () => string): string | null {
  const [file = '', query = ''] = id.split('?');
  const part = new URLSearchParams(query).get('part');
  if (!LOCALE_FILE.test(file) || !isLocalePart(part)) return null;
  const messages = JSON.parse(json()) as Record<string, unknown>;
  return `export default ${JSON.stringify(pickPart(messages, part))};`;
}

export function localeParts(): Plugin {
  return {
    name: 'momentos-locale-parts',
    enforce: 'pre',
    async load(id) {
      const file = id.split('?')[0] ?? '';
      if (!LOCALE_FILE.test(file) || !id.includes('?')) return null;
      const text = await readFile(file, 'utf8');
      const code = localePartModule(id, () => text);
      if (code) this.addWatchFile(file);
      return code;
    },
  };
}

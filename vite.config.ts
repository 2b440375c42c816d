// Build, dev server and unit/component test configuration.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { pickPart } from './src/i18n/locale-parts.ts';

/** Strict Content-Security-Policy, first in <head>; build only (the dev server injects styles). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'momentos-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          '<head>',
          `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        ),
    },
  };
}

/**
 * The ICU parser drags in skeleton and hour-cycle tables (~4 kB gzip) for a syntax no message of ours
 * uses; resolve them to a stub that throws. tests/unit/locales.test.ts fails on any skeleton in a message.
 */
function slimIcuParser(): Plugin {
  const stub = fileURLToPath(new URL('./src/i18n/icu-skeleton-stub.ts', import.meta.url));
  return {
    name: 'momentos-slim-icu-parser',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer?.includes('icu-messageformat-parser')) return null;
      if (
        source === '@formatjs/icu-skeleton-parser' ||
        source === './date-time-pattern-generator'
      ) {
        return stub;
      }
      return null;
    },
  };
}

/** Serves `locales/<lang>.json?part=shell|workshop` as a module holding only that part's sections. */
function localeParts(): Plugin {
  const localeFile = /[\\/]locales[\\/](?:es|en)\.json$/;
  return {
    name: 'momentos-locale-parts',
    enforce: 'pre',
    async load(id) {
      const [file = '', query = ''] = id.split('?');
      const part = new URLSearchParams(query).get('part');
      if (!localeFile.test(file) || (part !== 'shell' && part !== 'workshop')) return null;
      this.addWatchFile(file);
      const messages = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
      return `export default ${JSON.stringify(pickPart(messages, part))};`;
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [svelte(), svelteTesting(), slimIcuParser(), localeParts(), contentSecurityPolicy()],
  build: {
    manifest: true,
    target: 'es2022',
    rolldownOptions: {
      // Keep everything the first page needs in one entry chunk: without this group Rolldown moves the
      // modules shared with lazy chunks into an extra file, one more request on the first load.
      output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.ts'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});

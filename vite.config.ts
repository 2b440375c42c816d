// Build, dev server and unit/component test configuration.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { bootShell, bootTexts, type BootLocales } from './build/boot-shell.ts';
import { hostHeaders } from './build/host-headers.ts';
import { pdfFonts } from './build/pdf-fonts.ts';
import { offlineApp } from './build/pwa.ts';
import { liteIcuParser, slimDeepmerge, withoutUnusedJsPdfParts } from './build/substitutions.ts';
import { isLocalePart, pickPart } from './src/i18n/locale-parts.ts';

/**
 * Strict Content-Security-Policy, first in <head>; build only (the dev server injects styles). The
 * boot shell's inline script and the inlined stylesheet are allowed by their hashes, nothing else.
 */
export const contentSecurityPolicy = (scriptHashes: string[], styleHashes: string[]): string =>
  [
    "default-src 'none'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    ["style-src 'self'", ...styleHashes].join(' '),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const inlineHashes = (html: string, tag: 'script' | 'style') =>
  [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) =>
    sha256(m[1] ?? ''),
  );

function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'momentos-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const policy = contentSecurityPolicy(
          inlineHashes(html, 'script'),
          inlineHashes(html, 'style'),
        );
        return html.replace(
          '<head>',
          `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        );
      },
    },
  };
}

async function readBootLocales(): Promise<BootLocales> {
  const read = async (lang: string) =>
    bootTexts(
      JSON.parse(await readFile(new URL(`./locales/${lang}.json`, import.meta.url), 'utf8')),
    );
  return { es: await read('es'), en: await read('en') };
}

/** The app's name and tagline in the default language, for the web app manifest. */
function readManifestTexts() {
  const es = JSON.parse(readFileSync(new URL('./locales/es.json', import.meta.url), 'utf8')) as {
    app: { name: string; tagline: string };
  };
  return { name: es.app.name, tagline: es.app.tagline };
}

/** The version shown in the app: package.json's, or MOMENTOS_VERSION (the tests build a "next" one). */
const APP_VERSION =
  process.env.MOMENTOS_VERSION ??
  (
    JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
      version: string;
    }
  ).version;

/** Serves `locales/<lang>.json?part=shell|workshop|data` as a module holding only that part's sections. */
function localeParts(): Plugin {
  const localeFile = /[\\/]locales[\\/](?:es|en)\.json$/;
  return {
    name: 'momentos-locale-parts',
    enforce: 'pre',
    async load(id) {
      const [file = '', query = ''] = id.split('?');
      const part = new URLSearchParams(query).get('part');
      if (!localeFile.test(file) || !isLocalePart(part)) return null;
      this.addWatchFile(file);
      const messages = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
      return `export default ${JSON.stringify(pickPart(messages, part))};`;
    },
  };
}

export default defineConfig({
  base: './',
  define: { __APP_VERSION__: JSON.stringify(APP_VERSION) },
  plugins: [
    svelte(),
    svelteTesting(),
    liteIcuParser(),
    slimDeepmerge(),
    withoutUnusedJsPdfParts(),
    localeParts(),
    bootShell(readBootLocales),
    pdfFonts(),
    contentSecurityPolicyMeta(),
    offlineApp(readManifestTexts()),
    hostHeaders(),
  ],
  build: {
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

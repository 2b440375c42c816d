// Build and dev server: the app's plugins, each in build/ with its tests in tests/unit. The Vitest
// projects are in vitest.config.ts.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { appVersion, readBootLocales, readManifestTexts } from './build/app-info.ts';
import { bootShell } from './build/boot-shell.ts';
import { contentSecurityPolicyMeta } from './build/csp.ts';
import { entryBoundary } from './build/entry-boundary.ts';
import { hostHeaders } from './build/host-headers.ts';
import { localeParts } from './build/locale-parts.ts';
import { pdfFonts } from './build/pdf-fonts.ts';
import { offlineApp } from './build/pwa.ts';
import {
  liteMessageFormat,
  siteReaderValibot,
  slimDeepmerge,
  withoutUnusedJsPdfParts,
} from './build/substitutions.ts';

export default defineConfig({
  base: './',
  define: { __APP_VERSION__: JSON.stringify(appVersion()) },
  plugins: [
    svelte(),
    liteMessageFormat(),
    slimDeepmerge(),
    siteReaderValibot(),
    withoutUnusedJsPdfParts(),
    localeParts(),
    entryBoundary(),
    bootShell(readBootLocales),
    pdfFonts(),
    contentSecurityPolicyMeta(), // after the boot shell: it hashes the final inline script and style
    offlineApp(readManifestTexts()),
    hostHeaders(),
  ],
  build: {
    target: 'es2022',
    // Every browser the app supports (es2022) knows <link rel="modulepreload">: no polyfill on the first load.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // Making a derived store (svelte/store, and svelte-i18n's formatters built at load time) has no
      // effect until it is read: the ones nothing reads (date, time, number, JSON) are left out.
      treeshake: { manualPureFunctions: ['derived'] },
      // Keep everything the first page needs in one entry chunk: without this group Rolldown moves the
      // modules shared with lazy chunks into an extra file, one more request on the first load.
      output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } },
    },
  },
});

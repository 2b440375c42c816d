// Vitest, in two projects (Vitest reads this file, not vite.config.ts, so the build's plugins stay out):
// - unit (`npm run test:unit`): Node, no DOM, no Svelte compiler or Testing Library set-up: domain,
//   persistence, i18n, build/ and scripts/ code. Its files share one module graph per worker
//   (isolate: false) in worker threads: starting a fresh one per file cost more than the tests
//   themselves. They restore what they change (globals, timers, IndexedDB, TZ); unstubGlobals and
//   restoreMocks undo the rest, so no file sees another's leftovers.
// - component (`npm run test:component`): jsdom with the Svelte compiler and Testing Library's set-up
//   (tests/component/setup.ts), each file isolated (the DOM and svelte-i18n are global state).
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { appVersion } from './build/app-info.ts';
import { localeParts } from './build/locale-parts.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/unit/setup.ts'],
          pool: 'threads',
          isolate: false,
          unstubGlobals: true,
          unstubEnvs: true,
          restoreMocks: true,
        },
      },
      {
        define: { __APP_VERSION__: JSON.stringify(appVersion()) },
        plugins: [svelte(), svelteTesting(), localeParts()],
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

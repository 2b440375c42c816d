// End-to-end tests in Debian's Chromium against the built app, served as real hosts serve it: by our
// strict static server (scripts/static-server.js: real 404s, no index.html fallback), at the root and
// under a sub-path.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.js';

const ROOT_PORT = 4317;
const SUB_PORT = 4318;
export const SUB_PATH = '/clientes/cx-2026/';
const serve = (port: number, base = '/') =>
  `node scripts/static-server.js dist --port=${port} --base=${base}`;
/**
 * `npm run test:e2e` (or `npx playwright test`) builds dist/ first; `npm test` has just built and
 * checked it (`npm run size`) and sets E2E_BUILT=1 to serve that build as it is.
 */
const build = process.env.E2E_BUILT === '1' ? '' : 'npm run build && ';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 30_000,
  // The home screen's data panel comes once the page has settled (3 s after load, when idle).
  expect: { timeout: 10_000 },
  use: {
    trace: 'off',
    locale: 'es-ES',
    // page.route() cannot see requests a service worker answers, so tests that are not about the
    // offline cache run without one; the main flow and the offline specs allow it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` } },
    {
      name: 'sub-path',
      use: { baseURL: `http://127.0.0.1:${SUB_PORT}${SUB_PATH}` },
      testMatch: /main-flow\.spec\.ts$/,
    },
  ],
  webServer: [
    {
      command: `${build}${serve(ROOT_PORT)}`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      command: serve(SUB_PORT, SUB_PATH),
      url: `http://127.0.0.1:${SUB_PORT}${SUB_PATH}`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});

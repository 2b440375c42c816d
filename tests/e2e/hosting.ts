// A site of its own for tests that change what the host serves (a redeploy) or stop it (offline).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { startStaticServer, type RunningServer } from '../../scripts/static-server.js';

export interface Site {
  server: RunningServer;
  context: BrowserContext;
  /** A copy of dist/ that the test may change. */
  root: string;
  close: () => Promise<void>;
}

export async function hostSite(
  browser: Browser,
  options: { base?: string; serviceWorkers: 'allow' | 'block'; locale?: string },
): Promise<Site> {
  const root = mkdtempSync(join(tmpdir(), 'momentos-e2e-'));
  cpSync('dist', root, { recursive: true });
  const server = await startStaticServer({ root, base: options.base });
  const context = await browser.newContext({
    baseURL: server.url,
    locale: options.locale ?? 'es-ES',
    serviceWorkers: options.serviceWorkers,
  });
  return {
    server,
    context,
    root,
    close: async () => {
      await context.close();
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** The offline cache is set up a few seconds after load (src/pwa/when-settled.ts), then installs. */
export const OFFLINE_SETUP_MS = 20_000;

/** Waits until the service worker controls the page: from then on it works offline. */
export async function waitForOfflineCache(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      timeout: OFFLINE_SETUP_MS,
    })
    .toBe(true);
}

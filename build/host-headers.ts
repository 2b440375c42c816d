// Writes dist/_headers, the response headers a static host applies (Netlify reads this file; see
// README "Hosting"): the page's Content-Security-Policy as a real header, with what only a header can
// carry (frame-ancestors), and cache rules under which an update is found and never mixed.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const CSP_META = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/;

/** The policy set by the <meta> element of a built index.html. */
export function policyOf(html: string): string {
  const policy = CSP_META.exec(html)?.[1];
  if (!policy) throw new Error('index.html has no Content-Security-Policy <meta>');
  return policy;
}

/** Files outside assets/ that keep their names from one deploy to the next. */
const REVALIDATED = [
  '/',
  '/index.html',
  '/sw.js',
  '/workbox-*.js',
  '/manifest.webmanifest',
  '/fonts/*',
  '/icons/*',
  '/favicon.svg',
  '/robots.txt',
  // The host's own settings (src/site/): an edit shows on the next visit.
  '/config.json',
];

/**
 * The `_headers` text. Hashed files under assets/ never change, so browsers may keep them for a year;
 * the others are revalidated on every visit, so a new deploy is seen at once and the service worker's
 * update check is never answered from a stale cache. (Netlify joins a header set by two matching
 * rules, so each file gets its Cache-Control from exactly one rule.)
 */
export function headersFile(policy: string): string {
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return `${[
    block('/*', {
      'Content-Security-Policy': `${policy}; frame-ancestors 'none'`,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    }),
    block('/assets/*', { 'Cache-Control': 'public, max-age=31536000, immutable' }),
    ...REVALIDATED.map((path) => block(path, { 'Cache-Control': 'no-cache' })),
  ].join('\n')}\n`;
}

export function hostHeaders(): Plugin {
  let outDir = 'dist';
  return {
    name: 'momentos-host-headers',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async writeBundle() {
      const html = await readFile(join(outDir, 'index.html'), 'utf8');
      await writeFile(join(outDir, '_headers'), headersFile(policyOf(html)));
    },
  };
}

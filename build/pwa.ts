// Offline after one visit: the web app manifest and a Workbox service worker that precaches every
// file the app can need (code, both languages' texts, chart and PDF chunks, the PDF fonts, icons).
//
// generateSW, not injectManifest: the app needs precaching and one runtime route (the host's own
// files, below), no push, no background sync, which Workbox generates and keeps correct; our own
// worker would be code to maintain and test for no gain. Updates wait for the user (`prompt`): a reload that comes
// by itself could drop what someone is typing, so the page flushes its save first (src/pwa/).
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';
import type { Plugin, PluginOption } from 'vite';

export const THEME_COLOR = '#0f5c63';
export const BACKGROUND_COLOR = '#f7f6f2';

/** Everything the app can load. Workbox's defaults would skip the fonts. */
const PRECACHE = [
  '**/*.{js,css,html}',
  'manifest.webmanifest',
  'fonts/*.ttf',
  'icons/*.{png,svg}',
  'favicon.svg',
];

export const MANIFEST_FILE = 'manifest.webmanifest';

export interface ManifestTexts {
  name: string;
  tagline: string;
}

/** The manifest, in the default language (Spanish); relative paths so it installs from a sub-path. */
export function webManifest({ name, tagline }: ManifestTexts): Partial<ManifestOptions> {
  return {
    id: './',
    name: `${name}: ${tagline}`,
    short_name: name,
    description: tagline,
    lang: 'es',
    dir: 'ltr',
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      {
        src: 'icons/icon-maskable-512.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
  };
}

/**
 * Writes the manifest into dist/. The page links it only once it has settled (src/pwa/), with the
 * service worker: it is needed to install the app, never for the first screen, and a <link> in
 * index.html would have the browser fetch it and its icons while the page is still loading.
 */
function manifestFile(texts: ManifestTexts): Plugin {
  return {
    name: 'momentos-web-manifest',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: MANIFEST_FILE,
        source: `${JSON.stringify(webManifest(texts), null, 2)}\n`,
      });
    },
  };
}

export function offlineApp(texts: ManifestTexts): PluginOption {
  return [
    manifestFile(texts),
    VitePWA({
      registerType: 'prompt',
      // src/pwa/ registers the worker once the page has settled.
      injectRegister: false,
      strategies: 'generateSW',
      filename: 'sw.js',
      manifest: false,
      includeAssets: [],
      workbox: {
        globPatterns: PRECACHE,
        // The largest file is jsPDF (about 400 kB); Workbox leaves a bigger file out with only a
        // warning, which scripts/check-dist.js turns into a failed build.
        maximumFileSizeToCacheInBytes: 1024 * 1024,
        // The first visit's page is controlled as soon as the worker is ready, so it is offline-ready
        // at once; an update still waits for the user's "Reload".
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
        // Links carry their state in the hash; a query string never selects another file, except the
        // brand of the manifest (below), which is the worker's to answer.
        ignoreURLParametersMatching: [/^(?!brand$)/],
        navigateFallback: null,
        sourcemap: false,
        // The host's own files, added to dist/ after the build (config.json, the logo and the question
        // bank it names): from the network first, so an edit shows on the next visit, and from this
        // cache offline. Precached files never reach this route; a 404 is never cached.
        runtimeCaching: [
          {
            // The installed app's name with the host's brand: the page asks for the manifest with
            // ?brand=… (the brand as the app's reader took it from config.json, src/state/site.svelte.ts)
            // and this answers with the manifest as built, the brand in its names. Browsers accept a
            // manifest only as a file of the site, so the worker makes it; without the worker (the
            // first visit) the host serves the manifest as built. Stringified into sw.js: no closure.
            urlPattern: ({ url, sameOrigin }) =>
              sameOrigin &&
              url.pathname.endsWith('/manifest.webmanifest') &&
              url.searchParams.has('brand'),
            handler: async ({ url }) => {
              const built =
                (await caches.match(url.pathname, { ignoreSearch: true })) ??
                (await fetch(url.pathname));
              const manifest = (await built.json()) as { name: string; short_name: string };
              const brand = (url.searchParams.get('brand') ?? '').trim().slice(0, 60);
              if (brand) {
                manifest.name = `${brand} · ${manifest.name}`;
                manifest.short_name = brand;
              }
              return new Response(JSON.stringify(manifest), {
                headers: { 'Content-Type': 'application/manifest+json' },
              });
            },
          },
          {
            urlPattern: ({ url, sameOrigin }) =>
              sameOrigin && /\.(json|svg|png)$/i.test(url.pathname),
            handler: 'NetworkFirst',
            options: {
              cacheName: 'momentos-site-files',
              networkTimeoutSeconds: 4,
              expiration: { maxEntries: 20 },
            },
          },
        ],
      },
    }),
  ];
}

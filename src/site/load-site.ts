// The host's settings, when the site has them: config.json next to index.html, asked for once the app
// is on screen. Without one (a 404, or a dev server answering with its page) that is the only request;
// with one, the code that reads and applies it (set-up-site.ts) is fetched with it.
import type { SiteSettings } from './set-up-site';

export type { SiteSettings };

export function loadSite(): Promise<SiteSettings | null> {
  return fetch('./config.json', { cache: 'no-cache' })
    .then((response) =>
      response.ok && !/html/.test(response.headers.get('content-type') ?? '')
        ? response.text().then((text) => import('./set-up-site').then((m) => m.setUpSite(text)))
        : null,
    )
    .catch(() => null);
}
